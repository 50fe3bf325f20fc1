package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Docs;
import io.recordgen.generator.model.Example;
import io.recordgen.generator.model.MediaContent;
import io.recordgen.generator.model.ParamLocation;
import io.recordgen.generator.model.Parameter;
import io.recordgen.generator.model.RequestBody;
import io.recordgen.generator.model.Response;
import io.recordgen.generator.model.ResponseHeader;
import io.recordgen.generator.model.Schema;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Translates the parts of an operation: its parameters (path-level ones merged in, an
 * operation-level one overriding), its body, its responses with their headers, and the media
 * types and examples of each, {@code $ref}s followed.
 */
final class PartTranslator {
  private final JsonNode root;
  private final SchemaTranslator schemas;
  private final RefFollower refs;
  private final Diagnostics diagnostics;

  PartTranslator(
      JsonNode root, SchemaTranslator schemas, RefFollower refs, Diagnostics diagnostics) {
    this.root = root;
    this.schemas = schemas;
    this.refs = refs;
    this.diagnostics = diagnostics;
  }

  void addParameters(
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
        RefFollower.Resolved<io.swagger.v3.oas.models.parameters.Parameter> resolved =
            refs.parameter(param.get$ref(), at);
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
        clientBound(raw, pointer),
        pointer);
  }

  @Nullable RequestBody requestBody(
      io.swagger.v3.oas.models.parameters.RequestBody body, JsonNode raw, String pointer) {
    if (body.get$ref() != null) {
      RefFollower.Resolved<io.swagger.v3.oas.models.parameters.RequestBody> resolved =
          refs.requestBody(body.get$ref(), pointer);
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

  @Nullable Response response(String status, ApiResponse response, JsonNode raw, String pointer) {
    if (response.get$ref() != null) {
      RefFollower.Resolved<ApiResponse> resolved = refs.response(response.get$ref(), pointer);
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
          RefFollower.Resolved<Header> resolved = refs.header(header.get$ref(), at);
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

  /** {@code x-recordgen-client-param}, which must be a boolean. */
  private boolean clientBound(JsonNode raw, String pointer) {
    JsonNode flag = raw.get("x-recordgen-client-param");
    if (flag == null) {
      return false;
    }
    if (!flag.isBoolean()) {
      diagnostics.report(
          Code.EXTENSION_INVALID, pointer + "/x-recordgen-client-param", "must be true or false");
      return false;
    }
    return flag.booleanValue();
  }

  private static @Nullable String textOrNull(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }
}
