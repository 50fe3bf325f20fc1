package io.recordgen.generator.plan;

import io.recordgen.generator.model.Discriminator;
import io.recordgen.generator.model.Property;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.SchemaMeta;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A canonical text of a schema without its location, so that identical inline schemas (a spec
 * that repeats the same enum or object in a hundred request bodies) become one type. References
 * stay references by name; every string is length-prefixed, so no two shapes share a key.
 */
final class SchemaShapes {
  private SchemaShapes() {}

  /** The key of a schema, its documentation included. */
  static String key(Schema schema) {
    StringBuilder key = new StringBuilder();
    write(schema, key, true);
    return key.toString();
  }

  /** The key of an enumeration: its base and values only, whatever its documentation. */
  static String enumKey(Schema.EnumType enumType) {
    StringBuilder key = new StringBuilder("enum:").append(enumType.base()).append(':');
    for (String value : enumType.values()) {
      text(value, key);
    }
    return key.toString();
  }

  private static void write(Schema schema, StringBuilder key, boolean docs) {
    meta(schema.meta(), key, docs);
    if (schema instanceof Schema.Ref ref) {
      key.append("ref");
      text(ref.name(), key);
    } else if (schema instanceof Schema.StringType string) {
      key.append("str");
      text(string.format(), key);
      key.append(string.minLength()).append(',').append(string.maxLength());
      text(string.pattern(), key);
    } else if (schema instanceof Schema.IntegerType integer) {
      key.append("int");
      text(integer.format(), key);
      key.append(integer.minimum())
          .append(',')
          .append(integer.maximum())
          .append(',')
          .append(integer.multipleOf());
    } else if (schema instanceof Schema.NumberType number) {
      key.append("num");
      text(number.format(), key);
      key.append(number.minimum())
          .append(',')
          .append(number.maximum())
          .append(',')
          .append(number.multipleOf());
    } else if (schema instanceof Schema.BooleanType) {
      key.append("bool");
    } else if (schema instanceof Schema.EnumType enumType) {
      key.append(enumKey(enumType));
    } else if (schema instanceof Schema.ArrayType array) {
      key.append("arr")
          .append(array.minItems())
          .append(',')
          .append(array.maxItems())
          .append(',')
          .append(array.uniqueItems())
          .append('(');
      write(array.items(), key, docs);
      key.append(')');
    } else if (schema instanceof Schema.ObjectType object) {
      key.append("obj")
          .append(object.minProperties())
          .append(',')
          .append(object.maxProperties())
          .append('(');
      for (Property property : object.properties()) {
        text(property.wireName(), key);
        key.append(property.required() ? 'r' : 'o');
        write(property.schema(), key, docs);
      }
      key.append(')');
      additional(object.additional(), key, docs);
      discriminator(object.discriminator(), key);
    } else if (schema instanceof Schema.AllOf all) {
      key.append("all(");
      for (Schema part : all.parts()) {
        write(part, key, docs);
      }
      key.append(')');
      discriminator(all.discriminator(), key);
    } else if (schema instanceof Schema.OneOf oneOf) {
      key.append(oneOf.exclusive() ? "one(" : "any(");
      for (Schema alternative : oneOf.alternatives()) {
        write(alternative, key, docs);
      }
      key.append(')');
      discriminator(oneOf.discriminator(), key);
    } else {
      key.append("anything");
    }
  }

  private static void meta(SchemaMeta meta, StringBuilder key, boolean docs) {
    key.append('{')
        .append(meta.nullable() ? 'n' : '-')
        .append(meta.access().ordinal())
        .append(meta.deprecated() ? 'd' : '-')
        .append(meta.sensitive() ? 's' : '-');
    text(meta.defaultJson(), key);
    if (docs) {
      text(meta.docs().summary(), key);
      text(meta.docs().description(), key);
      text(meta.exampleJson(), key);
    }
    key.append('}');
  }

  private static void additional(Schema.Additional additional, StringBuilder key, boolean docs) {
    if (additional instanceof Schema.Additional.Typed typed) {
      key.append("add(");
      write(typed.values(), key, docs);
      key.append(')');
    } else {
      key.append(additional.getClass().getSimpleName());
    }
  }

  private static void discriminator(@Nullable Discriminator discriminator, StringBuilder key) {
    if (discriminator == null) {
      return;
    }
    key.append("disc");
    text(discriminator.propertyName(), key);
    for (Map.Entry<String, String> entry : discriminator.mapping().entrySet()) {
      text(entry.getKey(), key);
      text(entry.getValue(), key);
    }
  }

  private static void text(@Nullable Object value, StringBuilder key) {
    if (value == null) {
      key.append('~');
      return;
    }
    String text = value.toString();
    key.append(text.length()).append(':').append(text);
  }
}
