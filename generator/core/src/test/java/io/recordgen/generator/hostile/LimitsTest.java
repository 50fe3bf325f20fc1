package io.recordgen.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.InMemory;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.load.SpecSource;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JVM's own limits are part of the compile-or-diagnose invariant: 255 parameter slots per
 * method (a record's canonical constructor), 64 KB of bytecode per method (the class
 * initialiser that creates an enumeration's constants) and 65,535 constants per class (a client
 * with thousands of operations). Each shape below sits just under or over a limit, compiles with
 * {@code -Werror}, and loads.
 */
class LimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(ints = {254, 255, 600})
  void aSchemaWithAnyNumberOfPropertiesCompilesAndKeepsEveryProperty(int properties)
      throws Exception {
    Map<String, Object> props = new LinkedHashMap<>();
    for (int i = 0; i < properties; i++) {
      props.put("p" + i, Map.of("type", i % 2 == 0 ? "string" : "integer"));
    }
    Map<String, Object> spec = spec(Map.of("Wide", Map.of("type", "object", "properties", props)));
    Loaded loaded = generateAndLoad(spec);

    Class<?> wide = loaded.type("golden.limits.model.Wide");
    RecordComponent[] components = wide.getRecordComponents();
    if (properties <= 254) {
      assertThat(components).hasSize(properties);
      assertThat(loaded.warnings()).isEmpty();
    } else {
      assertThat(components)
          .extracting(RecordComponent::getName)
          .containsExactly("additionalProperties");
      assertThat(loaded.warnings())
          .singleElement()
          .satisfies(
              d ->
                  assertThat(d.format())
                      .startsWith(
                          "[RG020] #/components/schemas/Wide: the schema has " + properties));
      Object decoded = loaded.codec().readValue("{\"p0\":\"a\",\"p1\":2,\"other\":true}", wide);
      assertThat(loaded.codec().writeValueAsString(decoded))
          .isEqualTo("{\"p0\":\"a\",\"p1\":2,\"other\":true}");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1001, 6000})
  void anEnumerationWithAnyNumberOfValuesCompilesAndKnowsEveryValue(int count) throws Exception {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add("value-" + i + "-" + "x".repeat(i % 40) + (i % 7 == 0 ? " \"quoted\" é" : ""));
    }
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      numbers.add(i * 3);
    }
    Map<String, Object> spec =
        spec(
            Map.of(
                "Code", Map.of("type", "string", "enum", values),
                "Number", Map.of("type", "integer", "enum", numbers)));
    Loaded loaded = generateAndLoad(spec);

    Class<?> code = loaded.type("golden.limits.model.Code");
    List<?> known = (List<?>) code.getMethod("knownValues").invoke(null);
    assertThat(known).hasSize(count);
    Object last = code.getMethod("of", String.class).invoke(null, values.get(count - 1));
    assertThat(known.get(count - 1)).isSameAs(last);
    assertThat(code.getMethod("isKnown").invoke(last)).isEqualTo(true);
    Object unknown = code.getMethod("of", String.class).invoke(null, "not listed");
    assertThat(code.getMethod("isKnown").invoke(unknown)).isEqualTo(false);
    Class<?> number = loaded.type("golden.limits.model.Number");
    List<?> numeric = (List<?>) number.getMethod("knownValues").invoke(null);
    assertThat(numeric).hasSize(count);
    assertThat(number.getMethod("value").invoke(numeric.get(count - 1)))
        .isEqualTo(3L * (count - 1));
    assertThat(loaded.warnings()).hasSize(count > 1000 ? 2 : 0);
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 2500})
  void aTagWithThousandsOfOperationsIsSplitIntoClientsThatEachCompile(int operations)
      throws Exception {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (int i = 0; i < operations; i++) {
      paths.put(
          "/items/" + i + "/{id}",
          Map.of(
              "get",
              Map.of(
                  "operationId", "getItem" + i,
                  "tags", List.of("items"),
                  "parameters",
                      List.of(
                          Map.of(
                              "name",
                              "id",
                              "in",
                              "path",
                              "required",
                              true,
                              "schema",
                              Map.of("type", "string", "pattern", "^[a-z]+$"))),
                  "responses", Map.of("204", Map.of("description", "done")))));
    }
    Map<String, Object> spec = new LinkedHashMap<>(spec(Map.of()));
    spec.put("paths", paths);
    Loaded loaded = generateAndLoad(spec);

    int clients = (operations + 999) / 1000;
    for (int i = 1; i <= clients; i++) {
      String name = "golden.limits.api.ItemsApi" + (i == 1 ? "" : String.valueOf(i));
      assertThat(loaded.type(name).getMethods().length).isGreaterThan(0);
    }
    assertThat(loaded.warnings())
        .extracting(d -> d.code().id())
        .containsExactlyElementsOf(clients > 1 ? List.of("RG035") : List.of());
  }

  private static Map<String, Object> spec(Map<String, Object> schemas) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("openapi", "3.0.3");
    spec.put("info", Map.of("title", "Limits", "version", "1"));
    spec.put("paths", Map.of());
    spec.put("components", Map.of("schemas", schemas));
    return spec;
  }

  /** The compiled and loaded output, with what the generation warned of. */
  private record Loaded(ClassLoader loader, List<Diagnostic> warnings, ObjectMapper codec) {
    Class<?> type(String name) throws ClassNotFoundException {
      return Class.forName(name, true, loader);
    }
  }

  private static Loaded generateAndLoad(Map<String, Object> spec) throws Exception {
    GenerationResult result =
        Recordgen.generate(
            new SpecSource("limits.json", JSON.writeValueAsBytes(spec), null),
            GeneratorOptions.of("golden.limits"));
    assertThat(result.errors()).isEmpty();
    Compilation compilation = InMemory.compile(result.files());
    assertThat(compilation.status())
        .as("%s", compilation.diagnostics())
        .isEqualTo(Compilation.Status.SUCCESS);
    ClassLoader loader = InMemory.load(compilation);
    List<Diagnostic> warnings =
        result.diagnostics().stream()
            .filter(d -> d.severity() == io.recordgen.generator.diag.Severity.WARNING)
            .toList();
    return new Loaded(
        loader,
        warnings,
        new ObjectMapper()
            .setDefaultPropertyInclusion(
                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL));
  }
}
