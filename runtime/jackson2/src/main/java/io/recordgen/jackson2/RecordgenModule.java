package io.recordgen.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.recordgen.runtime.internal.DateTimes;
import io.recordgen.runtime.json.JsonUnion;
import io.recordgen.runtime.json.Tristate;
import io.recordgen.runtime.json.UnionAlternative;
import io.recordgen.runtime.json.UnionRules;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What generated code needs of Jackson 2 beyond its annotations: {@link Tristate} properties
 * (absent, explicit {@code null}, or a value), unions marked {@link JsonUnion} decoded by {@link
 * UnionRules}, and date-times whose offset has no colon ({@code +0800}).
 */
public final class RecordgenModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public RecordgenModule() {
    super("recordgen");
    addSerializer(new TristateSerializer());
    setDeserializers(new Deserializers());
  }

  /** Finds the deserializers of tristates, unions and lenient date-times. */
  private static final class Deserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    Deserializers() {
      addDeserializer(OffsetDateTime.class, new LenientOffsetDateTimeDeserializer());
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription description)
        throws JsonMappingException {
      Class<?> raw = type.getRawClass();
      if (raw == Tristate.class) {
        return new TristateDeserializer(type);
      }
      // Only the annotated interface: the records implementing it decode as themselves.
      if (raw.isInterface() && raw.isAnnotationPresent(JsonUnion.class)) {
        return new UnionDeserializer(raw);
      }
      return super.findBeanDeserializer(type, config, description);
    }
  }

  /** A tristate: a value or {@code null}; absent ones are left out by the records' filter. */
  private static final class TristateSerializer extends StdSerializer<Tristate<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unchecked") // the raw class of every Tristate<T>
    TristateSerializer() {
      super((Class<Tristate<?>>) (Class<?>) Tristate.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Tristate<?> value) {
      return value.isAbsent();
    }

    @Override
    public void serialize(Tristate<?> value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      if (value.hasValue()) {
        provider.defaultSerializeValue(value.get(), generator);
      } else {
        generator.writeNull();
      }
    }
  }

  /** JSON {@code null} is an explicit null, a missing property absent, anything else a value. */
  private static final class TristateDeserializer extends StdDeserializer<Tristate<?>> {
    private static final long serialVersionUID = 1L;

    private final JavaType content;

    TristateDeserializer(JavaType type) {
      super(type);
      this.content = type.containedTypeOrUnknown(0);
    }

    @Override
    public Tristate<?> deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return Tristate.of(context.readValue(parser, content));
    }

    @Override
    public Tristate<?> getNullValue(DeserializationContext context) {
      return Tristate.ofNull();
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
      return Tristate.absent();
    }
  }

  /** A union, by the shape of the value. */
  private static final class UnionDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    private final transient List<UnionAlternative<?>> alternatives;

    UnionDeserializer(Class<?> union) {
      super(union);
      this.alternatives = UnionRules.of(union);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      com.fasterxml.jackson.databind.JsonNode node = context.readTree(parser);
      Jackson2Node view = new Jackson2Node(node);
      Object value =
          UnionRules.decode(
              alternatives,
              view,
              type -> context.readTreeAsValue(node, context.getTypeFactory().constructType(type)));
      if (value == null) {
        return context.reportInputMismatch(
            this, "%s", UnionRules.failure(handledType(), alternatives, view));
      }
      return value;
    }
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
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
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
