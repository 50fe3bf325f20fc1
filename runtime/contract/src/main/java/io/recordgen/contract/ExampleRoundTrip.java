package io.recordgen.contract;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordgen.generator.ExampleCatalog;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.plan.ExampleEntry;
import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.JsonCodec;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every example of a spec — of request and response bodies, parameters, schemas and their
 * properties — checked twice: against its own schema (swagger-request-validator's schema
 * validator), and through the generated record it belongs to: decoded, encoded again, and
 * compared with the original ({@link JsonDiff}). Each problem names the example by its JSON
 * pointer.
 *
 * <pre>{@code
 * ExampleRoundTrip.of(ContractSpec.fromResource("openapi/backup-api.yaml"), "com.example.backup")
 *     .run().assertClean();
 * }</pre>
 */
public final class ExampleRoundTrip {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One problem with one example.
   *
   * @param pointer where the example is
   * @param kind what is wrong
   * @param detail the validator's messages, the decoding error or the first difference
   */
  public record Problem(String pointer, Kind kind, String detail) {
    @Override
    public String toString() {
      return "#" + pointer + " " + kind.describe() + ": " + detail;
    }
  }

  /** What is wrong with an example. */
  public enum Kind {
    /** The example does not satisfy its schema. */
    VIOLATES_SCHEMA("violates its schema"),
    /** The generated type cannot decode it. */
    DOES_NOT_DECODE("does not decode"),
    /** Encoding the decoded value gives other JSON. */
    CHANGES_IN_ROUND_TRIP("changes in the round-trip");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    String describe() {
      return text;
    }
  }

  /**
   * The outcome.
   *
   * @param checked how many examples were checked
   * @param typed how many of them went through a generated type
   * @param problems everything found, in spec order
   */
  public record Report(int checked, int typed, List<Problem> problems) {
    public Report {
      problems = List.copyOf(problems);
    }

    /** Whether nothing was found. */
    public boolean isClean() {
      return problems.isEmpty();
    }

    /** Fails with every problem listed when there is any. */
    public void assertClean() {
      if (!isClean()) {
        throw new AssertionError(this);
      }
    }

    @Override
    public String toString() {
      return problems.size()
          + " of "
          + checked
          + " examples have problems"
          + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
  }

  private final ContractSpec spec;
  private final String basePackage;
  private final JsonCodec codec;
  private final ClassLoader loader;

  private ExampleRoundTrip(
      ContractSpec spec, String basePackage, JsonCodec codec, ClassLoader loader) {
    this.spec = spec;
    this.basePackage = basePackage;
    this.codec = codec;
    this.loader = loader;
  }

  /**
   * Checks the examples of {@code spec} against the code generated under {@code basePackage},
   * loaded from the calling thread's class loader with the runtime's codec.
   */
  public static ExampleRoundTrip of(ContractSpec spec, String basePackage) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return new ExampleRoundTrip(
        spec,
        basePackage,
        JsonCodec.defaultCodec(),
        loader != null ? loader : ExampleRoundTrip.class.getClassLoader());
  }

  /** A copy that loads the generated types from {@code value}. */
  public ExampleRoundTrip withClassLoader(ClassLoader value) {
    return new ExampleRoundTrip(spec, basePackage, codec, Objects.requireNonNull(value));
  }

  /** A copy that decodes and encodes with {@code value}. */
  public ExampleRoundTrip withCodec(JsonCodec value) {
    return new ExampleRoundTrip(spec, basePackage, Objects.requireNonNull(value), loader);
  }

  /** Checks every example. */
  public Report run() {
    ExampleCatalog catalog =
        Recordgen.examples(
            new SpecSource(spec.name(), spec.text().getBytes(StandardCharsets.UTF_8), null),
            GeneratorOptions.of(basePackage));
    List<Problem> problems = new ArrayList<>();
    for (Diagnostic error : catalog.diagnostics()) {
      if (error.isError()) {
        problems.add(new Problem(error.pointer(), Kind.VIOLATES_SCHEMA, error.format()));
      }
    }
    JsonNode document = readDocument();
    SchemaValidator validator =
        new SchemaValidator(spec.openApi(), new MessageResolver(ContractSpec.levels()));
    int typed = 0;
    for (ExampleEntry entry : catalog.entries()) {
      JsonNode original = read(entry.json());
      checkSchema(entry, document, validator, problems);
      if (entry.javaType() == null) {
        continue;
      }
      typed++;
      JavaType type =
          MAPPER.getTypeFactory().withClassLoader(loader).constructFromCanonical(entry.javaType());
      Object decoded;
      try {
        decoded = codec.decode(entry.json().getBytes(StandardCharsets.UTF_8), reflect(type));
      } catch (DecodingException e) {
        problems.add(
            new Problem(
                entry.pointer(),
                Kind.DOES_NOT_DECODE,
                "as " + type.toCanonical() + ": " + e.getMessage()));
        continue;
      }
      JsonDiff.first(original, MAPPER.valueToTree(codec.toPlain(decoded)))
          .ifPresent(
              difference ->
                  problems.add(
                      new Problem(
                          entry.pointer(),
                          Kind.CHANGES_IN_ROUND_TRIP,
                          "through " + type.toCanonical() + ", " + difference)));
    }
    return new Report(catalog.entries().size(), typed, problems);
  }

  /**
   * A type as {@code java.lang.reflect} says it, which every codec reads, from Jackson's parse of
   * the catalog's canonical name.
   */
  private static java.lang.reflect.Type reflect(JavaType type) {
    if (type.containedTypeCount() == 0) {
      return type.getRawClass();
    }
    java.lang.reflect.Type[] arguments = new java.lang.reflect.Type[type.containedTypeCount()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = reflect(type.containedType(i));
    }
    return new Parameterized(type.getRawClass(), List.of(arguments));
  }

  /** A parameterized type, equal to the JDK's own of the same raw type and arguments. */
  private record Parameterized(Class<?> raw, List<java.lang.reflect.Type> arguments)
      implements java.lang.reflect.ParameterizedType {
    @Override
    public java.lang.reflect.Type[] getActualTypeArguments() {
      return arguments.toArray(java.lang.reflect.Type[]::new);
    }

    @Override
    public java.lang.reflect.Type getRawType() {
      return raw;
    }

    @Override
    public java.lang.reflect.@org.jspecify.annotations.Nullable Type getOwnerType() {
      return null;
    }

    @Override
    public String getTypeName() {
      return raw.getTypeName()
          + arguments.stream()
              .map(java.lang.reflect.Type::getTypeName)
              .collect(java.util.stream.Collectors.joining(", ", "<", ">"));
    }
  }

  private void checkSchema(
      ExampleEntry entry, JsonNode document, SchemaValidator validator, List<Problem> problems) {
    JsonNode node = document.at(entry.schemaPointer());
    if (node.isMissingNode()) {
      return;
    }
    Schema<?> schema = Json.mapper().convertValue(node, Schema.class);
    JsonNode value = read(entry.json());
    ValidationReport report = validator.validate(() -> value, schema, "example");
    List<String> errors =
        report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .map(ValidationReport.Message::getMessage)
            .toList();
    if (!errors.isEmpty()) {
      problems.add(new Problem(entry.pointer(), Kind.VIOLATES_SCHEMA, String.join("; ", errors)));
    }
  }

  private JsonNode readDocument() {
    try {
      return io.swagger.v3.core.util.Yaml.mapper().readTree(spec.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
