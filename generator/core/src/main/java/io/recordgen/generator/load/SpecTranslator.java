package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.Docs;
import io.recordgen.generator.model.Example;
import io.recordgen.generator.model.HttpMethod;
import io.recordgen.generator.model.MediaContent;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.ParamLocation;
import io.recordgen.generator.model.Parameter;
import io.recordgen.generator.model.RequestBody;
import io.recordgen.generator.model.Response;
import io.recordgen.generator.model.ResponseHeader;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.SecurityScheme;
import io.recordgen.generator.model.Tag;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Translates Swagger Parser's {@link OpenAPI} into an {@link ApiSpec}: operations in path order
 * and a fixed method order, parameters with path-level ones merged in, {@code $ref}s to
 * parameters, bodies, responses, headers and examples followed (each with a guard against
 * cycles), security inherited from the document.
 */
final class SpecTranslator {
  private final OpenAPI api;
  private final JsonNode root;
  private final Diagnostics diagnostics;
  private final SchemaTranslator schemas;
  private final boolean openapi31;
  private final @Nullable String sourceName;

  SpecTranslator(
      OpenAPI api,
      JsonNode root,
      boolean openapi31,
      Diagnostics diagnostics,
      @Nullable String sourceName) {
    this.api = api;
    this.root = root;
    this.openapi31 = openapi31;
    this.diagnostics = diagnostics;
    this.schemas = new SchemaTranslator(root, openapi31, diagnostics);
    this.sourceName = sourceName;
  }

  ApiSpec translate() {
    JsonNode info = root.path("info");
    List<NamedSchema> named = new ArrayList<>();
    Components components = api.getComponents();
    if (components != null && components.getSchemas() != null) {
      JsonNode raw = root.path("components").path("schemas");
      components
          .getSchemas()
          .forEach(
              (name, schema) ->
                  named.add(
                      new NamedSchema(
                          name,
                          schemas.translate(
                              schema,
                              raw.path(name),
                              Pointers.child("/components/schemas", name)))));
    }
    List<String> servers = new ArrayList<>();
    for (JsonNode server : root.path("servers")) {
      if (server.path("url").isTextual()) {
        servers.add(server.path("url").asText());
      }
    }
    if (root.path("webhooks").size() > 0) {
      diagnostics.report(
          Code.WEBHOOK_SKIPPED,
          "/webhooks",
          "webhooks are not generated: they describe requests the API sends, not calls a client"
              + " makes");
    }
    return new ApiSpec(
        root.path("openapi").asText(),
        text(info.get("title"), "API"),
        text(info.get("version"), ""),
        new Docs(textOrNull(info.get("summary")), textOrNull(info.get("description"))),
        servers,
        tags(),
        operations(),
        named,
        securitySchemes(),
        sourceName);
  }

  private List<Tag> tags() {
    List<Tag> tags = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    JsonNode raw = root.path("tags");
    if (!raw.isArray()) {
      return tags; // not a list: the parser reported it
    }
    for (int i = 0; i < raw.size(); i++) {
      JsonNode tag = raw.get(i);
      String name = tag.path("name").asText("");
      if (name.isEmpty()) {
        continue;
      }
      if (!seen.add(name)) {
        diagnostics.report(
            Code.TAG_DUPLICATE,
            Pointers.child("/tags", i),
            "tag \"" + name + "\" is declared again; the first declaration is used");
        continue;
      }
      tags.add(new Tag(name, new Docs(null, textOrNull(tag.get("description")))));
    }
    return tags;
  }

  private List<SecurityScheme> securitySchemes() {
    List<SecurityScheme> list = new ArrayList<>();
    JsonNode raw = root.path("components").path("securitySchemes");
    raw.properties()
        .forEach(
            e -> {
              JsonNode scheme = e.getValue();
              list.add(
                  new SecurityScheme(
                      e.getKey(),
                      scheme.path("type").asText(""),
                      textOrNull(scheme.get("in")),
                      textOrNull(scheme.get("name")),
                      textOrNull(scheme.get("scheme")),
                      new Docs(null, textOrNull(scheme.get("description")))));
            });
    return list;
  }

