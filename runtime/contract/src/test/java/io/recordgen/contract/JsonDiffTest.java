package io.recordgen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonDiffTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonDiff.Difference diff(String expected, String actual) throws Exception {
    return JsonDiff.first(JSON.readTree(expected), JSON.readTree(actual)).orElse(null);
  }

  @Test
  void equalUnderTheDocumentedRules() throws Exception {
    assertThat(
            diff(
                "{\"a\": 1.0, \"t\": \"2020-07-07T01:17:05+0800\", \"n\": null}",
                "{\"a\": 1, \"t\": \"2020-07-07T01:17:05+08:00\"}"))
        .isNull();
  }

  @Test
  void namesTheFirstDifferenceByPointer() throws Exception {
    JsonDiff.Difference difference =
        diff("{\"a\": [1, {\"b/c\": \"x\"}]}", "{\"a\": [1, {\"b/c\": \"y\"}]}");

    assertThat(difference.pointer()).isEqualTo("/a/1/b~1c");
    assertThat(difference).hasToString("/a/1/b~1c: expected \"x\" but was \"y\"");
  }

  @Test
  void sameInstantWithAnotherOffsetDiffers() throws Exception {
    assertThat(diff("\"2020-07-07T01:17:05+0800\"", "\"2020-07-06T17:17:05Z\"")).isNotNull();
  }

  @Test
  void missingItemsDiffer() throws Exception {
    JsonNode expected = JSON.readTree("[1, 2]");

    assertThat(JsonDiff.first(expected, JSON.readTree("[1]")))
        .get()
        .extracting(JsonDiff.Difference::pointer)
        .isEqualTo("/1");
  }
}
