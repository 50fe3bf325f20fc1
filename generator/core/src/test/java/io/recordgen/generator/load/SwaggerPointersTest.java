package io.recordgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of the pointer table of {@link SwaggerPointers}, on a small Swagger 2.0 document. */
class SwaggerPointersTest {
  private static final String SWAGGER =
      """
      swagger: '2.0'
      info: {title: T, version: '1'}
      host: example.com
      securityDefinitions:
        key: {type: apiKey, in: header, name: X-Key}
      parameters:
        Limit: {name: limit, in: query, type: integer}
        Body: {name: body, in: body, schema: {type: object}}
      responses:
        Gone: {description: gone, schema: {type: string}}
      paths:
        /a/{id}:
          parameters:
            - {name: id, in: path, required: true, type: string}
          post:
            consumes: [application/x-www-form-urlencoded]
            parameters:
              - {name: x, in: header, type: string}
              - {name: name, in: formData, type: string}
              - {name: trace, in: query, type: string}
            responses:
              '200': {description: ok, schema: {type: object, properties: {n: {type: string}}}}
        /b:
          put:
            parameters:
              - {name: q, in: query, type: string}
              - {name: pet, in: body, schema: {type: object, properties: {p: {type: string}}}}
            responses: {'204': {description: done}}
      definitions:
        Pet: {type: object, properties: {name: {type: string}}}
      """;

  private static final SwaggerPointers POINTERS;

  static {
    try {
      JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(SWAGGER);
      POINTERS = new SwaggerPointers(tree);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "/components/schemas/Pet/properties/name, /definitions/Pet/properties/name",
    "/components/parameters/Limit/schema, /parameters/Limit",
    "/components/requestBodies/Body/content/application~1json/schema, /parameters/Body/schema",
    "/components/responses/Gone/content/*~1*/schema, /responses/Gone/schema",
    "/components/securitySchemes/key, /securityDefinitions/key",
    "/paths/~1a~1{id}/parameters/0/schema, /paths/~1a~1{id}/parameters/0",
    "/paths/~1a~1{id}/post/parameters/1/schema, /paths/~1a~1{id}/post/parameters/2",
    "/paths/~1a~1{id}/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/name,"
        + " /paths/~1a~1{id}/post/parameters/1",
    "/paths/~1b/put/requestBody/content/application~1json/schema/properties/p,"
        + " /paths/~1b/put/parameters/1/schema/properties/p",
    "/paths/~1a~1{id}/post/responses/200/content/application~1json/schema/properties/n,"
        + " /paths/~1a~1{id}/post/responses/200/schema/properties/n",
    "/servers/0/url, /host",
    "/info/title, /info/title"
  })
  void eachConvertedPlaceHasItsSwaggerPlace(String converted, String original) {
    assertThat(POINTERS.toSource(converted)).isEqualTo(new SwaggerPointers.Mapped(original, true));
  }

  @Test
  void aPlaceTheDocumentLacksIsItsNearestAncestorAndSaysSo() {
    assertThat(POINTERS.toSource("/components/schemas/Pet/properties/age"))
        .isEqualTo(new SwaggerPointers.Mapped("/definitions/Pet/properties", false));
    assertThat(POINTERS.toSource("/info/version/x"))
        .isEqualTo(new SwaggerPointers.Mapped("/info/version", false));
  }

  @Test
  void diagnosticsOfLaterStagesNameTheSwaggerDocument() {
    String spec =
        SWAGGER.replace(
            "Pet: {type: object, properties: {name: {type: string}}}",
            "Pet: {type: object, properties: {name: {type: string, pattern: '[a'}}}");
    GenerationResult result =
        Recordgen.generate(
            new SpecSource("pets.yaml", spec.getBytes(StandardCharsets.UTF_8), null),
            GeneratorOptions.of("golden.sw").withStrict(true));
    assertThat(result.diagnostics())
        .filteredOn(Diagnostic::isError)
        .extracting(Diagnostic::format)
        .anySatisfy(
            line ->
                assertThat(line).startsWith("[RG021] #/definitions/Pet/properties/name/pattern:"));
  }

  @Test
  void theConvertersOwnRemarksAreLocatedWarnings() {
    String spec =
        SWAGGER
            .replace("info: {title: T, version: '1'}", "info: {title: T, version: '1', x: 1}")
            .replace(
                "      responses: {'204': {description: done}}",
                "      responses: {'204': {description: done}}\n      bogus: 2");
    GenerationResult result =
        Recordgen.generate(
            new SpecSource("pets.yaml", spec.getBytes(StandardCharsets.UTF_8), null),
            GeneratorOptions.of("golden.sw"));
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == io.recordgen.generator.diag.Code.SPEC_CONVERTED)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.pointer()).isNotEmpty());
    assertThat(result.files()).isNotEmpty();
  }
}
