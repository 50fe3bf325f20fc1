package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans one operation of a client: its parameters, body, optional parameters, what it returns,
 * and its pager, job and headers methods, with every name its methods need.
 */
final class OperationPlanner {
  private final ParameterPlanner parameters;
  private final BodyPlanner bodies;
  private final ResponsePlanner responses;
  private final PagerPlanner pagers;
  private final JobPlanner jobs;
  private final Renames renames;
  private final String apiPackage;
  private final NameScope apiTypes;
  private final Scopes scopes;
  private final List<TypePlan> records = new ArrayList<>();

  OperationPlanner(
      ModelPlanner models,
      String apiPackage,
      NameScope apiTypes,
      Scopes scopes,
      Diagnostics diagnostics) {
    this.scopes = scopes;
    RecordAccess access = new RecordAccess(models, diagnostics);
    this.parameters = new ParameterPlanner(models.mapper(), models.renames());
    this.bodies = new BodyPlanner(models, diagnostics);
    this.responses = new ResponsePlanner(models.mapper());
    this.pagers = new PagerPlanner(models, access, diagnostics);
    this.jobs = new JobPlanner(access, diagnostics);
    this.renames = models.renames();
    this.apiPackage = apiPackage;
    this.apiTypes = apiTypes;
  }

  /** The records of optional parameters and of results planned along the operations. */
  List<TypePlan> records() {
    return records;
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
   * @param patterns pattern fields of positional parameters, shared by equal patterns
   */
  record ClientScopes(NameScope methods, NameScope fields, Constraints.FieldNamer patterns) {}

  /**
   * The plan of an operation, or {@code null} when it cannot be generated (reported).
   *
   * @param operationId its unique id
   * @param method its method name, allocated with the client's others
   * @param async its asynchronous variant's name
   */
  @Nullable OperationPlan plan(
      Operation operation,
      String operationId,
      String method,
      String async,
      ClientScopes client,
      java.util.function.Consumer<String> variablesOfMethods) {
    String base = Naming.typeName(operationId);
    NameScope variables = client.fields().child(variablesOfMethods);
    ParameterPlanner.Parameters params = parameters.plan(operation, base, variables);
    BodyPlanner.Outcome outcome = bodies.plan(operation, base, variables);
    if (outcome instanceof BodyPlanner.Outcome.Skipped) {
      return null;
    }
    BodyPlan body = outcome instanceof BodyPlanner.Outcome.Body b ? b.body() : null;
    OperationPlan.Names names = names(variables);
    List<ParamPlan> positional =
        ParameterPlanner.named(params.positional(), client.patterns(), variables);
    RecordPlan options = null;
    List<ParamPlan> optional = params.optional();
    if (!optional.isEmpty()) {
      ClassName name = ClassName.get(apiPackage, apiTypes.allocate(base + "Params"));
      options = ParameterPlanner.options(operation, name, optional, scopes.apiRecord(), renames);
      optional = ParameterPlanner.renamed(optional, options);
      records.add(options);
    }
    Response success = ResponsePlanner.success(operation);
    ResponsePlanner.Returns returns = responses.returns(success, base);
    Set<String> security = new LinkedHashSet<>();
    operation.security().forEach(security::addAll);
    String constant = client.fields().allocate(Naming.constantName(operationId));
    PagerPlan pager =
        pagers.plan(operation, method, returns.type(), options, optional, client.methods());
    JobPlan job =
        jobs.shows(operation, method, positional, constant, client.methods(), client.fields());
    HeadersPlan headers = null;
    if (success != null && !success.headers().isEmpty()) {
      ClassName result = ClassName.get(apiPackage, apiTypes.allocate(base + "Result"));
      headers =
          responses.headers(
              operation,
              success,
              base,
              returns.type(),
              result,
              client.methods().allocate(method + "WithHeaders"),
              scopes.apiRecord());
      records.add(headers.result());
    }
    boolean idempotent =
        operation.hints().idempotent() != null
            ? operation.hints().idempotent()
            : operation.method().isIdempotent();
    return new OperationPlan(
        method,
        async,
        constant,
        client.fields().allocate(constant + "_RESPONSE"),
        client.methods().allocate(method + "Call"),
        operationId,
        operation.method().name(),
        operation.path(),
        DocText.of(operation.docs()),
        operation.deprecated(),
        positional,
        body,
        options,
        optional,
        returns.type(),
        returns.kind(),
        returns.javadoc(),
        ResponsePlanner.errors(operation),
        idempotent == RuntimeDefaults.idempotent(operation.method()) ? null : idempotent,
        List.copyOf(security),
        pager,
        job,
        null,
        headers,
        operation.pointer(),
        names);
  }

  /**
   * The variables the operation's methods declare besides its parameters and body. The job
   * probe's {@code ApiClient} parameter belongs to a static method that reads no field, so it
   * need not keep the implementation's {@code client} field clear.
   */
  private static OperationPlan.Names names(NameScope variables) {
    String options = variables.allocate("params");
    String violations = variables.allocate("violations");
    String call = variables.allocate("call");
    String response = variables.allocate("response");
    String jobId = variables.allocate("jobId");
    String waiter = variables.allocate("waiter");
    String first = variables.allocate("first");
    String offset = variables.allocate("offset");
    String page = variables.allocate("page");
    return new OperationPlan.Names(
        options,
        violations,
        call,
        response,
        jobId,
        waiter,
        variables.child().allocate("client"),
        first,
        offset,
        page);
  }
}
