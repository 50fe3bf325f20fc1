package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.diag.Code;
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
import org.jspecify.annotations.Nullable;

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

  /**
   * The most operations one client holds. Each costs its implementation about 30 bytes of class
   * initialiser and 25 constants, of Java's 64 KB and 65,535: a tag with thousands would not
   * compile as one class.
   */
  static final int MAX_OPERATIONS = 1_000;

  private final ApiSpec spec;
  private final String apiPackage;
  private final NameScope apiTypes;
  private final OperationIds ids;
  private final OperationPlanner operations;
  private final Scopes scopes;
  private final Diagnostics diagnostics;

  ClientPlanner(
      ApiSpec spec,
      String apiPackage,
      ModelPlanner models,
      NameScope apiTypes,
      Scopes scopes,
      Diagnostics diagnostics) {
    this.spec = spec;
    this.scopes = scopes;
    this.diagnostics = diagnostics;
    this.apiPackage = apiPackage;
    this.apiTypes = apiTypes;
    this.ids = new OperationIds(diagnostics);
    this.operations = new OperationPlanner(models, apiPackage, apiTypes, scopes, diagnostics);
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
      for (ClientPlan client : clients(entry.getKey(), entry.getValue(), tagDocs, planned)) {
        for (OperationPlan operation : client.operations()) {
          if (operation.job() != null) {
            jobOperations.add(new JobPlanner.Shown(client.implementation(), operation));
          }
        }
        clients.add(client);
      }
    }
    return withWaits(clients, planned, jobOperations);
  }

  /** An operation with the method names of its client. */
  private record Planned(Operation operation, NameScope methods) {}

  /**
   * The clients of one tag: one, or several when the tag has more operations than one class
   * holds ({@link #MAX_OPERATIONS}); method names are unique across all of them.
   */
  private List<ClientPlan> clients(
      String tag,
      List<Operation> tagged,
      Map<String, String> tagDocs,
      Map<OperationPlan, Planned> planned) {
    NameScope methods =
        NameScope.members(TypeNames.union(TypeNames.OBJECT_METHODS, Set.of(CREATE)));
    List<String> methodNames = new ArrayList<>();
    for (Operation operation : tagged) {
      methodNames.add(methods.allocate(Naming.memberName(ids.of(operation))));
    }
    List<String> asyncNames = new ArrayList<>();
    for (String method : methodNames) {
      asyncNames.add(methods.allocate(method + "Async"));
    }
    String natural = Naming.typeName(tag + " api");
    List<ClientPlan> clients = new ArrayList<>();
    for (int start = 0; start < tagged.size(); start += MAX_OPERATIONS) {
      int end = Math.min(tagged.size(), start + MAX_OPERATIONS);
      String name = apiTypes.allocate(natural);
      ClientPlan client =
          client(
              tag,
              name,
              tagged.subList(start, end),
              methodNames.subList(start, end),
              asyncNames.subList(start, end),
              methods,
              tagDocs,
              planned);
      if (client != null) {
        clients.add(client);
      }
    }
    if (clients.size() > 1) {
      diagnostics.report(
          Code.CLIENT_SPLIT,
          tagged.get(0).pointer(),
          "tag \""
              + tag
              + "\" has "
              + tagged.size()
              + " operations, more than one Java class holds ("
              + MAX_OPERATIONS
              + "); they are split into "
              + clients.stream()
                  .map(c -> c.api().simpleName())
                  .collect(java.util.stream.Collectors.joining(", ")));
    }
    return clients;
  }

  private @Nullable ClientPlan client(
      String tag,
      String name,
      List<Operation> tagged,
      List<String> methodNames,
      List<String> asyncNames,
      NameScope methods,
      Map<String, String> tagDocs,
      Map<OperationPlan, Planned> planned) {
    ClassName api = ClassName.get(apiPackage, name);
    ClassName implementation = ClassName.get(apiPackage, apiTypes.allocate(name + "Impl"));
    Set<String> variables = new HashSet<>();
    NameScope fields = NameScope.members(scopes.apiVariables(), variables::contains);
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
