package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.MediaContent;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Parameter;
import io.recordgen.generator.model.Response;
import io.recordgen.generator.model.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans one client interface per tag: method names, positional and optional parameters, the
 * body, the return type, documented errors, idempotency and security.
 *
 * <p>An operation with several tags belongs to its first tag only, so that no method exists
 * twice; operations without tags go to {@code DefaultApi}.
 */
final class ClientPlanner {
  private static final String RUNTIME = "io.recordgen.runtime";

  private final ApiSpec spec;
  private final String apiPackage;
  private final ModelPlanner models;
  private final NameScope typeScope;
  private final Diagnostics diagnostics;
  private final List<TypePlan> optionRecords = new ArrayList<>();
  private final Map<Operation, String> ids = new java.util.IdentityHashMap<>();

  ClientPlanner(ApiSpec spec, String apiPackage, ModelPlanner models, NameScope apiTypes,
      Diagnostics diagnostics) {
    this.spec = spec;
    this.apiPackage = apiPackage;
    this.models = models;
    this.typeScope = apiTypes;
    this.diagnostics = diagnostics;
  }

  /** The records of optional parameters planned along the clients. */
  List<TypePlan> optionRecords() {
    return optionRecords;
  }

  List<ClientPlan> plan() {
    Map<String, List<Operation>> byTag = new LinkedHashMap<>();
    for (Operation operation : spec.operations()) {
      String tag = operation.tags().isEmpty() ? "default" : operation.tags().get(0);
      byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(operation);
    }
    Map<String, String> tagDocs = new HashMap<>();
    for (Tag tag : spec.tags()) {
      tagDocs.put(tag.name(), ModelPlanner.docs(tag.docs()));
    }
    Set<String> operationIds = new LinkedHashSet<>();
    List<ClientPlan> clients = new ArrayList<>();
    for (Map.Entry<String, List<Operation>> entry : byTag.entrySet()) {
      String natural = Naming.typeName(entry.getKey()) + "Api";
      String name = typeScope.allocate(natural);
      ClassName api = ClassName.get(apiPackage, name);
      ClassName implementation = ClassName.get(apiPackage, typeScope.allocate(name + "Impl"));
      NameScope methods = NameScope.members(Set.of("create", "client"));
      List<String> methodNames = new ArrayList<>();
      for (Operation operation : entry.getValue()) {
        methodNames.add(methods.allocate(
            Naming.memberName(operationId(operation, operationIds))));
      }
      NameScope constants = NameScope.members(Set.of());
      Map<String, String> patterns = new HashMap<>();
      List<OperationPlan> operations = new ArrayList<>();
      for (int i = 0; i < entry.getValue().size(); i++) {
        operations.add(operation(entry.getValue().get(i), methodNames.get(i), methods,
            constants, patterns));
      }
      String doc = tagDocs.getOrDefault(entry.getKey(), "");
      clients.add(new ClientPlan(api, implementation,
          doc.isEmpty() ? "Operations tagged " + entry.getKey() + "." : doc, operations));
    }
    return clients;
  }

  private OperationPlan operation(Operation operation, String method, NameScope methods,
      NameScope constants, Map<String, String> patterns) {
    String operationId = ids.get(operation);
    String base = Naming.typeName(operationId);

    NameScope locals = NameScope.members(Set.of());
    List<ParamPlan> positional = new ArrayList<>();
    List<ParamPlan> optional = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      ModelPlanner.Mapped mapped = models.map(parameter.schema(),
          base + Naming.typeName(parameter.name()), true);
      boolean nullable = !parameter.required() || mapped.nullable();
      List<Check> checks = new ArrayList<>();
      if (!nullable) {
        checks.add(new Check.Required());
      }
      for (Check check : mapped.checks()) {
        checks.add(parameter.required() ? sharedConstant(check, parameter.name(), constants,
            patterns) : check);
      }
      String doc = parameter.docs().description() == null ? mapped.javadoc()
          : parameter.docs().description().strip();
      ParamPlan plan = new ParamPlan(
          parameter.required() ? locals.allocate(Naming.memberName(parameter.name()))
              : Naming.memberName(parameter.name()),
          parameter.name(), parameter.location(), mapped.type(), nullable, doc, checks,
          parameter.explode());
      (parameter.required() ? positional : optional).add(plan);
    }

