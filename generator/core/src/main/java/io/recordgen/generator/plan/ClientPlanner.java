package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.Configuration;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Plans one client interface per tag, and its implementation. An operation with several tags
 * belongs to its first tag only, so that no method exists twice; operations without tags go to
 * {@code DefaultApi}.
 *
 * <p>Names are allocated per client: method names first, in spec order, then the names the
 * generator adds ({@code WithResponse}, {@code Pages}, {@code AndWait}, ...), so a spec name keeps
 * its natural form and a suffixed one yields; the implementation's fields keep clear of every
 * variable its methods declare.
 */
final class ClientPlanner {
  /** The interface's static factory, which no operation may be called. */
  static final String CREATE = "create";

  /** The factory's and the constructor's parameter of the {@code ApiClient}. */
  private static final String CLIENT = "client";

  /** The asynchronous implementation's field of the blocking one. */
  private static final String CALLS = "calls";

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
  private final Customizations customizations;

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
    this.ids = new OperationIds(models.customizations(), diagnostics);
    this.customizations = models.customizations();
    this.operations =
        new OperationPlanner(
            models, apiPackage, apiTypes, scopes, new ErrorFields(spec), diagnostics);
  }

  /** The inputs and header keys planned along the clients. */
  List<TypePlan> types() {
    return operations.types();
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
    Map<OperationPlan, Origin> origins = new IdentityHashMap<>();
    List<JobPlanner.Shown> jobOperations = new ArrayList<>();
    for (Map.Entry<String, List<Operation>> entry : byTag.entrySet()) {
      for (ClientPlan client : clients(entry.getKey(), entry.getValue(), tagDocs, origins)) {
        for (OperationPlan operation : client.operations()) {
          if (operation.job() != null) {
            jobOperations.add(new JobPlanner.Shown(client.api(), operation));
          }
        }
        clients.add(client);
      }
    }
    return withWaits(clients, origins, jobOperations);
  }

  /** An operation with the method names of its client. */
  private record Origin(Operation operation, NameScope methods) {}

  /**
   * The clients of one tag: one, or several when the tag has more operations than one class
   * holds ({@link #MAX_OPERATIONS}); method names are unique across all of them.
   */
  private List<ClientPlan> clients(
      String tag,
      List<Operation> tagged,
      Map<String, String> tagDocs,
      Map<OperationPlan, Origin> origins) {
    NameScope methods =
        NameScope.members(TypeNames.union(TypeNames.OBJECT_METHODS, Set.of(CREATE)));
    List<String> methodNames = new ArrayList<>();
    for (Operation operation : tagged) {
      String id = ids.of(operation);
      Configuration.Mapping chosen = ids.chosen(operation);
      String method = methods.allocate(chosen != null ? id : Naming.memberName(id));
      if (chosen != null) {
        customizations.allocated(chosen, method, "method");
      }
      methodNames.add(method);
    }
    String natural = Naming.typeName(tag + " api");
    String naturalAsync = Naming.typeName(tag + " async api");
    List<ClientPlan> clients = new ArrayList<>();
    for (int start = 0; start < tagged.size(); start += MAX_OPERATIONS) {
      int end = Math.min(tagged.size(), start + MAX_OPERATIONS);
      ClientPlan client =
          client(
              tag,
              apiTypes.allocate(natural),
              apiTypes.allocate(naturalAsync),
              tagged.subList(start, end),
              methodNames.subList(start, end),
              methods,
              tagDocs.getOrDefault(tag, ""),
              origins);
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
              + clients.stream().map(c -> c.api().simpleName()).collect(Collectors.joining(", ")));
    }
    return clients;
  }

  private @Nullable ClientPlan client(
      String tag,
      String name,
      String asyncName,
      List<Operation> tagged,
      List<String> methodNames,
      NameScope methods,
      String doc,
      Map<OperationPlan, Origin> origins) {
    ClassName api = ClassName.get(apiPackage, name);
    ClassName implementation = ClassName.get(apiPackage, apiTypes.allocate(name + "Impl"));
    ClassName asyncApi = ClassName.get(apiPackage, asyncName);
    ClassName asyncImplementation =
        ClassName.get(apiPackage, apiTypes.allocate(asyncName + "Impl"));
    Set<String> variables = new HashSet<>();
    NameScope fields = NameScope.members(scopes.apiVariables(), variables::contains);
    OperationPlanner.ClientScopes scopes = new OperationPlanner.ClientScopes(methods, fields);
    List<OperationPlanner.Planned> planned = new ArrayList<>();
    List<Operation> kept = new ArrayList<>();
    for (int i = 0; i < tagged.size(); i++) {
      OperationPlanner.Planned plan =
          operations.plan(
              tagged.get(i), ids.of(tagged.get(i)), methodNames.get(i), scopes, variables::add);
      if (plan != null) {
        planned.add(plan);
        kept.add(tagged.get(i));
      }
    }
    if (planned.isEmpty()) {
      return null;
    }
    String clientField = fields.allocate(CLIENT);
    String calls = fields.allocate(CALLS);
    BoundParameters bound = new BoundParameters(fields, CLIENT, diagnostics);
    List<OperationPlan> plans = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      OperationPlan plan = bound.bind(planned.get(i));
      plans.add(plan);
      origins.put(plan, new Origin(kept.get(i), methods));
    }
    BoundParameters.Planned all = bound.all();
    return new ClientPlan(
        api,
        implementation,
        asyncApi,
        asyncImplementation,
        doc.isEmpty() ? "Operations tagged " + tag + "." : doc,
        plans,
        all.bound(),
        new ClientPlan.Names(CREATE, CLIENT, clientField, CLIENT, all.violations(), calls));
  }

  /** Adds {@code ...AndWait} methods to operations that start a job. */
  private List<ClientPlan> withWaits(
      List<ClientPlan> clients,
      Map<OperationPlan, Origin> origins,
      List<JobPlanner.Shown> jobOperations) {
    List<ClientPlan> result = new ArrayList<>();
    for (ClientPlan client : clients) {
      List<OperationPlan> plans = new ArrayList<>();
      for (OperationPlan plan : client.operations()) {
        Origin origin = origins.get(plan);
        JobWaitPlan waits =
            operations
                .jobs()
                .starts(origin.operation(), plan, jobOperations, client.api(), origin.methods());
        plans.add(waits == null ? plan : plan.withWaits(waits));
      }
      result.add(client.withOperations(plans));
    }
    return result;
  }
}
