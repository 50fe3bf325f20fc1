package io.recordgen.generator.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.model.Configuration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A configuration file read, applied and checked: every problem at its pointer. */
class ConfigurationTest {
  private static final String SPEC =
      """
      openapi: 3.0.3
      info: {title: T, version: "1"}
      paths:
        /pets:
          get:
            operationId: listPets
            tags: [pets]
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
        /pets/{id}/toys:
          get:
            operationId: listToys
            tags: [toys]
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Toy'}
        /admin/purge:
          post:
            operationId: purge
            tags: [admin]
            responses:
              "204": {description: done}
      components:
        schemas:
          Pet:
            type: object
            properties:
              pet_name: {type: string}
              kind: {type: string, enum: [cat, dog]}
          Toy:
            type: object
            properties:
              label: {type: string}
          Orphan:
            type: object
            properties:
              x: {type: string}
      """;

  @Test
  void anUnknownKeyAndAValueOfTheWrongKindAreErrorsAtTheirPointers() {
    Recordgen.ConfigurationResult read =
        read(
            """
            types:
              formats: [email]
            name: {}
            include:
              tags: pets
            """);

    assertThat(read.configuration()).isNull();
    assertThat(read.diagnostics())
        .extracting(Diagnostic::format)
        .containsExactlyInAnyOrder(
            "[RG047] #/name: configuration recordgen.yaml: unknown key \"name\"; expected one of"
                + " [exclude, include, names, types]",
            "[RG047] #/types/formats: configuration recordgen.yaml: \"formats\" must be a mapping",
            "[RG047] #/include/tags: configuration recordgen.yaml: \"tags\" must be a list");
  }

  @Test
  void aChosenNameThatIsNoJavaNameOrIsTakenStopsGenerationAtItsPointer() {
    GenerationResult result =
        generate(
            """
            names:
              properties:
                Pet: {pet_name: class}
              schemas:
                Toy: Pet
            """);

    assertThat(result.files()).isEmpty();
    assertThat(result.errors())
        .extracting(Diagnostic::pointer, Diagnostic::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "/names/properties/Pet/pet_name", Code.CONFIG_INVALID),
            org.assertj.core.groups.Tuple.tuple("/names/schemas/Toy", Code.CONFIG_INVALID));
    assertThat(result.errors().toString())
        .contains("\"class\" is not an ASCII Java identifier, or is a keyword")
        .contains("the type name \"Pet\" is already taken in its scope (it would be Pet2)");
  }

  @Test
  void anEntryThatMatchesNothingIsAWarningAtItsPointer() {
    GenerationResult result =
        generate(
            """
            names:
              schemas: {Cat: Feline}
              enumValues:
                PetKind: {cat: FELINE, cow: BOVINE}
            exclude:
              tags: [no-such-tag]
            """);

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == Code.CONFIG_UNMATCHED)
        .extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            "/names/schemas/Cat", "/names/enumValues/PetKind/cow", "/exclude/tags/0");
    assertThat(source(result, "PetKind.java")).contains("FELINE = new PetKind(\"cat\")");
  }

  @Test
  void includeByPathGlobKeepsItsOperationsAndOnlyTheSchemasTheyReach() {
    GenerationResult result =
        generate(
            """
            include:
              paths: ["/pets/**"]
            exclude:
              operations: [listPets]
            """);

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.files())
        .extracting(SourceFile::relativePath)
        .anyMatch(p -> p.endsWith("model/Toy.java"))
        .noneMatch(p -> p.endsWith("model/Pet.java"))
        .noneMatch(p -> p.endsWith("model/Orphan.java"))
        .noneMatch(p -> p.contains("Admin"))
        .noneMatch(p -> p.contains("PetsApi"));
    assertThat(source(result, "ToysApi.java")).contains("listToys");
  }

  @Test
  void withoutIncludeOrExcludeEverySchemaIsGeneratedAsBefore() {
    GenerationResult plain = Recordgen.generate(spec(), GeneratorOptions.of("t"));
    GenerationResult configured = generate("names: {}\n");

    assertThat(configured.files()).isEqualTo(plain.files());
    assertThat(plain.files())
        .extracting(SourceFile::relativePath)
        .anyMatch(p -> p.endsWith("Orphan.java"));
  }

  @Test
  void theFingerprintChangesWithTheConfiguration() {
    GeneratorOptions base = GeneratorOptions.of("t");
    Configuration one = read("names: {schemas: {Pet: Animal}}\n").configuration();
    Configuration two = read("names: {schemas: {Pet: Beast}}\n").configuration();

    assertThat(base.withConfiguration(one).fingerprint())
        .isNotEqualTo(base.fingerprint())
        .isNotEqualTo(base.withConfiguration(two).fingerprint());
    assertThat(base.withConfiguration(Configuration.empty()).fingerprint())
        .isEqualTo(base.fingerprint());
  }

  private static GenerationResult generate(String config) {
    Recordgen.ConfigurationResult read = read(config);
    assertThat(read.configuration()).as("%s", read.diagnostics()).isNotNull();
    return Recordgen.generate(
        spec(), GeneratorOptions.of("t").withConfiguration(read.configuration()));
  }

  private static Recordgen.ConfigurationResult read(String config) {
    return Recordgen.readConfiguration(
        new SpecSource("recordgen.yaml", config.getBytes(StandardCharsets.UTF_8), null),
        LoadOptions.defaults());
  }

  private static SpecSource spec() {
    return new SpecSource("spec.yaml", SPEC.getBytes(StandardCharsets.UTF_8), null);
  }

  private static String source(GenerationResult result, String fileName) {
    List<String> found =
        result.files().stream()
            .filter(f -> f.relativePath().endsWith("/" + fileName))
            .map(SourceFile::content)
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
