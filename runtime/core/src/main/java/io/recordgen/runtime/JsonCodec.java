package io.recordgen.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.recordgen.runtime.internal.DateTimes;
import io.recordgen.runtime.internal.Redaction;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * JSON encoding and decoding of generated records with Jackson, configured so that nothing is
 * lost or invented silently.
 *
 * <ul>
 *   <li>Unknown properties are ignored (a server may add fields); records and open enums work
 *       without extra modules.
 *   <li>A float for an integer, {@code null} for a primitive, a string for a number, duplicate
 *       keys and trailing content after the value are errors.
 *   <li>{@code JsonNullable} properties (jackson-databind-nullable) keep an explicit {@code null}
 *       apart from an absent property.
 *   <li>Date-times accept offsets without a colon ({@code +0800}) and are written as RFC 3339.
 *   <li>No polymorphic typing by class name: no class is ever loaded by a name from the wire.
 * </ul>
 */
public final class JsonCodec {
  private static final JsonCodec DEFAULT = new JsonCodec(defaultMapper());

  private final ObjectMapper mapper;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  private JsonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The codec every client uses unless told otherwise. */
  public static JsonCodec defaultCodec() {
    return DEFAULT;
  }

  /** A codec over a mapper of your own; start from {@link #newMapper()} to keep the guarantees. */
  public static JsonCodec of(ObjectMapper mapper) {
    return new JsonCodec(mapper.copy());
  }

  /** A fresh mapper with this codec's configuration, to customise and pass to {@link #of}. */
  public static ObjectMapper newMapper() {
    return defaultMapper();
  }

  /** Encodes a value as UTF-8 JSON. */
  public byte[] encode(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new DecodingException(
          "cannot encode "
              + value.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  /** Encodes a value as a JSON tree. */
  public JsonNode toTree(Object value) {
    return mapper.valueToTree(value);
  }

  /**
   * Decodes UTF-8 JSON into {@code type}.
   *
   * @throws DecodingException if the JSON is malformed, of the wrong shape, or breaks the type's
   *     constraints
   */
  public <T> T decode(byte[] json, Type type) {
    try {
      T value = reader(type).readValue(json);
      if (value == null) {
        throw new DecodingException("expected " + describe(type) + " but the body is JSON null");
      }
      return value;
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ConstraintViolationException violations) {
        throw new DecodingException(
            "the body does not satisfy "
                + describe(type)
                + " at "
                + path(e)
                + ": "
                + violations.getMessage(),
            violations);
      }
      throw new DecodingException(
          "cannot create " + describe(type) + " at " + path(e), cause == null ? e : cause);
    } catch (InvalidFormatException e) {
      throw new DecodingException(
          "invalid value for " + e.getTargetType().getSimpleName() + " at " + path(e), e);
    } catch (MismatchedInputException e) {
      // Jackson's message quotes the offending value, which may be anything: say what was
      // expected instead.
      String expected =
          e.getTargetType() == null ? "value of another shape" : e.getTargetType().getSimpleName();
      throw new DecodingException(
          "unexpected JSON for " + describe(type) + " at " + path(e) + ": expected " + expected, e);
    } catch (JsonMappingException e) {
      throw new DecodingException("cannot map JSON to " + describe(type) + " at " + path(e), e);
    } catch (IOException e) {
      throw new DecodingException("malformed JSON for " + describe(type) + ": " + kind(e), e);
    }
  }

  /** Reads a JSON tree, or returns {@code null} when the bytes are not one JSON value. */
  public @Nullable JsonNode tryReadTree(byte[] json) {
    if (json.length == 0) {
      return null;
    }
    try {
      return mapper.readTree(json);
    } catch (IOException e) {
      return null;
    }
  }

  /** A copy of the configured mapper. */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  private ObjectReader reader(Type type) {
    return readers.computeIfAbsent(
        type,
        t -> {
          JavaType javaType = mapper.getTypeFactory().constructType(t);
          return mapper.readerFor(javaType);
        });
  }

  private static String describe(Type type) {
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(Redaction.escape(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    if (e.getLocation() != null) {
      path.append(" (line ")
          .append(e.getLocation().getLineNr())
          .append(", column ")
          .append(e.getLocation().getColumnNr())
          .append(')');
    }
    return path.toString();
  }

  /** The first line of Jackson's message, which names the problem; values are escaped. */
  private static String kind(IOException e) {
    String message =
        e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return Redaction.escape(newline < 0 ? message : message.substring(0, newline));
  }

  private static ObjectMapper defaultMapper() {
    SimpleModule lenientTimes = new SimpleModule("recordgen-lenient-date-time");
    lenientTimes.addDeserializer(OffsetDateTime.class, new LenientOffsetDateTimeDeserializer());
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new JsonNullableModule())
        .addModule(lenientTimes)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /** Date-times with or without a colon in the offset; see {@link DateTimes}. */
  private static final class LenientOffsetDateTimeDeserializer
      extends StdScalarDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    LenientOffsetDateTimeDeserializer() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
        return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
      }
      String text = parser.getText();
      try {
        return DateTimes.parseOffsetDateTime(text);
      } catch (DateTimeParseException e) {
        return (OffsetDateTime)
            context.handleWeirdStringValue(
                OffsetDateTime.class, text, "not a date-time with an offset");
      }
    }
  }
}
