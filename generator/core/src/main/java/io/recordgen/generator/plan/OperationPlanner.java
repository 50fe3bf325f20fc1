package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Plans one operation of a client: its input, what it returns, its pager and job methods, and
 * every name its methods need.
 */
final class OperationPlanner {
  private final InputPlanner inputs;
  private final ResponsePlanner responses;
  private final PagerPlanner pagers;
  private final JobPlanner jobs;
  private final String apiPackage;
  private final NameScope apiTypes;
  private final ErrorFields errorFields;
  private final List<TypePlan> types = new ArrayList<>();

  OperationPlanner(
      ModelPlanner models,
      String apiPackage,
      NameScope apiTypes,
      Scopes scopes,
      ErrorFields errorFields,
      Diagnostics diagnostics) {
    this.errorFields = errorFields;
    RecordAccess access = new RecordAccess(models, diagnostics);
    this.inputs =
        new InputPlanner(
            models.mapper(), new BodyPlanner(models, diagnostics), models.renames(), scopes);
    this.responses = new ResponsePlanner(models.mapper());
    this.pagers = new PagerPlanner(models, access, diagnostics);
    this.jobs = new JobPlanner(access, diagnostics);
    this.apiPackage = apiPackage;
    this.apiTypes = apiTypes;
  }

  /** The inputs and header keys planned along the operations. */
  List<TypePlan> types() {
    return types;
  }

  /** Planning JobPlanner's part that needs every operation planned first. */
  JobPlanner jobs() {
    return jobs;
  }

  /**
   * The scopes of one client.
   *
   * @param methods the methods of its interface and implementation
   * @param fields the implementation's fields, clear of every variable of its methods
   */
  record ClientScopes(NameScope methods, NameScope fields) {}

  /**
   * A planned operation.
   *
   * @param plan its plan
   * @param bound its client-bound parameters, which the client's factory takes
   */
  record Planned(OperationPlan plan, List<InputPlanner.Bound> bound) {}

  /**
   * The plan of an operation, or {@code null} when it cannot be generated (reported).
   *
   * @param operationId its unique id
   * @param method its method name, allocated with the client's others
   * @param variablesOfMethods told of every variable its methods declare, which the
   *     implementation's fields keep clear of
   */
  @Nullable Planned plan(
      Operation operation,
      String operationId,
      String method,
      ClientScopes client,
      Consumer<String> variablesOfMethods) {
    String base = Naming.typeName(operationId);
    InputPlanner.Input input =
        inputs.plan(operation, base, ClassName.get(apiPackage, apiTypes.allocate(base + "Input")));
    if (input == null) {
      return null;
    }
    types.add(input.record());
    Response success = ResponsePlanner.success(operation);
    ResponsePlanner.Returns returns = responses.returns(success, base);
    HeadersPlan headers = null;
    if (success != null && !success.headers().isEmpty()) {
      ClassName keys = ClassName.get(apiPackage, apiTypes.allocate(base + "Headers"));
      headers = responses.headers(operation, success, base, keys);
      types.add(headers);
    }
    ErrorFields.Found errors = errorFields.of(operation);
    Set<String> security = new LinkedHashSet<>();
    operation.security().forEach(security::addAll);
    String constant = client.fields().allocate(Naming.constantName(operationId));
    OperationPlan.Methods methods =
        new OperationPlan.Methods(
            client.methods().allocate(method + "WithResponse"),
            method,
            constant,
            client.fields().allocate(constant + "_RESPONSE"),
            client.methods().allocate(method + "Call"));
    PagerPlan pager =
        pagers.plan(operation, method, returns.type(), input.params(), client.methods());
    JobPlan job = jobs.shows(operation, method, returns.type(), input.params(), client.methods());
    boolean idempotent =
        operation.hints().idempotent() != null
            ? operation.hints().idempotent()
            : operation.method().isIdempotent();
    OperationPlan plan =
        new OperationPlan(
            new OperationPlan.Identity(
                operationId,
                operation.method().name(),
                operation.path(),
                DocText.of(operation.docs()),
                operation.deprecated(),
                operation.pointer()),
            methods,
            input.record(),
            input.params(),
            input.body(),
            new OperationPlan.Outcome(
                returns.type(),
                returns.kind(),
                returns.javadoc(),
                ResponsePlanner.errors(operation),
                headers),
            new OperationPlan.Transport(
                idempotent == RuntimeDefaults.idempotent(operation.method()) ? null : idempotent,
                List.copyOf(security),
                operation.hints().idempotencyKey(),
                errors.code(),
                errors.message()),
            pager,
            job,
            null,
            variables(client.fields().child(variablesOfMethods)));
    return new Planned(plan, input.bound());
  }

  /**
   * The variables the operation's methods declare: parameters of the abstract method and the
   * conveniences, locals, and lambda parameters, in one scope so none hides another.
   */
  private static OperationPlan.Variables variables(NameScope variables) {
    return new OperationPlan.Variables(
        variables.allocate("input"),
        variables.allocate("options"),
        variables.allocate("call"),
        variables.allocate("waiter"),
        variables.allocate("jobs"),
        variables.allocate("response"),
        variables.allocate("jobId"),
        variables.allocate("jobInput"),
        variables.allocate("job"),
        variables.allocate("offset"),
        variables.allocate("page"));
  }
}
