package io.recordgen.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.runtime.internal.Redaction;
import io.recordgen.runtime.support.Internals;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The runtime's {@link JsonCodec} on Jackson 2, configured so that nothing is lost or invented
 * silently, as {@link JsonCodec} lists; {@link RecordgenModule} adds what generated code needs
 * (tristate properties, unions, lenient date-times). Registered for {@link
 * JsonCodec#defaultCodec()}; {@link #of(ObjectMapper)} takes a mapper of your own.
 */
public final class Jackson2Codec implements JsonCodec {
  private static final Jackson2Codec DEFAULT = new Jackson2Codec(defaultMapper());

  private final ObjectMapper mapper;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  private Jackson2Codec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The codec with its own configuration. */
  public static Jackson2Codec create() {
    return DEFAULT;
  }

  /**
   * A codec over a mapper of your own; start from {@link #newMapper()} to keep the guarantees,
   * or at least register {@link RecordgenModule}.
   */
  public static Jackson2Codec of(ObjectMapper mapper) {
    return new Jackson2Codec(mapper.copy());
  }

  /** A fresh mapper with this codec's configuration, to customise and pass to {@link #of}. */
  public static ObjectMapper newMapper() {
    return defaultMapper();
  }

  @Override
  public byte[] encode(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw Internals.decoding(
          "cannot encode "
              + value.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  @Override
  public @Nullable Object toPlain(Object value) {
    try {
      return mapper.convertValue(value, Object.class);
    } catch (IllegalArgumentException e) {
      throw Internals.decoding("cannot encode " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  @Override
  public @Nullable Object parse(byte[] json) {
    try {
      return reader(Object.class).readValue(json);
    } catch (IOException e) {
      throw Internals.decoding("malformed JSON: " + kind(e), e);
    }
  }

  @Override
  public <T> T decode(byte[] json, Type type) {
    try {
      T value = reader(type).readValue(json);
      if (value == null) {
        throw Internals.decoding("expected " + describe(type) + " but the body is JSON null");
      }
      return value;
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ConstraintViolationException violations) {
        throw Internals.decoding(
            "the body does not satisfy "
                + describe(type)
                + " at "
                + path(e)
                + ": "
                + violations.getMessage(),
            violations);
      }
      throw Internals.decoding(
          "cannot create " + describe(type) + " at " + path(e), cause == null ? e : cause);
    } catch (InvalidFormatException e) {
      throw Internals.decoding(
          "invalid value for " + e.getTargetType().getSimpleName() + " at " + path(e), e);
    } catch (MismatchedInputException e) {
      // Jackson's message quotes the offending value, which may be anything: say what was
      // expected instead.
      String expected =
          e.getTargetType() == null ? "value of another shape" : e.getTargetType().getSimpleName();
      throw Internals.decoding(
          "unexpected JSON for " + describe(type) + " at " + path(e) + ": expected " + expected, e);
    } catch (JsonMappingException e) {
      throw Internals.decoding("cannot map JSON to " + describe(type) + " at " + path(e), e);
    } catch (IOException e) {
      throw Internals.decoding("malformed JSON for " + describe(type) + ": " + kind(e), e);
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
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new RecordgenModule())
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

  @Override
  public String toString() {
    return "Jackson2Codec";
  }
}
