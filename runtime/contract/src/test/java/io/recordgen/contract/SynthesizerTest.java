package io.recordgen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every synthesized response body passes the response validator of its own spec, for many seeds:
 * the backup API and specs that use every keyword the synthesizer honours, in OpenAPI 3.0 and 3.1.
 */
class SynthesizerTest {
  private static final int SEEDS = 50;

  @ParameterizedTest
  @ValueSource(
      strings = {"openapi/backup-api.yaml", "synth/features-30.yaml", "synth/features-31.yaml"})
  void everyDocumentedResponseSynthesizedFromManySeedsPassesResponseValidation(String resource) {
    ContractSpec spec = ContractSpec.fromResource(resource);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, PathItem> path : spec.openApi().getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        for (Map.Entry<String, ApiResponse> response :
            operation.getValue().getResponses().entrySet()) {
          MediaType json =
              response.getValue().getContent() == null
                  ? null
                  : response.getValue().getContent().get("application/json");
          if (json == null || !response.getKey().matches("\\d{3}")) {
            continue;
          }
          for (long seed = 0; seed < SEEDS; seed++) {
            JsonNode body = new Synthesizer(spec.openApi(), seed).value(json.getSchema());
            ValidationReport report =
                spec.validator()
                    .validateResponse(
                        concrete(path.getKey()),
                        Request.Method.valueOf(operation.getKey().name()),
                        SimpleResponse.Builder.status(Integer.parseInt(response.getKey()))
                            .withContentType("application/json")
                            .withBody(body.toString())
                            .build());
            checked++;
            if (report.hasErrors()) {
              failures.add(
                  operation.getKey()
                      + " "
                      + path.getKey()
                      + " "
                      + response.getKey()
                      + " seed "
                      + seed
                      + ": "
                      + body
                      + "\n  "
                      + report.getMessages());
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(0);
    assertThat(failures).as("synthesized bodies the validator rejects").isEmpty();
  }

  @Test
  void theValidatorThisTestTrustsRejectsABodyThatBreaksTheSchema() {
    ContractSpec spec = ContractSpec.fromResource("synth/features-30.yaml");
    JsonNode body =
        new Synthesizer(spec.openApi(), 1)
            .value(spec.openApi().getComponents().getSchemas().get("Thing"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("code", "abc");
    ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("count", 10);

    ValidationReport report =
        spec.validator()
            .validateResponse(
                "/things/p1",
                Request.Method.GET,
                SimpleResponse.Builder.status(200)
                    .withContentType("application/json")
                    .withBody(body.toString())
                    .build());

    assertThat(report.getMessages().toString())
        .contains("regex")
        .contains("strictly greater than the required minimum 10");
  }

  @Test
  void theSameSeedGivesTheSameValueAndOtherSeedsVary() {
    ContractSpec spec = ContractSpec.fromResource("synth/features-30.yaml");
    var thing = spec.openApi().getComponents().getSchemas().get("Thing");

    JsonNode first = new Synthesizer(spec.openApi(), 7).value(thing);
    assertThat(new Synthesizer(spec.openApi(), 7).value(thing)).isEqualTo(first);
    List<JsonNode> others = new ArrayList<>();
    for (long seed = 0; seed < 5; seed++) {
      others.add(new Synthesizer(spec.openApi(), seed).value(thing));
    }
    assertThat(others).doesNotHaveDuplicates();
  }

  @Test
  void aRecursiveSchemaEndsAndADiscriminatedBranchCarriesItsTag() {
    ContractSpec spec = ContractSpec.fromResource("synth/features-30.yaml");
    for (long seed = 0; seed < SEEDS; seed++) {
      JsonNode pet =
          new Synthesizer(spec.openApi(), seed)
              .value(spec.openApi().getComponents().getSchemas().get("Pet"));
      assertThat(pet.path("kind").asText()).isIn("cat", "dog");
      assertThat(pet.has(pet.path("kind").asText().equals("cat") ? "lives" : "barks")).isTrue();
      JsonNode node =
          new Synthesizer(spec.openApi(), seed)
              .value(spec.openApi().getComponents().getSchemas().get("Node"));
      assertThat(depth(node)).isLessThanOrEqualTo(Synthesizer.MAX_DEPTH + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[A-Za-z0-9]{32}$",
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{4}$",
        "^(?:[a-z0-9-]+\\.)+[a-z]{2,}$",
        "DBS\\.\\d{6}",
        "^[^@\\s]+@[^@\\s]+$",
        "^\"quoted\" <tag> #1 & ~x @y$",
        "^(ab|cd)*e?$"
      })
  void patternStringsMatchTheirPatternWithinTheLengths(String pattern) {
    Random random = new Random(3);
    for (int i = 0; i < 20; i++) {
      String text = PatternStrings.matching(pattern, 0, 80, random);
      assertThat(text).isNotNull();
      assertThat(Pattern.compile(pattern).matcher(text).find()).as(text).isTrue();
      assertThat(text.length()).isLessThanOrEqualTo(80);
    }
    assertThat(PatternStrings.matching("^[a-z]{5}$", 6, 10, random))
        .as("no string of that length matches")
        .isNull();
    assertThat(PatternStrings.matching("^(a)\\1$", 0, 10, random))
        .as("a back-reference is not an automaton")
        .isNull();
  }

  private static int depth(JsonNode node) {
    int deepest = 0;
    for (JsonNode child : node) {
      deepest = Math.max(deepest, depth(child));
    }
    return deepest + (node.isContainerNode() ? 1 : 0);
  }

  private static String concrete(String template) {
    return template.replaceAll("\\{[^}]+}", "p1");
  }
}
