package io.recordgen.generator.plan;

import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.MediaContent;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Property;
import io.recordgen.generator.model.Response;
import io.recordgen.generator.model.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where an operation's error bodies carry the service's error code and message, read from the
 * schemas of its error responses: the first property whose name says code ({@code code}, {@code
 * error_code}, {@code errorCode}, {@code errcode}) and message ({@code message}, {@code
 * error_msg}, {@code errorMessage}, {@code msg}, {@code detail}, {@code title}), at the top of the
 * body or inside an object property named {@code error}. Only string, number and boolean
 * properties count. The runtime reads them at these JSON pointers; an operation whose errors
 * declare neither leaves the runtime to its generic {@code code} and {@code message}.
 */
final class ErrorFields {
  /** Names of a code, compared without case, {@code _} or {@code -}, best first. */
  private static final List<String> CODES = List.of("errorcode", "code", "errcode");

  /** Names of a message, best first. */
  private static final List<String> MESSAGES =
      List.of("errormessage", "errormsg", "message", "msg", "errmsg", "detail", "title");

  private static final int MAX_REFS = 16;

  private final Map<String, Schema> components = new HashMap<>();

  ErrorFields(ApiSpec spec) {
    for (NamedSchema schema : spec.schemas()) {
      components.put(schema.name(), schema.schema());
    }
  }

  /**
   * The pointers of code and message.
   *
   * @param code the code's JSON pointer, such as {@code /error_code}, or {@code null}
   * @param message the message's, or {@code null}
   */
  record Found(@Nullable String code, @Nullable String message) {
    static final Found NONE = new Found(null, null);

    boolean isEmpty() {
      return code == null && message == null;
    }
  }

  /** What the operation's error responses declare, the first that declares any. */
  Found of(Operation operation) {
    for (Response response : operation.responses()) {
      if (response.isSuccess()) {
        continue;
      }
      for (MediaContent content : response.content()) {
        if (!content.isJson() || content.schema() == null) {
          continue;
        }
        Found found = in(content.schema());
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return Found.NONE;
  }

  private Found in(Schema schema) {
    Map<String, Schema> top = properties(schema);
    String code = pick(top, CODES);
    String message = pick(top, MESSAGES);
    if (code != null || message != null) {
      return new Found(pointer(code), pointer(message));
    }
    for (Map.Entry<String, Schema> property : top.entrySet()) {
      if (normalized(property.getKey()).equals("error")) {
        Map<String, Schema> nested = properties(property.getValue());
        String nestedCode = pick(nested, CODES);
        String nestedMessage = pick(nested, MESSAGES);
        if (nestedCode != null || nestedMessage != null) {
          String base = pointer(property.getKey());
          return new Found(
              nestedCode == null ? null : base + pointer(nestedCode),
              nestedMessage == null ? null : base + pointer(nestedMessage));
        }
      }
    }
    return Found.NONE;
  }

  /** The scalar-or-object properties of an object schema, through references and allOf. */
  private Map<String, Schema> properties(Schema schema) {
    Map<String, Schema> found = new java.util.LinkedHashMap<>();
    collect(schema, found, new HashSet<>());
    return found;
  }

  private void collect(Schema schema, Map<String, Schema> into, Set<String> seen) {
    Schema resolved = resolve(schema, seen);
    if (resolved instanceof Schema.ObjectType object) {
      for (Property property : object.properties()) {
        into.putIfAbsent(property.wireName(), property.schema());
      }
    } else if (resolved instanceof Schema.AllOf all) {
      for (Schema part : all.parts()) {
        collect(part, into, seen);
      }
    }
  }

  private @Nullable Schema resolve(Schema schema, Set<String> seen) {
    Schema current = schema;
    while (current instanceof Schema.Ref ref) {
      if (!seen.add(ref.name()) || seen.size() > MAX_REFS) {
        return null;
      }
      current = components.get(ref.name());
    }
    return current;
  }

  private @Nullable String pick(Map<String, Schema> properties, List<String> names) {
    for (String wanted : names) {
      for (Map.Entry<String, Schema> property : properties.entrySet()) {
        if (normalized(property.getKey()).equals(wanted) && scalar(property.getValue())) {
          return property.getKey();
        }
      }
    }
    return null;
  }

  private boolean scalar(Schema schema) {
    Schema resolved = resolve(schema, new HashSet<>());
    return resolved instanceof Schema.StringType
        || resolved instanceof Schema.IntegerType
        || resolved instanceof Schema.NumberType
        || resolved instanceof Schema.BooleanType
        || resolved instanceof Schema.EnumType;
  }

  private static String normalized(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** One JSON pointer token (RFC 6901). */
  private static @Nullable String pointer(@Nullable String name) {
    return name == null ? null : "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
