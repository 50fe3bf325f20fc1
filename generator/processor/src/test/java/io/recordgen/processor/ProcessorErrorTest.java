package io.recordgen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input fails the compilation with the diagnostic on the annotated element (line 5 of the
 * compiled source, where {@code @GenerateClient} is) and generates nothing. These tests run javac
 * with real output folders ({@link DiskCompilation}), because the check that nothing was
 * generated must look at the disk after a failed compilation.
 */
class ProcessorErrorTest {
  private static final long ANNOTATION_LINE = DiskCompilation.ANNOTATION_LINE;

  @TempDir Path output;

  /** A failed compilation: its diagnostics and whether any file was written. */
  private record Result(
      List<Diagnostic<? extends JavaFileObject>> errors, boolean failed, long writtenFiles) {}

  @Test
  void missingSpecIsReportedOnTheAnnotation() throws IOException {
    Result result = compile("openapi/no-such-spec.yaml", "com.example.pets");

    Diagnostic<? extends JavaFileObject> error = onlyError(result);
    assertThat(error.getMessage(Locale.ROOT))
        .startsWith("[RG001] #: spec \"openapi/no-such-spec.yaml\" not found");
    assertThat(error.getLineNumber()).isEqualTo(ANNOTATION_LINE);
    assertThat(result.writtenFiles()).isZero();
  }

  @Test
  void danglingReferenceIsReportedWithItsPointerAndNothingIsGenerated() throws IOException {
    Result result = compile("dangling-ref.yaml", "com.example.pets");

    Diagnostic<? extends JavaFileObject> error = onlyError(result);
    assertThat(error.getMessage(Locale.ROOT))
        .isEqualTo(
            "[RG010] #/paths/~1pets/get/responses/200/content/application~1json/schema/$ref: "
                + "$ref \"#/components/schemas/Pet\" points to nothing");
    assertThat(error.getLineNumber()).isEqualTo(ANNOTATION_LINE);
    assertThat(result.writtenFiles()).isZero();
  }

  @Test
  void invalidPackageIsReportedAndNothingIsGenerated() throws IOException {
    Result result = compile("openapi/backup-api.yaml", "com.example.class");

    Diagnostic<? extends JavaFileObject> error = onlyError(result);
    assertThat(error.getMessage(Locale.ROOT))
        .isEqualTo("[RG041] #: \"com.example.class\" is not a valid Java package name");
    assertThat(error.getLineNumber()).isEqualTo(ANNOTATION_LINE);
    assertThat(result.writtenFiles()).isZero();
  }

  @Test
  void specRootCannotBeLeft() throws IOException {
    Result result = compile("../golden/backup-api/expected/x.yaml", "com.example.pets");

    assertThat(onlyError(result).getMessage(Locale.ROOT))
        .startsWith("[RG002] #: spec \"../golden/backup-api/expected/x.yaml\" cannot be read: ")
        .contains("leaves the spec root");
  }

  @Test
  void aLimitThatIsNoNumberIsReportedWithItsOption() throws IOException {
    Result result =
        compile("openapi/backup-api.yaml", "com.example.pets", "-Arecordgen.maxSpecBytes=x");

    Diagnostic<? extends JavaFileObject> error = onlyError(result);
    assertThat(error.getMessage(Locale.ROOT))
        .isEqualTo(
            "[RG042] #: -Arecordgen.maxSpecBytes=x is not valid: the value must be a whole number");
    assertThat(error.getLineNumber()).isEqualTo(ANNOTATION_LINE);
    assertThat(result.writtenFiles()).isZero();
  }

  @Test
  void aLimitOfZeroIsReportedWithTheRangeItMustBeIn() throws IOException {
    Result result =
        compile("openapi/backup-api.yaml", "com.example.pets", "-Arecordgen.maxSpecBytes=0");

    assertThat(onlyError(result).getMessage(Locale.ROOT))
        .isEqualTo(
            "[RG042] #: -Arecordgen.maxSpecBytes=0 is not valid: the value must be a whole number"
                + " from 1 to 9223372036854775807");
    assertThat(result.writtenFiles()).isZero();
  }

