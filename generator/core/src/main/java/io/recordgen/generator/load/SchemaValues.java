package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.SchemaMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values a schema lists or shows: an {@code enum}'s values, with the JSON type they share,
 * and whether a {@code default} or {@code example} fits the schema's type.
 */
final class SchemaValues {
  private final Diagnostics diagnostics;

  SchemaValues(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Warns about a {@code default} or {@code example} that is not of its schema's type or format:
   * it only reaches documentation, but it says the spec is wrong somewhere.
   *
   * @return whether the value fits (or there is none)
   */
  boolean check(Schema schema, @Nullable JsonNode value, String schemaPointer, String keyword) {
    if (value == null || value.isNull()) { // "example: null" is everywhere: no example
      return true;
    }
    String expected;
    boolean fits;
    if (schema instanceof Schema.StringType string) {
      expected = string.format() == null ? "a string" : "a string of format " + string.format();
      fits = value.isTextual() && fitsFormat(value.asText(), string.format());
    } else if (schema instanceof Schema.IntegerType) {
      expected = "an integer";
      fits =
          value.isIntegralNumber()
              || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
    } else if (schema instanceof Schema.NumberType) {
      expected = "a number";
      fits = value.isNumber();
    } else if (schema instanceof Schema.BooleanType) {
      expected = "a boolean";
      fits = value.isBoolean();
    } else if (schema instanceof Schema.ArrayType) {
      expected = "an array";
      fits = value.isArray();
    } else if (schema instanceof Schema.ObjectType) {
      expected = "an object";
      fits = value.isObject();
    } else if (schema instanceof Schema.EnumType enumType && keyword.equals("default")) {
      expected = "one of the enum's values";
      fits =
          !value.isContainerNode()
              && enumType
                  .values()
                  .contains(
                      value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
    } else {
      return true;
    }
    if (!fits) {
      diagnostics.report(
          Code.VALUE_WRONG_TYPE,
          schemaPointer + "/" + keyword,
          "the value is not "
              + expected
              + " as its schema says"
              + (keyword.equals("default") ? "; it is dropped" : ""));
    }
    return fits;
  }

  /** Whether a string has the format the schema names, for the formats with a Java type. */
  private static boolean fitsFormat(String text, @Nullable String format) {
    if (format == null) {
      return true;
    }
    try {
      switch (format) {
        case "date-time" -> java.time.OffsetDateTime.parse(text);
        case "date" -> java.time.LocalDate.parse(text);
        case "uuid" -> {
          if (!text.matches(
              "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return false;
          }
        }
        default -> {
          return true;
        }
      }
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  Schema enumType(SchemaMeta meta, Set<String> types, JsonNode values) {
    Schema.EnumBase base = null;
    if (!types.isEmpty()) {
      base =
          switch (types.iterator().next()) {
            case "integer" -> Schema.EnumBase.INTEGER;
            case "number" -> Schema.EnumBase.NUMBER;
            case "boolean" -> Schema.EnumBase.BOOLEAN;
            case "string" -> Schema.EnumBase.STRING;
            default -> null;
          };
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode value : values) {
      if (value.isNull()) {
        continue;
      }
      if (base == null) {
        base =
            value.isIntegralNumber()
                ? Schema.EnumBase.INTEGER
                : value.isNumber()
                    ? Schema.EnumBase.NUMBER
                    : value.isBoolean() ? Schema.EnumBase.BOOLEAN : Schema.EnumBase.STRING;
      }
      if (value.isContainerNode()) {
        diagnostics.report(
            Code.SCHEMA_WEAKENED,
            meta.pointer(),
            "enum values that are objects or arrays are not supported; generated as Object");
        return new Schema.AnyType(meta);
      }
      texts.add(value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
    }
    if (texts.isEmpty()) {
      return new Schema.AnyType(meta);
    }
    for (JsonNode value : values) {
      boolean fits =
          value.isNull()
              || switch (base == null ? Schema.EnumBase.STRING : base) {
                case INTEGER -> value.isIntegralNumber();
                case NUMBER -> value.isNumber();
                case BOOLEAN -> value.isBoolean();
                case STRING -> !value.isContainerNode(); // numbers in a string enum read as text
              };
      if (!fits) {
        diagnostics.report(
            Code.SCHEMA_WEAKENED,
            meta.pointer() + "/enum",
            "enum values of"
                + " different types, or not of the schema's type; generated as Object");
        return new Schema.AnyType(meta);
      }
    }
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
    return new Schema.EnumType(meta, base == null ? Schema.EnumBase.STRING : base, distinct);
  }
}
