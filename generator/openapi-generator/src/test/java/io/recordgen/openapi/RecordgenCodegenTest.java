package io.recordgen.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConfigLoader;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * OpenAPI Generator with {@code recordgen-java}, in process and as its own CLI, writes byte for
 * byte what Recordgen's core generates.
 */
class RecordgenCodegenTest {
  private static final Path SPEC = Path.of("..", "..", "spec", "backup-api.yaml");
  private static final String PACKAGE = "io.recordgen.samples.backup";

  @TempDir Path output;

  private static Map<String, String> expected() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (SourceFile file :
        Recordgen.generate(
                new SpecSource("backup-api.yaml", Files.readAllBytes(SPEC), SPEC.getParent()),
                GeneratorOptions.of(PACKAGE))
            .files()) {
      files.put(file.relativePath(), file.content());
    }
    return files;
  }

  private static Map<String, String> java(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        files.put(
            root.relativize(path).toString().replace(File.separatorChar, '/'),
            Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void isRegisteredUnderItsName() {
    assertThat(CodegenConfigLoader.forName("recordgen-java")).isInstanceOf(RecordgenCodegen.class);
  }

  @Test
  void aSecondRunDeletesTheFilesOfTypesThatLeftTheSpec() throws Exception {
    Path stale = output.resolve("src/main/java/io/recordgen/samples/backup/api/GoneInput.java");
    Path mine = output.resolve("src/main/java/io/recordgen/samples/backup/Mine.java");
    generate();
    Files.writeString(stale, "class GoneInput {}");
    Files.writeString(mine, "class Mine {}");
    Files.writeString(
        output.resolve(RecordgenCodegen.MANIFEST),
        Files.readString(output.resolve(RecordgenCodegen.MANIFEST))
            + stale.toAbsolutePath().normalize()
            + "\n");

    generate();

    assertThat(stale).doesNotExist();
    assertThat(mine).as("a file the generator never wrote stays").exists();
    Files.delete(mine);
    assertThat(java(output.resolve("src/main/java"))).isEqualTo(expected());
  }

  private void generate() {
    new DefaultGenerator()
        .opts(
            new CodegenConfigurator()
                .setGeneratorName("recordgen-java")
                .setInputSpec(SPEC.toAbsolutePath().toString())
                .setOutputDir(output.toString())
                .addAdditionalProperty("packageName", PACKAGE)
                .toClientOptInput())
        .generate();
  }

  @Test
  void theGeneratorWritesTheCoresFilesByteForByte() throws Exception {
    ClientOptInput input =
        new CodegenConfigurator()
            .setGeneratorName("recordgen-java")
            .setInputSpec(SPEC.toAbsolutePath().toString())
            .setOutputDir(output.toString())
            .addAdditionalProperty("packageName", PACKAGE)
            .toClientOptInput();

    new DefaultGenerator().opts(input).generate();

    assertThat(java(output.resolve("src/main/java"))).isEqualTo(expected());
    assertThat(java(output)).hasSameSizeAs(expected());
  }

  @Test
  void errorsFailTheRunWithTheirPointersAndWriteNothing() throws Exception {
    Path broken = output.resolve("broken.yaml");
    Files.writeString(
        broken,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
            + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n");
    ClientOptInput input =
        new CodegenConfigurator()
            .setGeneratorName("recordgen-java")
            .setInputSpec(broken.toString())
            .setValidateSpec(false)
            .setOutputDir(output.resolve("out").toString())
            .addAdditionalProperty("packageName", PACKAGE)
            .toClientOptInput();

    assertThatThrownBy(() -> new DefaultGenerator().opts(input).generate())
        .hasStackTraceContaining("[RG010] #/components/schemas/A/$ref");
    assertThat(output.resolve("out/src")).doesNotExist();
  }

  @Test
  void theOpenApiGeneratorCliWithThePlugInOnItsClassPathWritesTheSameFiles() throws Exception {
    Path cli = Path.of("target", "cli", "openapi-generator-cli.jar");
    List<String> classpath = new ArrayList<>();
    classpath.add(cli.toAbsolutePath().toString());
    for (Class<?> type :
        List.of(
            RecordgenCodegen.class,
            Recordgen.class,
            com.palantir.javapoet.JavaFile.class,
            org.jspecify.annotations.Nullable.class)) {
      classpath.add(location(type));
    }
    Process process =
        new ProcessBuilder(
                javaCommand(),
                "-cp",
                String.join(File.pathSeparator, classpath),
                "org.openapitools.codegen.OpenAPIGenerator",
                "generate",
                "-g",
                "recordgen-java",
                "-i",
                SPEC.toAbsolutePath().toString(),
                "-o",
                output.toString(),
                "-p",
                "packageName=" + PACKAGE)
            .redirectErrorStream(true)
            .start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(log).isZero();
    assertThat(java(output.resolve("src/main/java"))).isEqualTo(expected());
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A spec with a custom format, a schema to map and a property to rename. */
  private static final String MAPPED =
      String.join(
          "\n",
          "openapi: 3.0.3",
          "info: {title: T, version: '1'}",
          "paths:",
          "  /invoices:",
          "    get:",
          "      operationId: listInvoices",
          "      responses:",
          "        '200':",
          "          description: ok",
          "          content:",
          "            application/json:",
          "              schema: {$ref: '#/components/schemas/Invoice'}",
          "components:",
          "  schemas:",
          "    Invoice:",
          "      type: object",
          "      properties:",
          "        contact: {type: string, format: email}",
          "        total: {$ref: '#/components/schemas/Money'}",
          "        begin_time: {type: string}",
          "    Money:",
          "      type: object",
          "      properties:",
          "        amount: {type: string}",
          "");

  @Test
  void openApiGeneratorsOwnMappingsGiveWhatTheSameRecordgenConfigurationGives() throws Exception {
    Path spec = output.resolve("mapped.yaml");
    Files.writeString(spec, MAPPED);
    Path config = output.resolve("recordgen.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "types:",
            "  formats: {email: com.acme.Email}",
            "  schemas: {Money: com.acme.Money}",
            "names:",
            "  properties: {'*': {begin_time: startedAt}}",
            ""));
    new DefaultGenerator()
        .opts(
            new CodegenConfigurator()
                .setGeneratorName("recordgen-java")
                .setInputSpec(spec.toString())
                .setOutputDir(output.resolve("mappings").toString())
                .addAdditionalProperty("packageName", "com.example.m")
                .addTypeMapping("string+email", "Email")
                .addImportMapping("Email", "com.acme.Email")
                .addSchemaMapping("Money", "com.acme.Money")
                .addNameMapping("begin_time", "startedAt")
                .toClientOptInput())
        .generate();
    new DefaultGenerator()
        .opts(
            new CodegenConfigurator()
                .setGeneratorName("recordgen-java")
                .setInputSpec(spec.toString())
                .setOutputDir(output.resolve("file").toString())
                .addAdditionalProperty("packageName", "com.example.m")
                .addAdditionalProperty("recordgenConfig", config.toString())
                .toClientOptInput())
        .generate();

    Map<String, String> mapped = java(output.resolve("mappings/src/main/java"));
    assertThat(mapped).isEqualTo(java(output.resolve("file/src/main/java")));
    assertThat(mapped).doesNotContainKey("com/example/m/model/Money.java");
    assertThat(mapped.get("com/example/m/model/Invoice.java"))
        .contains("import com.acme.Email;", "import com.acme.Money;", "String startedAt");
  }

  @Test
  void anOptionTheGeneratorCannotHonourIsAnErrorNotIgnored() throws Exception {
    Path spec = output.resolve("mapped.yaml");
    Files.writeString(spec, MAPPED);

    assertThatThrownBy(
            () ->
                new DefaultGenerator()
                    .opts(
                        new CodegenConfigurator()
                            .setGeneratorName("recordgen-java")
                            .setInputSpec(spec.toString())
                            .setOutputDir(output.toString())
                            .addAdditionalProperty("packageName", "com.example.m")
                            .addAdditionalProperty("dateLibrary", "legacy")
                            .toClientOptInput())
                    .generate())
        .hasMessageContaining("[RG042]")
        .hasMessageContaining("cannot honour the options [dateLibrary]");
    assertThatThrownBy(
            () ->
                new DefaultGenerator()
                    .opts(
                        new CodegenConfigurator()
                            .setGeneratorName("recordgen-java")
                            .setInputSpec(spec.toString())
                            .setOutputDir(output.toString())
                            .addAdditionalProperty("packageName", "com.example.m")
                            .addTypeMapping("string", "CharSequence")
                            .addParameterNameMapping("id", "identifier")
                            .toClientOptInput())
                    .generate())
        .hasMessageContaining("[RG047] #/typeMappings/string:")
        .hasMessageContaining("maps a plain type")
        .hasMessageContaining("[RG047] #/parameterNameMappings:");
    assertThat(output.resolve("src")).doesNotExist();
  }
}
