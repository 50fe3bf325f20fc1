package io.recordgen.bench;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** The three things measured, each from the spec file to its result. */
enum Tools {
  /** Recordgen: generate, then write the files. */
  RECORDGEN("recordgen") {
    @Override
    int run(Path spec, Path out) throws IOException {
      return write(generate(spec), out);
    }
  },
  /** OpenAPI Generator's {@code java} generator with library {@code native}, in this JVM. */
  OPENAPI_GENERATOR("openapi-generator") {
    @Override
    int run(Path spec, Path out) {
      CodegenConfigurator configurator =
          new CodegenConfigurator()
              .setGeneratorName("java")
              .setLibrary("native")
              .setInputSpec(spec.toString())
              .setOutputDir(out.toString())
              .setValidateSpec(false)
              .setApiPackage("bench.generated.api")
              .setModelPackage("bench.generated.model")
              .setInvokerPackage("bench.generated");
      ClientOptInput input = configurator.toClientOptInput();
      List<java.io.File> files = new DefaultGenerator().opts(input).generate();
      return files.size();
    }
  },
  /** Swagger Parser reading the document into its model, and nothing else. */
  SWAGGER_PARSER("swagger-parser") {
    @Override
    int run(Path spec, Path out) throws IOException {
      OpenAPI api =
          new OpenAPIV3Parser()
              .readContents(
                  Files.readString(spec, StandardCharsets.UTF_8), null, new ParseOptions())
              .getOpenAPI();
      if (api == null) {
        throw new IllegalStateException("Swagger Parser read no model from " + spec);
      }
      return api.getPaths() == null ? 0 : api.getPaths().size();
    }
  };

  private final String label;

  Tools(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static Tools of(String label) {
    for (Tools tool : values()) {
      if (tool.label.equals(label)) {
        return tool;
      }
    }
    throw new IllegalArgumentException("unknown tool " + label);
  }

  /**
   * Runs once.
   *
   * @param spec the spec file
   * @param out an empty folder for the output
   * @return files written (or paths read)
   */
  abstract int run(Path spec, Path out) throws IOException;

  /** Recordgen's files for a spec, rendered but not written. */
  static List<SourceFile> generate(Path spec) throws IOException {
    GenerationResult result =
        Recordgen.generate(
            new SpecSource(
                spec.getFileName().toString(), Files.readAllBytes(spec), spec.getParent()),
            GeneratorOptions.of("bench.generated"));
    if (result.hasErrors()) {
      throw new IllegalStateException("Recordgen refused " + spec + ": " + result.errors());
    }
    return result.files();
  }

  /**
   * Writes rendered files under {@code out/src/main/java}, as every route does.
   *
   * @return the number of files
   */
  static int write(List<SourceFile> files, Path out) throws IOException {
    Path root = out.resolve("src/main/java");
    for (SourceFile file : files) {
      Path target = root.resolve(file.relativePath());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content(), StandardCharsets.UTF_8);
    }
    return files.size();
  }

  /** Deletes a folder and everything in it. */
  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
