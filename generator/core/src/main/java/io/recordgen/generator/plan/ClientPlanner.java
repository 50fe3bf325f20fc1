package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.MediaContent;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.OperationHints;
import io.recordgen.generator.model.ParamLocation;
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
import org.jspecify.annotations.Nullable;

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
  private final Map<Operation, Planned> planned = new java.util.IdentityHashMap<>();

  ClientPlanner(
      ApiSpec spec,
      String apiPackage,
      ModelPlanner models,
      NameScope apiTypes,
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
      String natural = Naming.typeName(entry.getKey() + " api");
      String name = typeScope.allocate(natural);
      ClassName api = ClassName.get(apiPackage, name);
      ClassName implementation = ClassName.get(apiPackage, typeScope.allocate(name + "Impl"));
      NameScope methods = NameScope.members(Set.of("create", "client"));
      List<String> methodNames = new ArrayList<>();
      for (Operation operation : entry.getValue()) {
        methodNames.add(methods.allocate(Naming.memberName(operationId(operation, operationIds))));
      }
      NameScope constants = NameScope.members(Set.of());
      Map<String, String> patterns = new HashMap<>();
      List<OperationPlan> operations = new ArrayList<>();
      for (int i = 0; i < entry.getValue().size(); i++) {
        Operation operation = entry.getValue().get(i);
        OperationPlan plan = operation(operation, methodNames.get(i), methods, constants, patterns);
        if (plan != null) {
          operations.add(plan);
          planned.put(operation, new Planned(implementation, plan, methods));
        }
      }
      if (operations.isEmpty()) {
        continue;
      }
      String doc = tagDocs.getOrDefault(entry.getKey(), "");
      clients.add(
          new ClientPlan(
              api,
              implementation,
              doc.isEmpty() ? "Operations tagged " + entry.getKey() + "." : doc,
              operations));
    }
    return withWaits(clients);
  }

  /** An operation's plan, the client it belongs to, and that client's method names. */
  private record Planned(ClassName implementation, OperationPlan plan, NameScope methods) {}

  /** Adds {@code ...AndWait} methods to operations that start a job. */
  private List<ClientPlan> withWaits(List<ClientPlan> clients) {
    List<Planned> jobOperations =
        planned.values().stream().filter(p -> p.plan().job() != null).toList();
    List<ClientPlan> result = new ArrayList<>();
    for (ClientPlan client : clients) {
      List<OperationPlan> operations = new ArrayList<>();
      for (OperationPlan plan : client.operations()) {
        Operation operation = operationOf(plan);
        String pointer = operation.hints().jobIdPointer();
        if (pointer == null) {
          operations.add(plan);
          continue;
        }
        String at = operation.pointer() + "/x-recordgen-job-id";
        if (jobOperations.size() != 1) {
          diagnostics.report(
              Code.EXTENSION_INVALID,
              at,
              jobOperations.isEmpty()
                  ? "no operation of the spec shows jobs (x-recordgen-job)"
                  : "more than one operation shows jobs (x-recordgen-job)");
          operations.add(plan);
          continue;
        }
        Planned job = jobOperations.get(0);
        JobWaitPlan waits = waits(plan, pointer, at, job, planned.get(operation).methods());
        operations.add(waits == null ? plan : plan.withWaits(waits));
      }
      result.add(
          new ClientPlan(client.api(), client.implementation(), client.javadoc(), operations));
    }
    return result;
  }

  private @Nullable JobWaitPlan waits(
      OperationPlan plan, String pointer, String at, Planned job, NameScope methods) {
    String jobId = accessor(plan.returnType(), pointer, at);
    if (jobId == null) {
      return null;
    }
    List<String> arguments = new ArrayList<>();
    for (String wire : job.plan().job().contextParameters()) {
      ParamPlan match =
          plan.positional().stream()
              .filter(p -> p.wireName().equals(wire))
              .findFirst()
              .orElse(null);
      if (match == null) {
        diagnostics.report(
            Code.EXTENSION_INVALID,
            at,
            plan.operationId()
                + " has no parameter "
                + wire
                + " to pass to "
                + job.plan().operationId());
        return null;
      }
      arguments.add(match.javaName());
    }
    return new JobWaitPlan(
        methods.allocate(plan.methodName() + "AndWait"),
        job.implementation(),
        job.plan().job().probeMethod(),
        job.plan().returnType(),
        jobId,
        arguments);
  }

  private Operation operationOf(OperationPlan plan) {
    for (Map.Entry<Operation, Planned> entry : planned.entrySet()) {
      if (entry.getValue().plan() == plan) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("unplanned operation " + plan.operationId());
  }

  /** The accessor of a top-level property of a record, for a pointer such as {@code /job_id}. */
  private @Nullable String accessor(TypeName type, String pointer, String at) {
    RecordPlan record = models.record(type);
    String wire = pointer.substring(1);
    if (record == null || wire.contains("/")) {
      diagnostics.report(
          Code.EXTENSION_INVALID,
          at,
          "\"" + pointer + "\" must name a property" + " of the success response object");
      return null;
    }
    for (ComponentPlan component : record.components()) {
      if (component.wireName().equals(wire.replace("~1", "/").replace("~0", "~"))) {
        return component.javaName();
      }
    }
    diagnostics.report(
        Code.EXTENSION_INVALID, at, "the success response has no property \"" + wire + "\"");
    return null;
  }

  /** The record component for a pointer, with its type. */
  private @Nullable ComponentPlan component(TypeName type, String pointer, String at) {
    String accessor = accessor(type, pointer, at);
    if (accessor == null) {
      return null;
    }
    return models.record(type).components().stream()
        .filter(c -> c.javaName().equals(accessor))
        .findFirst()
        .orElse(null);
  }

  /** The plan of an operation, or {@code null} when it cannot be generated (reported). */
  private @Nullable OperationPlan operation(
      Operation operation,
      String method,
      NameScope methods,
      NameScope constants,
      Map<String, String> patterns) {
    String operationId = ids.get(operation);
    String base = Naming.typeName(operationId);

    NameScope locals = NameScope.members(Set.of());
    List<ParamPlan> positional = new ArrayList<>();
    List<ParamPlan> optional = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      ModelPlanner.Mapped mapped =
          models.map(
              parameter.schema(),
              base + Naming.typeSuffix(parameter.name()),
              Direction.REQUEST_ONLY);
      boolean nullable = !parameter.required() || mapped.nullable();
      List<Check> checks = new ArrayList<>();
      if (!nullable) {
        checks.add(new Check.Required());
      }
      for (Check check : mapped.checks()) {
        checks.add(
            parameter.required()
                ? sharedConstant(check, parameter.name(), constants, patterns)
                : check);
      }
      String doc =
          parameter.docs().description() == null
              ? mapped.javadoc()
              : parameter.docs().description().strip();
      String natural = Naming.memberName(parameter.name());
      String javaName = parameter.required() ? locals.allocate(natural) : natural;
      if (parameter.required()) {
        models.reportRename("parameter", parameter.name(), natural, javaName, parameter.pointer());
      }
      ParamPlan plan =
          new ParamPlan(
              javaName,
              parameter.name(),
              parameter.location(),
              mapped.type(),
              nullable,
              doc,
              checks,
              parameter.explode(),
              mapped.sensitive(),
              parameter.pointer());
      (parameter.required() ? positional : optional).add(plan);
    }

    BodyPlan body = body(operation, base, locals);
    if (body == SKIPPED) {
      return null;
    }
    String optionsParam = locals.allocate("params");
    String checksVariable = locals.allocate("violations");
    RecordPlan options = optional.isEmpty() ? null : options(operation, base, optional);
    if (options != null) {
      optional = renamed(optional, options);
    }

    Response success = success(operation);
    TypeName returnType = TypeName.VOID;
    OperationPlan.ReturnKind returnKind = OperationPlan.ReturnKind.NONE;
    String returnDoc = "";
    if (success != null) {
      returnDoc = success.docs().description() == null ? "" : success.docs().description();
      MediaContent json = firstJson(success.content());
      if (json != null && json.schema() != null) {
        returnType = models.map(json.schema(), base + "Response", Direction.RESPONSE_ONLY).type();
        returnKind = OperationPlan.ReturnKind.JSON;
      } else if (json == null && !success.content().isEmpty()) {
        boolean text = bare(success.content().get(0)).startsWith("text/");
        returnType = text ? ClassName.get(String.class) : BYTES;
        returnKind = text ? OperationPlan.ReturnKind.TEXT : OperationPlan.ReturnKind.BYTES;
      }
    }
    Boolean declared = operation.hints().idempotent();
    boolean idempotent = declared != null ? declared : operation.method().isIdempotent();
    Set<String> security = new LinkedHashSet<>();
    operation.security().forEach(security::addAll);
    String constant = constants.allocate(Naming.constantName(operationId));
    PagerPlan pager = pager(operation, method, returnType, options, optional, methods);
    JobPlan job = job(operation, method, positional, constant, methods, constants);
    HeadersPlan headers =
        success == null ? null : headers(operation, success, base, method, returnType, methods);
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
        returnKind,
        returnDoc,
        errors(operation),
        idempotent,
        List.copyOf(security),
        pager,
        job,
        null,
        headers,
        operation.pointer());
  }

  /**
   * The pager of an offset/limit list operation: declared by {@code x-recordgen-pager}, or
   * detected when the operation has optional integer query parameters {@code offset} and {@code
   * limit} and its success body is an object with one array property (and perhaps an integer
   * {@code total_count}, {@code total} or {@code count}).
   */
  private @Nullable PagerPlan pager(
      Operation operation,
      String method,
      TypeName returnType,
      @Nullable RecordPlan options,
      List<ParamPlan> optional,
      NameScope methods) {
    OperationHints.PagerHint hint = operation.hints().pager();
    String at = operation.pointer() + "/x-recordgen-pager";
    RecordPlan page = models.record(returnType);
    if (hint == null) {
      hint = detectPager(optional, page);
      if (hint == null) {
        return null;
      }
    }
    ParamPlan offset = optionalComponent(optional, hint.offset());
    ParamPlan limit = optionalComponent(optional, hint.limit());
    if (options == null || offset == null || limit == null) {
      diagnostics.report(
          Code.EXTENSION_INVALID,
          at,
          "offset \""
              + hint.offset()
              + "\" and limit \""
              + hint.limit()
              + "\" must be optional query parameters of "
              + operation.describe());
      return null;
    }
    ComponentPlan items = component(returnType, hint.items(), at);
    if (items == null) {
      return null;
    }
    if (!(items.type() instanceof ParameterizedTypeName list)
        || !list.rawType().canonicalName().equals("java.util.List")) {
      diagnostics.report(Code.EXTENSION_INVALID, at, "\"" + hint.items() + "\" is not an array");
      return null;
    }
    String total = null;
    if (hint.total() != null) {
      ComponentPlan count = component(returnType, hint.total(), at);
      if (count == null) {
        return null;
      }
      if (!NUMBERS.contains(count.type())) {
        diagnostics.report(Code.EXTENSION_INVALID, at, "\"" + hint.total() + "\" is not a number");
        return null;
      }
      total = count.javaName();
    }
    return new PagerPlan(
        methods.allocate(method + "All"),
        list.typeArguments().get(0),
        items.javaName(),
        total,
        offset.javaName(),
        limit.javaName(),
        offset.type().equals(ClassName.get(Long.class)));
  }

  private static OperationHints.@Nullable PagerHint detectPager(
      List<ParamPlan> optional, @Nullable RecordPlan page) {
    if (page == null
        || optionalComponent(optional, "offset") == null
        || optionalComponent(optional, "limit") == null) {
      return null;
    }
    List<ComponentPlan> arrays =
        page.components().stream().filter(c -> c.copy() == ComponentPlan.Copy.LIST).toList();
    if (arrays.size() != 1) {
      return null;
    }
    String total =
        page.components().stream()
            .filter(
                c ->
                    List.of("total_count", "total", "count", "totalCount").contains(c.wireName())
                        && NUMBERS.contains(c.type()))
            .map(c -> "/" + c.wireName())
            .findFirst()
            .orElse(null);
    return new OperationHints.PagerHint("offset", "limit", "/" + arrays.get(0).wireName(), total);
  }

  /** Value types a header can be read as; anything else is read as its text. */
  private static final java.util.Set<TypeName> HEADER_TYPES =
      java.util.Set.of(
          ClassName.get(String.class),
          ClassName.get(Integer.class),
          ClassName.get(Long.class),
          ClassName.get(Boolean.class),
          ClassName.get(java.math.BigDecimal.class),
          ClassName.get(Double.class),
          ClassName.get(Float.class),
          ClassName.get(java.time.OffsetDateTime.class),
          ClassName.get(java.time.LocalDate.class),
          ClassName.get(java.util.UUID.class),
          ClassName.get(java.net.URI.class));

  /** The {@code ...WithHeaders} method, when the success response declares headers. */
  private @Nullable HeadersPlan headers(
      Operation operation,
      Response success,
      String base,
      String method,
      TypeName returnType,
      NameScope methods) {
    if (success.headers().isEmpty()) {
      return null;
    }
    NameScope members = NameScope.members(ModelPlanner.RESERVED_MEMBERS);
    List<ComponentPlan> components = new ArrayList<>();
    String bodyComponent = null;
    if (!returnType.equals(TypeName.VOID)) {
      bodyComponent = members.allocate("body");
      components.add(
          new ComponentPlan(
              bodyComponent,
              "body",
              returnType,
              ComponentPlan.Presence.REQUIRED,
              "the response body",
              List.of(),
              ComponentPlan.Copy.NONE,
              false,
              null));
    }
    List<HeadersPlan.Header> headers = new ArrayList<>();
    for (io.recordgen.generator.model.ResponseHeader header : success.headers()) {
      TypeName type =
          models
              .map(
                  header.schema(), base + Naming.typeSuffix(header.name()), Direction.RESPONSE_ONLY)
              .type();
      if (!HEADER_TYPES.contains(type)) {
        type = ClassName.get(String.class);
      }
      String javaName = members.allocate(Naming.memberName(header.name()));
      String doc = header.docs().description() == null ? "" : header.docs().description().strip();
      components.add(
          new ComponentPlan(
              javaName,
              header.name(),
              type,
              ComponentPlan.Presence.OPTIONAL,
              (doc.isEmpty() ? "the " + header.name() + " header" : doc)
                  + " (null when the response does not have it)",
              List.of(),
              ComponentPlan.Copy.NONE,
              false,
              null));
      headers.add(new HeadersPlan.Header(javaName, header.name(), type));
    }
    ClassName name = ClassName.get(apiPackage, typeScope.allocate(base + "Result"));
    RecordPlan result =
        new RecordPlan(
            name,
            RecordPlan.Kind.RESULT,
            name.simpleName(),
            "The response of " + operation.describe() + " with the headers the spec declares.",
            components,
            "violations",
            success.pointer(),
            List.of(),
            null,
            false);
    optionRecords.add(result);
    return new HeadersPlan(
        methods.allocate(method + "WithHeaders"), result, bodyComponent, headers);
  }

  private static @Nullable ParamPlan optionalComponent(List<ParamPlan> optional, String wire) {
    for (ParamPlan param : optional) {
      if (param.wireName().equals(wire)
          && param.location() == ParamLocation.QUERY
          && (param.type().equals(ClassName.get(Integer.class))
              || param.type().equals(ClassName.get(Long.class)))) {
        return param;
      }
    }
    return null;
  }

  /** Types a total count may have. */
  private static final java.util.Set<TypeName> NUMBERS =
      java.util.Set.of(
          ClassName.get(Integer.class),
          ClassName.get(Long.class),
          ClassName.get(java.math.BigDecimal.class),
          ClassName.get(Double.class),
          ClassName.get(Float.class));

  /** The job methods of an operation with {@code x-recordgen-job}. */
  private @Nullable JobPlan job(
      Operation operation,
      String method,
      List<ParamPlan> positional,
      String constant,
      NameScope methods,
      NameScope constants) {
    OperationHints.JobHint hint = operation.hints().job();
    if (hint == null) {
      return null;
    }
    String at = operation.pointer() + "/x-recordgen-job";
    ParamPlan id = null;
    if (hint.idParameter() != null) {
      id =
          positional.stream()
              .filter(p -> p.wireName().equals(hint.idParameter()))
              .findFirst()
              .orElse(null);
    } else {
      List<ParamPlan> queries =
          positional.stream().filter(p -> p.location() == ParamLocation.QUERY).toList();
      id = queries.size() == 1 ? queries.get(0) : null;
    }
    if (id == null || !id.type().equals(ClassName.get(String.class))) {
      diagnostics.report(
          Code.EXTENSION_INVALID,
          at,
          "cannot tell which required string parameter"
              + " takes the job id; name it with idParameter");
      return null;
    }
    List<String> context = new ArrayList<>();
    for (ParamPlan param : positional) {
      if (param != id) {
        context.add(param.wireName());
      }
    }
    return new JobPlan(
        methods.allocate(method + "UntilDone"),
        methods.allocate(method + "Probe"),
        constants.allocate(constant + "_JOB"),
        id.javaName(),
        context,
        hint.status(),
        hint.completed(),
        hint.failed(),
        hint.running(),
        hint.failReason(),
        hint.progress(),
        hint.notYetVisible());
  }

  /**
   * Names pattern constants of positional parameters once per client: every operation that
   * takes {@code project_id} with the same pattern shares {@code PROJECT_ID_PATTERN}.
   */
  private static Check sharedConstant(
      Check check, String wireName, NameScope constants, Map<String, String> patterns) {
    if (check instanceof Check.Matches matches) {
      String key = wireName + '\0' + matches.regex();
      String name =
          patterns.computeIfAbsent(
              key, k -> constants.allocate(Naming.constantName(wireName) + "_PATTERN"));
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
          derived.append(Naming.typeSuffix(segment));
        }
      }
      id = derived.toString();
      diagnostics.report(
          Code.OPERATION_ID_DERIVED,
          operation.pointer(),
          operation.describe() + " has no operationId; it is called " + id);
    }
    String unique = id;
    for (int i = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); i++) {
      unique = id + i;
    }
    if (!unique.equals(id) && operation.operationId() != null) {
      diagnostics.report(
          Code.OPERATION_ID_DUPLICATE,
          operation.pointer() + "/operationId",
          "operationId \""
              + id
              + "\" is used before; "
              + operation.describe()
              + " is called "
              + unique);
    }
    ids.put(operation, unique);
    return unique;
  }

  /**
   * The body parameter: JSON when the operation takes JSON; a form or multipart body from its
   * object schema's record; a {@code String} for text; {@code Bytes} for anything else.
   */
  private @Nullable BodyPlan body(Operation operation, String base, NameScope locals) {
    if (operation.requestBody() == null || operation.requestBody().content().isEmpty()) {
      return null;
    }
    List<MediaContent> contents = operation.requestBody().content();
    MediaContent content = firstJson(contents);
    BodyPlan.Encoding encoding = BodyPlan.Encoding.JSON;
    if (content == null) {
      content =
          contents.stream()
              .filter(c -> bare(c).equals(FORM) || bare(c).equals(MULTIPART))
              .findFirst()
              .orElse(contents.get(0));
      String bare = bare(content);
      encoding =
          bare.equals(FORM)
              ? BodyPlan.Encoding.FORM
              : bare.equals(MULTIPART)
                  ? BodyPlan.Encoding.MULTIPART
                  : bare.startsWith("text/") ? BodyPlan.Encoding.TEXT : BodyPlan.Encoding.BINARY;
    }
    TypeName type;
    List<BodyPlan.Part> parts = List.of();
    switch (encoding) {
      case JSON, FORM, MULTIPART -> {
        if (content.schema() == null) {
          type = encoding == BodyPlan.Encoding.JSON ? ClassName.get(Object.class) : null;
        } else {
          type = models.map(content.schema(), base + "Request", Direction.REQUEST_ONLY).type();
        }
        if (encoding != BodyPlan.Encoding.JSON) {
          RecordPlan record = type == null ? null : models.record(type);
          if (record == null) {
            diagnostics.report(
                Code.OPERATION_SKIPPED,
                content.pointer(),
                operation.describe()
                    + " is not generated: its "
                    + content.mediaType()
                    + " body has no object schema"
                    + " with properties to send as fields");
            return SKIPPED;
          }
          parts =
              record.components().stream()
                  .map(c -> new BodyPlan.Part(c.wireName(), c.javaName()))
                  .toList();
        }
      }
      case TEXT -> type = ClassName.get(String.class);
      default -> type = BYTES;
    }
    if (encoding != BodyPlan.Encoding.JSON) {
      diagnostics.report(
          Code.BODY_MEDIA_TYPE,
          content.pointer(),
          operation.describe()
              + " sends "
              + content.mediaType()
              + " as "
              + switch (encoding) {
                case FORM -> "form fields of " + ((ClassName) type).simpleName();
                case MULTIPART -> "one part per property of " + ((ClassName) type).simpleName();
                case TEXT -> "a String";
                default -> "Bytes";
              });
    }
    String doc = ModelPlanner.docs(operation.requestBody().docs());
    return new BodyPlan(
        locals.allocate("body"),
        type,
        !operation.requestBody().required(),
        content.mediaType(),
        doc,
        encoding,
        parts);
  }

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String MULTIPART = "multipart/form-data";
  private static final ClassName BYTES = ClassName.get(RUNTIME, "Bytes");

  /** Returned by {@link #body} for an operation that cannot be generated. */
  private static final BodyPlan SKIPPED =
      new BodyPlan("", TypeName.VOID, true, "", "", BodyPlan.Encoding.BINARY, List.of());

  private static String bare(MediaContent content) {
    String type = content.mediaType().toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
  }

  private RecordPlan options(Operation operation, String base, List<ParamPlan> optional) {
    ClassName name = ClassName.get(apiPackage, typeScope.allocate(base + "Params"));
    NameScope members = NameScope.members(ModelPlanner.RESERVED_MEMBERS);
    NameScope constants = NameScope.members(Set.of());
    List<ComponentPlan> components = new ArrayList<>();
    for (ParamPlan param : optional) {
      String javaName = members.allocate(param.javaName());
      models.reportRename(
          "parameter", param.wireName(), param.javaName(), javaName, param.pointer());
      List<Check> checks = new ArrayList<>();
      for (Check check : param.checks()) {
        checks.add(ModelPlanner.nameConstants(check, javaName, constants));
      }
      components.add(
          new ComponentPlan(
              javaName,
              param.wireName(),
              param.type(),
              ComponentPlan.Presence.OPTIONAL,
              param.javadoc(),
              checks,
              copyOf(param.type()),
              param.sensitive(),
              null));
    }
    RecordPlan plan =
        new RecordPlan(
            name,
            RecordPlan.Kind.PARAMETERS,
            operation.operationId() == null ? name.simpleName() : operation.operationId(),
            "Optional parameters of " + operation.describe() + ".",
            components,
            members.allocate("violations"),
            operation.pointer(),
            List.of(),
            null,
            true);
    optionRecords.add(plan);
    return plan;
  }

  /** The optional parameters under the names the options record gave them. */
  private static List<ParamPlan> renamed(List<ParamPlan> optional, RecordPlan options) {
    List<ParamPlan> renamed = new ArrayList<>();
    for (int i = 0; i < optional.size(); i++) {
      ParamPlan p = optional.get(i);
      renamed.add(
          new ParamPlan(
              options.components().get(i).javaName(),
              p.wireName(),
              p.location(),
              p.type(),
              true,
              p.javadoc(),
              List.of(),
              p.explode(),
              p.sensitive(),
              p.pointer()));
    }
    return renamed;
  }

  private static ComponentPlan.Copy copyOf(TypeName type) {
    String raw =
        type instanceof com.palantir.javapoet.ParameterizedTypeName p
            ? p.rawType().canonicalName()
            : "";
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
    String name =
        switch (status.toUpperCase(Locale.ROOT)) {
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
          default ->
              status.startsWith("4")
                  ? "ClientErrorException"
                  : status.startsWith("5") ? "ServerErrorException" : "ApiException";
        };
    return ClassName.get(RUNTIME, name);
  }
}
