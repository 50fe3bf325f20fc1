package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans one client interface per tag, and its implementation. An operation with several tags
 * belongs to its first tag only, so that no method exists twice; operations without tags go to
 * {@code DefaultApi}.
 *
 * <p>Names are allocated per client: method names first, in spec order, then the names the
 * generator adds ({@code Async}, {@code All}, {@code WithHeaders}, ...), so a spec name keeps its
 * natural form and a suffixed one yields; the implementation's fields keep clear of every
 * variable its methods declare.
 */
final class ClientPlanner {
  /** The interface's static factory, which no operation may be called. */
  static final String CREATE = "create";

  private final ApiSpec spec;
  private final String apiPackage;
  private final NameScope apiTypes;
  private final OperationIds ids;
  private final OperationPlanner operations;

  ClientPlanner(
      ApiSpec spec,
      String apiPackage,
      ModelPlanner models,
      NameScope apiTypes,
      Diagnostics diagnostics) {
    this.spec = spec;
    this.apiPackage = apiPackage;
    this.apiTypes = apiTypes;
    this.ids = new OperationIds(diagnostics);
    this.operations = new OperationPlanner(models, apiPackage, apiTypes, diagnostics);
  }

  /** The records of optional parameters and results planned along the clients. */
  List<TypePlan> records() {
    return operations.records();
  }

  List<ClientPlan> plan() {
    Map<String, List<Operation>> byTag = new LinkedHashMap<>();
    for (Operation operation : spec.operations()) {
      String tag = operation.tags().isEmpty() ? "default" : operation.tags().get(0);
      byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(operation);
    }
    Map<String, String> tagDocs = new HashMap<>();
    for (Tag tag : spec.tags()) {
      tagDocs.put(tag.name(), DocText.of(tag.docs()));
    }
    List<ClientPlan> clients = new ArrayList<>();
    Map<OperationPlan, Planned> planned = new IdentityHashMap<>();
    List<JobPlanner.Shown> jobOperations = new ArrayList<>();
    for (Map.Entry<String, List<Operation>> entry : byTag.entrySet()) {
      ClientPlan client = client(entry.getKey(), entry.getValue(), tagDocs, planned);
      if (client == null) {
        continue;
      }
      for (OperationPlan operation : client.operations()) {
        if (operation.job() != null) {
          jobOperations.add(new JobPlanner.Shown(client.implementation(), operation));
        }
      }
      clients.add(client);
    }
    return withWaits(clients, planned, jobOperations);
  }

  /** An operation with the method names of its client. */
  private record Planned(Operation operation, NameScope methods) {}

  private ClientPlan client(
      String tag,
      List<Operation> tagged,
      Map<String, String> tagDocs,
      Map<OperationPlan, Planned> planned) {
    String name = apiTypes.allocate(Naming.typeName(tag + " api"));
    ClassName api = ClassName.get(apiPackage, name);
    ClassName implementation = ClassName.get(apiPackage, apiTypes.allocate(name + "Impl"));
    NameScope methods = NameScope.members(Set.of(CREATE));
    List<String> methodNames = new ArrayList<>();
    for (Operation operation : tagged) {
      methodNames.add(methods.allocate(Naming.memberName(ids.of(operation))));
    }
    List<String> asyncNames = new ArrayList<>();
    for (String method : methodNames) {
      asyncNames.add(methods.allocate(method + "Async"));
    }
    Set<String> variables = new HashSet<>();
    NameScope fields = NameScope.members(Set.of(), variables::contains);
    Map<String, String> shared = new HashMap<>();
    Constraints.FieldNamer patterns =
        (valueName, regex) ->
            shared.computeIfAbsent(
                valueName + '\0' + regex,
                key -> fields.allocate(Naming.constantName(valueName) + "_PATTERN"));
    OperationPlanner.ClientScopes scopes =
        new OperationPlanner.ClientScopes(methods, fields, patterns);
    List<OperationPlan> plans = new ArrayList<>();
    for (int i = 0; i < tagged.size(); i++) {
      Operation operation = tagged.get(i);
      OperationPlan plan =
          operations.plan(
              operation,
              ids.of(operation),
              methodNames.get(i),
              asyncNames.get(i),
              scopes,
              variables::add);
      if (plan != null) {
        plans.add(plan);
        planned.put(plan, new Planned(operation, methods));
      }
    }
    if (plans.isEmpty()) {
      return null;
    }
    String doc = tagDocs.getOrDefault(tag, "");
    return new ClientPlan(
        api,
        implementation,
        doc.isEmpty() ? "Operations tagged " + tag + "." : doc,
        plans,
        new ClientPlan.Names(CREATE, "client", fields.allocate("client"), "client"));
  }

  /** Adds {@code ...AndWait} methods to operations that start a job. */
  private List<ClientPlan> withWaits(
      List<ClientPlan> clients,
      Map<OperationPlan, Planned> planned,
      List<JobPlanner.Shown> jobOperations) {
    List<ClientPlan> result = new ArrayList<>();
    for (ClientPlan client : clients) {
      List<OperationPlan> plans = new ArrayList<>();
      for (OperationPlan plan : client.operations()) {
        Planned origin = planned.get(plan);
        JobWaitPlan waits =
            operations.jobs().starts(origin.operation(), plan, jobOperations, origin.methods());
        plans.add(waits == null ? plan : plan.withWaits(waits));
      }
      result.add(client.withOperations(plans));
    }
    return result;
  }
}
