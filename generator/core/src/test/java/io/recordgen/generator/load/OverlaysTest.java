package io.recordgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenAPI Overlays applied before the spec is read: update, remove, copy, and misses. */
class OverlaysTest {
  private static final String SPEC =
      """
      openapi: 3.0.3
      info: {title: Pets, version: '1'}
      paths:
        /v1/{project_id}/pets:
          get:
            operationId: listPets
            tags: [pets]
            parameters:
              - {name: project_id, in: path, required: true, schema: {type: string}}
              - {name: debug, in: query, schema: {type: boolean}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
          post:
            operationId: createPet
            tags: [pets]
            parameters:
              - {name: project_id, in: path, required: true, schema: {type: string}}
            responses: {'204': {description: done}}
      components:
        schemas:
          Pet:
            type: object
            properties:
              name: {type: string}
          Template:
            type: object
            properties:
              nickname: {type: string}
      """;

  private static SpecSource source(String name, String text) {
    return new SpecSource(name, text.getBytes(StandardCharsets.UTF_8), null);
  }

  private static GenerationResult generate(String... overlays) {
    List<SpecSource> sources = new java.util.ArrayList<>();
    for (int i = 0; i < overlays.length; i++) {
      sources.add(source("overlay-" + i + ".yaml", overlays[i]));
    }
    return Recordgen.generate(
        source("pets.yaml", SPEC), GeneratorOptions.of("golden.ov").withOverlays(sources));
  }

  private static String file(GenerationResult result, String simpleName) {
    return result.files().stream()
        .filter(f -> f.simpleName().equals(simpleName))
        .map(SourceFile::content)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + simpleName));
  }

  @Test
  void updatesRemovalsAndCopiesApplyInOrderBeforeTheSpecIsRead() {
    GenerationResult result =
        generate(
            """
            overlay: 1.0.0
            info: {title: Client-bound project, version: '1'}
            actions:
              - target: $.paths.*.*.parameters[?(@.name == 'project_id')]
                update: {x-recordgen-client-param: true}
              - target: $.paths.*.get.parameters[?(@.name == 'debug')]
                remove: true
            """,
            """
            overlay: 1.1.0
            info: {title: Copy, version: '1'}
            actions:
              - target: $.components.schemas.Pet.properties
                copy: $.components.schemas.Template.properties
            """);

    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    String api = file(result, "PetsApi");
    assertThat(api).contains("static PetsApi create(ApiClient client, String projectId)");
    assertThat(file(result, "ListPetsInput")).doesNotContain("debug");
    assertThat(file(result, "Pet")).contains("nickname").contains("name");
  }

  @Test
  void aTargetThatMatchesNothingIsALocatedWarning() {
    GenerationResult result =
        generate(
            """
            overlay: 1.0.0
            info: {title: Miss, version: '1'}
            actions:
              - target: $.paths['/v2/pets']
                update: {description: gone}
            """);

    assertThat(result.files()).isNotEmpty();
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == Code.OVERLAY_UNMATCHED)
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .startsWith("[RG046] #/actions/0/target: overlay overlay-0.yaml: target")
                    .contains("matches nothing"));
  }

  @Test
  void anOverlayThatIsNoneIsAnErrorAndNothingIsGenerated() {
    GenerationResult notOne = generate("openapi: 3.0.3\ninfo: {title: x, version: '1'}\n");
    assertThat(notOne.files()).isEmpty();
    assertThat(notOne.diagnostics())
        .extracting(Diagnostic::format)
        .anySatisfy(
            line -> assertThat(line).startsWith("[RG045] #/overlay: overlay overlay-0.yaml"));

    GenerationResult badPath =
        generate(
            "overlay: 1.0.0\ninfo: {title: x, version: '1'}\nactions:\n  - {target: '$[', remove: true}\n");
    assertThat(badPath.files()).isEmpty();
    assertThat(badPath.diagnostics())
        .extracting(Diagnostic::format)
        .anySatisfy(line -> assertThat(line).startsWith("[RG045] #/actions/0/target:"));
  }

  @Test
  void stepsOfAJsonPathAreItsNamesAndIndexes() {
    assertThat(Overlays.steps("$['paths']['/a\\'b'][2]['x']"))
        .containsExactly("paths", "/a'b", 2, "x");
  }
}