  private List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    if (api.getPaths() == null) {
      return operations;
    }
    JsonNode rawPaths = root.path("paths");
    for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
      String path = entry.getKey();
      String pathPointer = Pointers.child("/paths", path);
      PathItem item = entry.getValue();
      JsonNode rawItem = rawPaths.path(path);
      if (item.get$ref() != null) {
        Resolved<PathItem> resolved =
            follow(
                item.get$ref(),
                pathPointer,
                (node, at) ->
                    deserializer()
                        .getPathItem(
                            (com.fasterxml.jackson.databind.node.ObjectNode) node,
                            at,
                            parseResult()),
                name ->
                    components() == null || components().getPathItems() == null
                        ? null
                        : components().getPathItems().get(name),
                "pathItems");
        if (resolved == null) {
          continue;
        }
        item = resolved.value();
        rawItem = resolved.raw();
        pathPointer = resolved.pointer();
      }
      addOperation(operations, path, pathPointer, item, rawItem, HttpMethod.GET, item.getGet());
      addOperation(operations, path, pathPointer, item, rawItem, HttpMethod.PUT, item.getPut());
      addOperation(operations, path, pathPointer, item, rawItem, HttpMethod.POST, item.getPost());
      addOperation(
          operations, path, pathPointer, item, rawItem, HttpMethod.DELETE, item.getDelete());
      addOperation(
          operations, path, pathPointer, item, rawItem, HttpMethod.OPTIONS, item.getOptions());
      addOperation(operations, path, pathPointer, item, rawItem, HttpMethod.HEAD, item.getHead());
      addOperation(operations, path, pathPointer, item, rawItem, HttpMethod.PATCH, item.getPatch());
      addOperation(operations, path, pathPointer, item, rawItem, HttpMethod.TRACE, item.getTrace());
    }
    return operations;
  }

  private void addOperation(
      List<Operation> into,
      String path,
      String pathPointer,
      PathItem item,
      JsonNode rawItem,
      HttpMethod method,
      io.swagger.v3.oas.models.@Nullable Operation op) {
    if (op == null) {
      return;
    }
    String key = method.name().toLowerCase(Locale.ROOT);
    String pointer = Pointers.child(pathPointer, key);
    JsonNode raw = rawItem.path(key);

    List<Parameter> parameters = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    addParameters(
        parameters,
        index,
        item.getParameters(),
        rawItem.path("parameters"),
        pathPointer + "/parameters");
    addParameters(
        parameters, index, op.getParameters(), raw.path("parameters"), pointer + "/parameters");

    RequestBody body = null;
    if (op.getRequestBody() != null) {
      body = requestBody(op.getRequestBody(), raw.path("requestBody"), pointer + "/requestBody");
    }

    List<Response> responses = new ArrayList<>();
    if (op.getResponses() != null) {
      JsonNode rawResponses = raw.path("responses");
      for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
        Response response =
            response(
                e.getKey(),
                e.getValue(),
                rawResponses.path(e.getKey()),
                Pointers.child(pointer + "/responses", e.getKey()));
        if (response != null) {
          responses.add(response);
        }
      }
    }

    Map<String, String> extensions = new LinkedHashMap<>();
    raw.properties()
        .forEach(
            e -> {
              if (e.getKey().startsWith("x-")) {
                extensions.put(e.getKey(), e.getValue().toString());
              }
            });
    if (raw.path("callbacks").size() > 0) {
      diagnostics.report(
          Code.WEBHOOK_SKIPPED,
          pointer + "/callbacks",
          "callbacks of " + method + " " + path + " are not generated");
    }
    String operationId =
        op.getOperationId() == null || op.getOperationId().isBlank() ? null : op.getOperationId();
    into.add(
        new Operation(
            operationId,
            method,
            path,
            op.getTags() == null ? List.of() : op.getTags(),
            new Docs(op.getSummary(), op.getDescription()),
            parameters,
            body,
            responses,
            security(op.getSecurity()),
            Boolean.TRUE.equals(op.getDeprecated()),
            extensions,
            HintReader.read(raw, pointer, diagnostics),
            pointer));
  }

  private void addParameters(
      List<Parameter> into,
      Map<String, Integer> index,
      @Nullable List<io.swagger.v3.oas.models.parameters.Parameter> params,
      JsonNode raw,
      String pointer) {
    if (params == null) {
      return;
    }
    for (int i = 0; i < params.size(); i++) {
      io.swagger.v3.oas.models.parameters.Parameter param = params.get(i);
      JsonNode rawParam = raw.path(i);
      String at = Pointers.child(pointer, i);
      if (param == null) {
        continue;
      }
      if (param.get$ref() != null) {
        Resolved<io.swagger.v3.oas.models.parameters.Parameter> resolved =
            follow(
                param.get$ref(),
                at,
                (node, loc) ->
                    deserializer()
                        .getParameter(
                            (com.fasterxml.jackson.databind.node.ObjectNode) node,
                            loc,
                            parseResult()),
                name ->
                    components() == null || components().getParameters() == null
                        ? null
                        : components().getParameters().get(name),
                "parameters");
        if (resolved == null) {
          continue;
        }
        param = resolved.value();
        rawParam = resolved.raw();
        at = resolved.pointer();
      }
      Parameter translated = parameter(param, rawParam, at);
      if (translated == null) {
        continue;
      }
      String key =
          translated.location()
              + ":"
              + (translated.location() == ParamLocation.HEADER
                  ? translated.name().toLowerCase(Locale.ROOT)
                  : translated.name());
      Integer existing = index.get(key);
      if (existing != null) {
        into.set(existing, translated); // operation level overrides path level
      } else {
        index.put(key, into.size());
        into.add(translated);
      }
    }
  }

  private @Nullable Parameter parameter(
      io.swagger.v3.oas.models.parameters.Parameter param, JsonNode raw, String pointer) {
    ParamLocation location;
    String in = param.getIn() == null ? "" : param.getIn();
    switch (in) {
      case "path" -> location = ParamLocation.PATH;
      case "query" -> location = ParamLocation.QUERY;
      case "header" -> location = ParamLocation.HEADER;
      case "cookie" -> location = ParamLocation.COOKIE;
      default -> {
        diagnostics.report(
            Code.SPEC_INVALID,
            pointer + "/in",
            "parameter " + param.getName() + " has an unknown location \"" + in + "\"");
        return null;
      }
    }
    if (param.getName() == null) {
      diagnostics.report(Code.SPEC_INVALID, pointer + "/name", "parameter without a name");
      return null;
    }
    Schema schema;
    if (param.getSchema() != null) {
      schema = schemas.translate(param.getSchema(), raw.path("schema"), pointer + "/schema");
    } else if (param.getContent() != null && !param.getContent().isEmpty()) {
      Map.Entry<String, MediaType> first = param.getContent().entrySet().iterator().next();
      String at = Pointers.child(pointer + "/content", first.getKey()) + "/schema";
      schema =
          schemas.translate(
              first.getValue().getSchema(),
              raw.path("content").path(first.getKey()).path("schema"),
              at);
    } else {
      schema = schemas.translate(null, raw.path("schema"), pointer + "/schema");
    }
    boolean formStyle = location == ParamLocation.QUERY || location == ParamLocation.COOKIE;
    boolean explode =
        param.getExplode() != null
            ? param.getExplode()
            : raw.path("explode").isBoolean() ? raw.path("explode").booleanValue() : formStyle;
    return new Parameter(
        param.getName(),
        location,
        location == ParamLocation.PATH || Boolean.TRUE.equals(param.getRequired()),
        schema,
        new Docs(null, param.getDescription()),
        explode,
        Boolean.TRUE.equals(param.getDeprecated()),
        examples(raw, pointer),
        pointer);
  }

  private @Nullable RequestBody requestBody(
      io.swagger.v3.oas.models.parameters.RequestBody body, JsonNode raw, String pointer) {
    if (body.get$ref() != null) {
      Resolved<io.swagger.v3.oas.models.parameters.RequestBody> resolved =
          follow(
              body.get$ref(),
              pointer,
              (node, loc) ->
                  deserializer()
                      .getRequestBody(
                          (com.fasterxml.jackson.databind.node.ObjectNode) node,
                          loc,
                          parseResult()),
              name ->
                  components() == null || components().getRequestBodies() == null
                      ? null
                      : components().getRequestBodies().get(name),
              "requestBodies");
      if (resolved == null) {
        return null;
      }
      body = resolved.value();
      raw = resolved.raw();
      pointer = resolved.pointer();
    }
    return new RequestBody(
        Boolean.TRUE.equals(body.getRequired()),
        new Docs(null, body.getDescription()),
        content(body.getContent(), raw.path("content"), pointer + "/content"),
        pointer);
  }

  private @Nullable Response response(
      String status, ApiResponse response, JsonNode raw, String pointer) {
    if (response.get$ref() != null) {
      Resolved<ApiResponse> resolved =
          follow(
              response.get$ref(),
              pointer,
              (node, loc) ->
                  deserializer()
                      .getResponse(
                          (com.fasterxml.jackson.databind.node.ObjectNode) node,
                          loc,
                          parseResult()),
              name ->
                  components() == null || components().getResponses() == null
                      ? null
                      : components().getResponses().get(name),
              "responses");
      if (resolved == null) {
        return null;
      }
      response = resolved.value();
      raw = resolved.raw();
      pointer = resolved.pointer();
    }
    List<ResponseHeader> headers = new ArrayList<>();
    if (response.getHeaders() != null) {
      JsonNode rawHeaders = raw.path("headers");
      for (Map.Entry<String, Header> e : response.getHeaders().entrySet()) {
        Header header = e.getValue();
        JsonNode rawHeader = rawHeaders.path(e.getKey());
        String at = Pointers.child(pointer + "/headers", e.getKey());
        if (header != null && header.get$ref() != null) {
          Resolved<Header> resolved =
              follow(
                  header.get$ref(),
                  at,
                  (node, loc) ->
                      deserializer()
                          .getHeader(
                              (com.fasterxml.jackson.databind.node.ObjectNode) node,
                              loc,
                              parseResult()),
                  name ->
                      components() == null || components().getHeaders() == null
                          ? null
                          : components().getHeaders().get(name),
                  "headers");
          if (resolved == null) {
            continue;
          }
          header = resolved.value();
          rawHeader = resolved.raw();
          at = resolved.pointer();
        }
        if (header == null) {
          continue;
        }
        headers.add(
            new ResponseHeader(
                e.getKey(),
                schemas.translate(header.getSchema(), rawHeader.path("schema"), at + "/schema"),
                new Docs(null, header.getDescription()),
                at));
      }
    }
    return new Response(
        status,
        new Docs(null, response.getDescription()),
        content(response.getContent(), raw.path("content"), pointer + "/content"),
        headers,
        pointer);
  }

  private List<MediaContent> content(@Nullable Content content, JsonNode raw, String pointer) {
    List<MediaContent> list = new ArrayList<>();
    if (content == null) {
      return list;
    }
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      String at = Pointers.child(pointer, e.getKey());
      JsonNode rawMedia = raw.path(e.getKey());
      MediaType media = e.getValue();
      Schema schema =
          media == null || media.getSchema() == null
              ? null
              : schemas.translate(media.getSchema(), rawMedia.path("schema"), at + "/schema");
      list.add(new MediaContent(e.getKey(), schema, examples(rawMedia, at), at));
    }
    return list;
  }

  /** The examples of a media type or parameter, {@code $ref}s to components followed. */
  private List<Example> examples(JsonNode raw, String pointer) {
    List<Example> list = new ArrayList<>();
    JsonNode single = raw.get("example");
    if (single != null) {
      list.add(new Example("example", null, single.toString(), pointer + "/example"));
    }
    JsonNode many = raw.get("examples");
    if (many != null && many.isObject()) {
      many.properties()
          .forEach(
              e -> {
                JsonNode example = e.getValue();
                String at = Pointers.child(pointer + "/examples", e.getKey());
                Set<String> seen = new HashSet<>();
                while (example.has("$ref")
                    && example.get("$ref").isTextual()
                    && example.get("$ref").asText().startsWith("#/")
                    && seen.add(at)) {
                  at = example.get("$ref").asText().substring(1);
                  example = root.at(at);
                }
                JsonNode value = example.get("value");
                if (value != null) {
                  list.add(
                      new Example(
                          e.getKey(),
                          textOrNull(example.get("summary")),
                          value.toString(),
                          at + "/value"));
                }
              });
    }
    return list;
  }

  private List<List<String>> security(@Nullable List<SecurityRequirement> own) {
    List<SecurityRequirement> effective = own != null ? own : api.getSecurity();
    List<List<String>> alternatives = new ArrayList<>();
    if (effective == null) {
      return alternatives;
    }
    for (SecurityRequirement requirement : effective) {
      alternatives.add(new ArrayList<>(requirement.keySet()));
    }
    return alternatives;
  }

  /** A followed reference: the object, its raw node and its pointer. */
  private record Resolved<T>(T value, JsonNode raw, String pointer) {}

  /**
   * Follows a {@code $ref} to a component of {@code kind}, or to any other place in the document
   * (deserialized on demand). Chains of references are followed with a guard against cycles.
   */
  private <T> @Nullable Resolved<T> follow(
      String ref,
      String site,
      BiFunction<JsonNode, String, @Nullable T> deserialize,
      Function<String, @Nullable T> component,
      String kind) {
    Set<String> seen = new HashSet<>();
    String current = ref;
    String from = site;
    while (true) {
      if (!current.startsWith("#/")) {
        diagnostics.report(
            Code.REF_UNRESOLVED,
            from + "/$ref",
            "$ref \"" + current + "\" was not resolved into the document");
        return null;
      }
      String pointer = Pointers.decodeLeniently(current.substring(1));
      if (!seen.add(pointer)) {
        diagnostics.report(
            Code.REF_CYCLE,
            site + "/$ref",
            "$ref \"" + ref + "\" starts a chain of references that never reaches a definition");
        return null;
      }
      JsonNode raw = root.at(pointer);
      if (raw.isMissingNode() || !raw.isObject()) {
        diagnostics.report(
            Code.REF_UNRESOLVED, from + "/$ref", "$ref \"" + current + "\" points to nothing");
        return null;
      }
      JsonNode next = raw.get("$ref");
      if (next != null && next.isTextual()) {
        current = next.asText();
        from = pointer;
        continue;
      }
      String prefix = "/components/" + kind + "/";
      T value = null;
      if (pointer.startsWith(prefix) && pointer.indexOf('/', prefix.length()) < 0) {
        value = component.apply(Pointers.unescape(pointer.substring(prefix.length())));
      }
      if (value == null) {
        value = deserialize.apply(raw, pointer);
      }
      if (value == null) {
        diagnostics.report(
            Code.REF_UNRESOLVED,
            from + "/$ref",
            "$ref \"" + current + "\" does not point to a " + kind + " object");
        return null;
      }
      return new Resolved<>(value, raw, pointer);
    }
  }

  private @Nullable Components components() {
    return api.getComponents();
  }

  private static OpenAPIDeserializer deserializer() {
    return new OpenAPIDeserializer();
  }

  private OpenAPIDeserializer.ParseResult parseResult() {
    OpenAPIDeserializer.ParseResult result = new OpenAPIDeserializer.ParseResult();
    result.openapi31(openapi31);
    return result;
  }

  private static String text(@Nullable JsonNode node, String fallback) {
    return node == null || node.isNull() || node.isContainerNode() ? fallback : node.asText();
  }

  private static @Nullable String textOrNull(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }
}
