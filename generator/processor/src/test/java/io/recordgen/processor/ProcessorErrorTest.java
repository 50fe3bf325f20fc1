package io.recordgen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input fails the compilation with the diagnostic on the annotated element (line 5 of the
 * source below, where {@code @GenerateClient} is) and generates nothing. These tests run javac
 * through {@code javax.tools} with real output folders, because the check that nothing was
 * generated must look at the disk after a failed compilation.
 */
class ProcessorErrorTest {
  private static final long ANNOTATION_LINE = 5;

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

  private Result compile(String spec, String packageName) throws IOException {
    String source =
        String.join(
            "\n",
            "package com.example;",
            "",
            "import io.recordgen.runtime.GenerateClient;",
            "",
            "@GenerateClient(spec = \"" + spec + "\", packageName = \"" + packageName + "\")",
            "final class Client {}");
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///com/example/Client.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path sources = Files.createDirectories(output.resolve("generated"));
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              new StringWriter(),
              files,
              diagnostics,
              List.of(
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-d",
                  classes.toString(),
                  "-s",
                  sources.toString(),
                  "-Arecordgen.specRoot=src/test/resources/broken"),
              null,
              List.of(file));
      task.setProcessors(List.of(new RecordgenProcessor()));
      ok = task.call();
    }
    long written;
    try (Stream<Path> walk = Files.walk(output)) {
      written = walk.filter(Files::isRegularFile).count();
    }
    List<Diagnostic<? extends JavaFileObject>> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .toList();
    return new Result(errors, !ok, written);
  }

  private static Diagnostic<? extends JavaFileObject> onlyError(Result result) {
    assertThat(result.failed()).isTrue();
    assertThat(result.errors()).as("%s", result.errors()).hasSize(1);
    return result.errors().get(0);
  }
}
