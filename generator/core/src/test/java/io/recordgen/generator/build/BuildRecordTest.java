package io.recordgen.generator.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record a build keeps of one generation, and what it notices on its own. */
class BuildRecordTest {
  @TempDir Path folder;

  private static BuildRecord sample(List<GeneratorJar> jars, List<BuildRecord.FileInput> files) {
    return new BuildRecord(
        "openapi/a b\tc\\d.yaml",
        "00ff",
        "recordgen.verbose=;",
        jars,
        files,
        List.of("com.example.api.PetsApi", "com.example.model.package-info"),
        "/specs\nroot",
        "com/example/package-info.class");
  }

  @Test
  void aRecordReadsBackAsWrittenWhateverItsValuesHold() {
    BuildRecord record =
        sample(
            List.of(new GeneratorJar("/m2/recordgen core.jar", 123, 456)),
            List.of(new BuildRecord.FileInput("/specs/common.yaml", "abcd")));

    assertThat(BuildRecord.parse(record.write())).isEqualTo(record);
    assertThat(record.write())
        .startsWith("recordgen-build-record\t1\nspec\topenapi/a b\\tc\\\\d.yaml\n");
  }

  @Test
  void textThatIsNoRecordOfThisVersionIsNone() {
    assertThat(BuildRecord.parse("")).isNull();
    assertThat(BuildRecord.parse("recordgen-build-record\t2\nspec\tx\n")).isNull();
    assertThat(BuildRecord.parse("recordgen-build-record\t1\nspec\tx\n")).isNull();
    assertThat(
            BuildRecord.parse(
                "recordgen-build-record\t1\nspec\tx\nspec-sha256\ty\noptions\t\ncolour\tred\n"))
        .isNull();
    assertThat(
            BuildRecord.parse(
                "recordgen-build-record\t1\nspec\tx\nspec-sha256\ty\noptions\t\ngenerator\tz\n"))
        .isNull();
    assertThat(BuildRecord.read(folder.resolve("missing"))).isNull();
  }

  @Test
  void aChangedExternalFileOrGeneratorJarIsNoticed() throws IOException {
    Path common = Files.writeString(folder.resolve("common.yaml"), "a: 1\n");
    Path jar = Files.write(folder.resolve("core.jar"), new byte[] {1, 2, 3});
    BuildRecord record =
        sample(
            List.of(GeneratorJar.read(jar)),
            List.of(new BuildRecord.FileInput(common.toString(), Digests.sha256(common))));
    assertThat(record.changedFiles()).isEmpty();

    Files.writeString(common, "a: 2\n");
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));

    assertThat(record.changedFiles())
        .containsExactly(
            "the external document " + common + " changed",
            "the generator jar " + jar + " changed");
    Files.delete(jar);
    assertThat(record.changedFiles()).hasSize(2);
  }

  @Test
  void aGenerationsRecordHasTheSpecsDigestItsExternalFilesAndItsTypes() throws IOException {
    Files.writeString(
        folder.resolve("common.yaml"),
        "components:\n  schemas:\n    Money: {type: object, properties: {amount: {type: integer}}}\n");
    byte[] spec =
        """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            Order:
              type: object
              properties:
                total: {$ref: 'common.yaml#/components/schemas/Money'}
        """
            .getBytes(StandardCharsets.UTF_8);
    GeneratorOptions options =
        new GeneratorOptions(
            "com.example", LoadOptions.defaults().withExternalRefAllowlist(List.of("common.yaml")));
    GenerationResult result =
        Recordgen.generate(new SpecSource("spec.yaml", spec, folder), options);

    BuildRecord record =
        BuildRecord.of("spec.yaml", spec, options.fingerprint(), result, List.of(), null, null);

    assertThat(record.specSha256()).isEqualTo(Digests.sha256(spec)).hasSize(64);
    assertThat(record.external())
        .containsExactly(
            new BuildRecord.FileInput(
                folder.resolve("common.yaml").toString(),
                Digests.sha256(folder.resolve("common.yaml"))));
    assertThat(record.types()).contains("com.example.model.Order", "com.example.model.Money");
  }

  @Test
  void processorOptionsAreCompared() {
    assertThat(
            ProcessorArguments.fingerprint(
                ProcessorArguments.fromCompilerArguments(
                    List.of(
                        "-Xlint:all",
                        "-Arecordgen.verbose",
                        " -Arecordgen.specRoot=/a=b ",
                        "-Aother=1",
                        "-A",
                        "-Arecordgen.maxDepth=1",
                        "-Arecordgen.maxDepth=2"))))
        .isEqualTo("recordgen.maxDepth=2;recordgen.specRoot=/a=b;recordgen.verbose=;");
    assertThat(ProcessorArguments.fingerprint(Map.of("recordgen.maxDepth", " 2 ")))
        .isEqualTo("recordgen.maxDepth=2;");
  }
}