    BodyPlan body = body(operation, base, locals);
    String optionsParam = locals.allocate("params");
    String checksVariable = locals.allocate("violations");
    RecordPlan options = optional.isEmpty() ? null : options(operation, base, optional);
    if (options != null) {
      optional = renamed(optional, options);
    }

    Response success = success(operation);
    TypeName returnType = TypeName.VOID;
    String returnDoc = "";
    if (success != null) {
      returnDoc = success.docs().description() == null ? "" : success.docs().description();
      MediaContent json = firstJson(success.content());
      if (json != null && json.schema() != null) {
        returnType = models.map(json.schema(), base + "Response", false).type();
      }
    }
    String extension = operation.extensions().get("x-idempotent");
    boolean idempotent = operation.method().isIdempotent() || "true".equals(extension);
    Set<String> security = new LinkedHashSet<>();
    operation.security().forEach(security::addAll);
    String constant = constants.allocate(Naming.constantName(operationId));
    return new OperationPlan(
        method,
        constant,
        constants.allocate(constant + "_RESPONSE"),
        methods.allocate(method + "Call"),
        operationId,
        operation.method().name(),
        operation.path(),
        ModelPlanner.docs(operation.docs()),
        operation.deprecated(),
        positional,
        body,
        options,
        optional,
        optionsParam,
        checksVariable,
        returnType,
        returnDoc,
        errors(operation),
        idempotent,
        List.copyOf(security),
        operation.pointer());
  }

  /**
   * Names pattern constants of positional parameters once per client: every operation that
   * takes {@code project_id} with the same pattern shares {@code PROJECT_ID_PATTERN}.
   */
  private static Check sharedConstant(Check check, String wireName, NameScope constants,
      Map<String, String> patterns) {
    if (check instanceof Check.Matches matches) {
      String key = wireName + '\0' + matches.regex();
      String name = patterns.computeIfAbsent(key,
          k -> constants.allocate(Naming.constantName(wireName) + "_PATTERN"));
      return matches.named(name);
    }
    if (check instanceof Check.EachItem each) {
      List<Check> named = new ArrayList<>();
      for (Check inner : each.checks()) {
        named.add(sharedConstant(inner, wireName + "_item", constants, patterns));
      }
      return new Check.EachItem(each.container(), named);
    }
    return check;
  }

  private String operationId(Operation operation, Set<String> seen) {
    String known = ids.get(operation);
    if (known != null) {
      return known;
    }
    String id = operation.operationId();
    if (id == null) {
      StringBuilder derived = new StringBuilder(operation.method().name().toLowerCase(Locale.ROOT));
      for (String segment : operation.path().split("/")) {
        if (!segment.isEmpty() && !segment.startsWith("{")) {
          derived.append(Naming.typeName(segment));
        }
      }
      id = derived.toString();
      diagnostics.report(Code.OPERATION_ID_DERIVED, operation.pointer(),
          operation.describe() + " has no operationId; it is called " + id);
    }
    String unique = id;
    for (int i = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); i++) {
      unique = id + i;
    }
    if (!unique.equals(id) && operation.operationId() != null) {
      diagnostics.report(Code.OPERATION_ID_DUPLICATE, operation.pointer() + "/operationId",
          "operationId \"" + id + "\" is used before; " + operation.describe()
              + " is called " + unique);
    }
    ids.put(operation, unique);
    return unique;
  }

  private BodyPlan body(Operation operation, String base, NameScope locals) {
    if (operation.requestBody() == null || operation.requestBody().content().isEmpty()) {
      return null;
    }
    MediaContent json = firstJson(operation.requestBody().content());
    MediaContent content = json != null ? json : operation.requestBody().content().get(0);
    TypeName type;
    if (json != null && json.schema() != null) {
      type = models.map(json.schema(), base + "Request", true).type();
    } else {
      diagnostics.report(Code.BODY_MEDIA_TYPE, content.pointer(), operation.describe()
          + " sends " + content.mediaType() + "; the body is passed as raw bytes");
      type = com.palantir.javapoet.ArrayTypeName.of(TypeName.BYTE);
    }
    String doc = ModelPlanner.docs(operation.requestBody().docs());
    return new BodyPlan(locals.allocate("body"), type, !operation.requestBody().required(),
        content.mediaType(), doc);
  }

  private RecordPlan options(Operation operation, String base, List<ParamPlan> optional) {
    ClassName name = ClassName.get(apiPackage, typeScope.allocate(base + "Params"));
    NameScope members = NameScope.members(ModelPlanner.RESERVED_MEMBERS);
    NameScope constants = NameScope.members(Set.of());
    List<ComponentPlan> components = new ArrayList<>();
    for (ParamPlan param : optional) {
      String javaName = members.allocate(param.javaName());
      List<Check> checks = new ArrayList<>();
      for (Check check : param.checks()) {
        checks.add(ModelPlanner.nameConstants(check, javaName, constants));
      }
      components.add(new ComponentPlan(javaName, param.wireName(), param.type(), true,
          param.javadoc(), checks, copyOf(param.type()), false, null));
    }
    RecordPlan plan = new RecordPlan(name, RecordPlan.Kind.PARAMETERS,
        operation.operationId() == null ? name.simpleName() : operation.operationId(),
        "Optional parameters of " + operation.describe() + ".", components,
        members.allocate("violations"), operation.pointer());
    optionRecords.add(plan);
    return plan;
  }

  /** The optional parameters under the names the options record gave them. */
  private static List<ParamPlan> renamed(List<ParamPlan> optional, RecordPlan options) {
    List<ParamPlan> renamed = new ArrayList<>();
    for (int i = 0; i < optional.size(); i++) {
      ParamPlan p = optional.get(i);
      renamed.add(new ParamPlan(options.components().get(i).javaName(), p.wireName(),
          p.location(), p.type(), true, p.javadoc(), List.of(), p.explode()));
    }
    return renamed;
  }

  private static ComponentPlan.Copy copyOf(TypeName type) {
    String raw = type instanceof com.palantir.javapoet.ParameterizedTypeName p
        ? p.rawType().canonicalName() : "";
    return switch (raw) {
      case "java.util.List" -> ComponentPlan.Copy.LIST;
      case "java.util.Set" -> ComponentPlan.Copy.SET;
      case "java.util.Map" -> ComponentPlan.Copy.MAP;
      default -> ComponentPlan.Copy.NONE;
    };
  }

  private static Response success(Operation operation) {
    for (Response response : operation.responses()) {
      if (response.isSuccess()) {
        return response;
      }
    }
    return null;
  }

  private static MediaContent firstJson(List<MediaContent> content) {
    for (MediaContent media : content) {
      if (media.isJson()) {
        return media;
      }
    }
    return null;
  }

  private List<ErrorPlan> errors(Operation operation) {
    List<ErrorPlan> errors = new ArrayList<>();
    for (Response response : operation.responses()) {
      String status = response.status();
      if (response.isSuccess() || status.startsWith("1") || status.startsWith("3")) {
        continue;
      }
      String doc = response.docs().description() == null ? "" : response.docs().description();
      errors.add(new ErrorPlan(exception(status), status, doc));
    }
    return errors;
  }

  /** The runtime exception a status maps to, as {@code ErrorMapping} in the runtime does. */
  static ClassName exception(String status) {
    String name = switch (status.toUpperCase(Locale.ROOT)) {
      case "400" -> "BadRequestException";
      case "401" -> "UnauthorizedException";
      case "403" -> "ForbiddenException";
      case "404" -> "NotFoundException";
      case "409" -> "ConflictException";
      case "413" -> "PayloadTooLargeException";
      case "422" -> "UnprocessableEntityException";
      case "429" -> "TooManyRequestsException";
      case "500" -> "InternalServerErrorException";
      case "502" -> "BadGatewayException";
      case "503" -> "ServiceUnavailableException";
      case "504" -> "GatewayTimeoutException";
      default -> status.startsWith("4") ? "ClientErrorException"
          : status.startsWith("5") ? "ServerErrorException" : "ApiException";
    };
    return ClassName.get(RUNTIME, name);
  }
}
