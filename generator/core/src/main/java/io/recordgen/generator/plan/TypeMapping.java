package io.recordgen.generator.plan;

import static io.recordgen.generator.plan.ExternalTypes.BIG_DECIMAL;
import static io.recordgen.generator.plan.ExternalTypes.BOOLEAN;
import static io.recordgen.generator.plan.ExternalTypes.BYTES;
import static io.recordgen.generator.plan.ExternalTypes.DOUBLE;
import static io.recordgen.generator.plan.ExternalTypes.FLOAT;
import static io.recordgen.generator.plan.ExternalTypes.INTEGER;
import static io.recordgen.generator.plan.ExternalTypes.LIST;
import static io.recordgen.generator.plan.ExternalTypes.LOCAL_DATE;
import static io.recordgen.generator.plan.ExternalTypes.LONG;
import static io.recordgen.generator.plan.ExternalTypes.MAP;
import static io.recordgen.generator.plan.ExternalTypes.OFFSET_DATE_TIME;
import static io.recordgen.generator.plan.ExternalTypes.STRING;
import static io.recordgen.generator.plan.ExternalTypes.URI;
import static io.recordgen.generator.plan.ExternalTypes.UUID;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.model.Schema;
import java.util.Set;

/**
 * The Java type of each JSON scalar, by {@code type} and {@code format}, and the kinds of types
 * the rest of planning asks about. The one place that maps formats, so that records, parameters
 * and headers agree.
 */
final class TypeMapping {
  /** Types a header value or a total count can be read as: plain value types. */
  static final Set<TypeName> HEADER_TYPES =
      Set.of(
          STRING,
          INTEGER,
          LONG,
          BOOLEAN,
          BIG_DECIMAL,
          DOUBLE,
          FLOAT,
          OFFSET_DATE_TIME,
          LOCAL_DATE,
          UUID,
          URI);

  /** Types a count may have. */
  static final Set<TypeName> NUMBERS = Set.of(INTEGER, LONG, BIG_DECIMAL, DOUBLE, FLOAT);

  private TypeMapping() {}

  /** A string by its format: dates, UUIDs, URIs and bytes get types of their own. */
  static TypeName string(Schema.StringType string) {
    String format = string.format() == null ? "" : string.format();
    return switch (format) {
      case "date-time" -> OFFSET_DATE_TIME;
      case "date" -> LOCAL_DATE;
      case "uuid" -> UUID;
      case "uri" -> URI;
      case "byte", "binary" -> BYTES;
      default -> STRING;
    };
  }

  /** An integer: {@code int32} is an {@code Integer}, anything else a {@code Long}. */
  static TypeName integer(Schema.IntegerType integer) {
    return "int32".equals(integer.format()) ? INTEGER : LONG;
  }

  /** A number: {@code float} and {@code double} as such, anything else exact. */
  static TypeName number(Schema.NumberType number) {
    return "float".equals(number.format())
        ? FLOAT
        : "double".equals(number.format()) ? DOUBLE : BIG_DECIMAL;
  }

  /** The type of an enumeration's values on the wire. */
  static TypeName enumValue(Schema.EnumBase base) {
    return switch (base) {
      case INTEGER -> LONG;
      case NUMBER -> BIG_DECIMAL;
      case BOOLEAN -> BOOLEAN;
      case STRING -> STRING;
    };
  }

  /** {@code List<item>}. */
  static TypeName listOf(TypeName item) {
    return ParameterizedTypeName.get(LIST, item);
  }

  /** {@code Map<String, values>}. */
  static TypeName mapOf(TypeName values) {
    return ParameterizedTypeName.get(MAP, STRING, values);
  }

  /** The item type of a {@code List}, or {@code null} when {@code type} is no list. */
  static @org.jspecify.annotations.Nullable TypeName listItem(TypeName type) {
    return type instanceof ParameterizedTypeName p && p.rawType().equals(LIST)
        ? p.typeArguments().get(0)
        : null;
  }

  /** Whether a value of this type is a list, for query serialisation. */
  static boolean isList(TypeName type) {
    return listItem(type) != null;
  }

  /** Whether a type is a {@code Map}. */
  static boolean isMap(TypeName type) {
    return type instanceof ParameterizedTypeName p && p.rawType().equals(MAP);
  }

  /** {@code type} annotated {@code @Nullable}. */
  static TypeName nullable(TypeName type) {
    return type.annotated(AnnotationSpec.builder(ExternalTypes.NULLABLE).build());
  }
}