  @Test
  void everyBadOptionIsReportedAtOnce() throws IOException {
    Result result =
        compile(
            "openapi/backup-api.yaml",
            "com.example.pets",
            "-Arecordgen.maxDepth=-3",
            "-Arecordgen.verbose=yes");

    assertThat(result.failed()).isTrue();
    assertThat(result.errors())
        .extracting(d -> d.getMessage(Locale.ROOT))
        .containsExactly(
            "[RG042] #: -Arecordgen.maxDepth=-3 is not valid: the value must be a whole number"
                + " from 1 to 2147483647",
            "[RG042] #: -Arecordgen.verbose=yes is not valid: the value must be true or false");
  }

  @Test
  void aSwagger2DefectIsAWarningAndTheClientIsGeneratedUnlessStrict() throws IOException {
    DiskCompilation.Result lenient =
        DiskCompilation.compile(output.resolve("lenient"), "swagger-defect.yaml", "com.example.t");

    assertThat(lenient.failed()).isFalse();
    assertThat(lenient.writtenFiles()).isPositive();
    assertThat(lenient.messages(Diagnostic.Kind.WARNING))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("[RG009] #/definitions/Thing/properties/tags: ")
                    .contains("items may be any JSON value"));

    DiskCompilation.Result strict =
        DiskCompilation.compile(
            output.resolve("strict"),
            "swagger-defect.yaml",
            "com.example.t",
            "-Arecordgen.strict=true");
    assertThat(strict.failed()).isTrue();
    assertThat(strict.messages(Diagnostic.Kind.ERROR))
        .singleElement()
        .satisfies(m -> assertThat(m).startsWith("[RG005] #/definitions/Thing/properties/tags: "));
    assertThat(strict.writtenFiles()).isZero();
  }

  @Test
  void overlaysApplyBeforeTheSpecIsReadAndAMissIsALocatedWarning() throws IOException {
    DiskCompilation.Result done =
        DiskCompilation.compileAnnotated(
            output,
            "spec = \"renames.yaml\", packageName = \"com.example.r\","
                + " overlays = {\"pets-overlay.yaml\"}");

    assertThat(done.failed()).isFalse();
    assertThat(done.messages(Diagnostic.Kind.WARNING))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("[RG046] #/actions/1/target: overlay pets-overlay.yaml: target")
                    .contains("matches nothing"));
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.walk(done.generated())) {
      assertThat(
              files
                  .filter(f -> f.getFileName().toString().equals("Thing.java"))
                  .map(f -> readString(f))
                  .toList())
          .singleElement()
          .satisfies(text -> assertThat(text).contains("addedByOverlay"));
    }

    DiskCompilation.Result missing =
        DiskCompilation.compileAnnotated(
            output.resolve("missing"),
            "spec = \"renames.yaml\", packageName = \"com.example.r\","
                + " overlays = {\"no-such-overlay.yaml\"}");
    assertThat(missing.failed()).isTrue();
    assertThat(missing.messages(Diagnostic.Kind.ERROR))
        .singleElement()
        .satisfies(m -> assertThat(m).startsWith("[RG001] #: overlay \"no-such-overlay.yaml\""));
  }

  private static String readString(java.nio.file.Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Result compile(String spec, String packageName, String... options) throws IOException {
    DiskCompilation.Result done = DiskCompilation.compile(output, spec, packageName, options);
    return new Result(done.ofKind(Diagnostic.Kind.ERROR), done.failed(), done.writtenFiles());
  }

  private static Diagnostic<? extends JavaFileObject> onlyError(Result result) {
    assertThat(result.failed()).isTrue();
    assertThat(result.errors()).as("%s", result.errors()).hasSize(1);
    return result.errors().get(0);
  }
}
