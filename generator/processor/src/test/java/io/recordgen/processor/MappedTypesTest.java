package io.recordgen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration's mapped types, checked by the processor against what javac sees before it
 * generates anything: a missing type, or one without a property its schema requires, is an
 * {@code RG049} error at the configuration's pointer and nothing is written.
 */
class MappedTypesTest {
  private static final String EMAIL =
      String.join(
          "\n",
          "package com.example.shared;",
          "public record Email(@com.fasterxml.jackson.annotation.JsonValue String address) {",
          "  @com.fasterxml.jackson.annotation.JsonCreator",
          "  public static Email of(String address) { return new Email(address); }",
          "}");

  /** Has {@code amount}, and {@code currency_code} under its Java name. */
  private static final String MONEY =
      "package com.example.shared; public record Money(String amount, String currencyCode) {}";

  /** Lacks {@code currency_code}. */
  private static final String MONEY_WITHOUT_CURRENCY =
      "package com.example.shared; public record Money(String amount) {}";

  @TempDir Path output;

  @Test
  void typesOfTheSameCompilationThatFitAreUsedAndNotGenerated() throws IOException {
    DiskCompilation.Result done =
        DiskCompilation.compileAnnotated(
            output,
            "spec = \"mapped.yaml\", packageName = \"com.example.m\","
                + " config = \"mapped-config.yaml\"",
            Map.of("com.example.shared.Email", EMAIL, "com.example.shared.Money", MONEY));

    assertThat(done.failed()).as("%s", done.messages(Diagnostic.Kind.ERROR)).isFalse();
    assertThat(generated("Money.java")).isEmpty();
    assertThat(generated("Invoice.java"))
        .singleElement()
        .satisfies(
            text ->
                assertThat(text)
                    .contains("import com.example.shared.Email;")
                    .contains("import com.example.shared.Money;")
                    .contains("@JsonProperty(\"total\") Money total"));
  }

  @Test
  void aMappedTypeThatDoesNotExistIsALocatedErrorAndNothingIsGenerated() throws IOException {
    DiskCompilation.Result done =
        DiskCompilation.compileAnnotated(
            output,
            "spec = \"mapped.yaml\", packageName = \"com.example.m\","
                + " config = \"mapped-config.yaml\"",
            Map.of("com.example.shared.Money", MONEY));

    assertThat(done.failed()).isTrue();
    assertThat(done.messages(Diagnostic.Kind.ERROR))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .startsWith(
                        "[RG049] #/types/formats/email: configuration mapped-config.yaml maps")
                    .contains("com.example.shared.Email, which is not on the class path"));
    assertThat(generated("Invoice.java")).isEmpty();
  }

  @Test
  void aMappedTypeWithoutARequiredPropertyIsALocatedError() throws IOException {
    DiskCompilation.Result done =
        DiskCompilation.compileAnnotated(
            output,
            "spec = \"mapped.yaml\", packageName = \"com.example.m\"",
            Map.of(
                "com.example.shared.Email", EMAIL,
                "com.example.shared.Money", MONEY_WITHOUT_CURRENCY),
            "-Arecordgen.config=mapped-config.yaml");

    assertThat(done.failed()).isTrue();
    assertThat(done.messages(Diagnostic.Kind.ERROR))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .startsWith("[RG049] #/types/schemas/Money: ")
                    .contains("#/components/schemas/Money to com.example.shared.Money")
                    .contains("has no property for currency_code"));
    assertThat(generated("Invoice.java")).isEmpty();
  }

  @Test
  void aConfigurationWithAnUnknownKeyIsALocatedError() throws IOException {
    DiskCompilation.Result done =
        DiskCompilation.compileAnnotated(
            output,
            "spec = \"mapped.yaml\", packageName = \"com.example.m\","
                + " config = \"mapped-typo.yaml\"");

    assertThat(done.failed()).isTrue();
    assertThat(done.messages(Diagnostic.Kind.ERROR))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .startsWith("[RG047] #/types/format: configuration mapped-typo.yaml: ")
                    .contains("unknown key \"format\""));
  }

  private java.util.List<String> generated(String fileName) throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      return files
          .filter(f -> f.getFileName().toString().equals(fileName))
          .map(MappedTypesTest::read)
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
