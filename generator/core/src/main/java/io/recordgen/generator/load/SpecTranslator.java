package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.Docs;
import io.recordgen.generator.model.HttpMethod;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Parameter;
import io.recordgen.generator.model.RequestBody;
import io.recordgen.generator.model.Response;
import io.recordgen.generator.model.SecurityScheme;
import io.recordgen.generator.model.Tag;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  private final RefFollower refs;
  private final PartTranslator parts;
  private final @Nullable String sourceName;
  private final @Nullable String idempotencyKey;

  SpecTranslator(
      OpenAPI api,
      JsonNode root,
      boolean openapi31,
      Diagnostics diagnostics,
      @Nullable String sourceName) {
    this.api = api;
    this.root = root;
    this.diagnostics = diagnostics;
    this.schemas = new SchemaTranslator(root, openapi31, diagnostics);
    this.refs = new RefFollower(api, root, openapi31, diagnostics);
    this.parts = new PartTranslator(root, schemas, refs, diagnostics);
    this.sourceName = sourceName;
    this.idempotencyKey = HintReader.documentIdempotencyKey(root, diagnostics);
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
              JsonNode flow = scheme.path("flows").path("clientCredentials");
              List<String> scopes = new ArrayList<>();
              flow.path("scopes").properties().forEach(s -> scopes.add(s.getKey()));
              list.add(
                  new SecurityScheme(
                      e.getKey(),
                      scheme.path("type").asText(""),
                      textOrNull(scheme.get("in")),
                      textOrNull(scheme.get("name")),
                      textOrNull(scheme.get("scheme")),
                      textOrNull(flow.get("tokenUrl")),
                      scopes,
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
        RefFollower.Resolved<PathItem> resolved = refs.pathItem(item.get$ref(), pathPointer);
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
    parts.addParameters(
        parameters,
        index,
        item.getParameters(),
        rawItem.path("parameters"),
        pathPointer + "/parameters");
    parts.addParameters(
        parameters, index, op.getParameters(), raw.path("parameters"), pointer + "/parameters");

    RequestBody body = null;
    if (op.getRequestBody() != null) {
      body =
          parts.requestBody(op.getRequestBody(), raw.path("requestBody"), pointer + "/requestBody");
    }

    List<Response> responses = new ArrayList<>();
    if (op.getResponses() != null) {
      JsonNode rawResponses = raw.path("responses");
      for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
        Response response =
            parts.response(
                e.getKey(),
                e.getValue(),
                rawResponses.path(e.getKey()),
                Pointers.child(pointer + "/responses", e.getKey()));
        if (response != null) {
          responses.add(response);
        }
      }
    }

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
            HintReader.read(
                raw,
                pointer,
                // The document's default goes to the methods that are not idempotent already.
                method.isIdempotent() ? null : idempotencyKey,
                diagnostics),
            pointer));
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

  private static String text(@Nullable JsonNode node, String fallback) {
    return node == null || node.isNull() || node.isContainerNode() ? fallback : node.asText();
  }

  private static @Nullable String textOrNull(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }
}
