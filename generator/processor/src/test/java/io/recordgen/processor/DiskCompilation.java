package io.recordgen.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * Compiles one class annotated with {@code @GenerateClient} through {@code javax.tools} with real
 * output folders ({@code classes}, {@code generated}), so tests can look at the disk afterwards:
 * that nothing was written after an error, or what the build record says.
 */
final class DiskCompilation {
  /** The line of {@code @GenerateClient} in the compiled source. */
  static final long ANNOTATION_LINE = 5;

  /** A finished compilation. */
  record Result(
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      boolean failed,
      long writtenFiles,
      Path classes,
      Path generated) {

    List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
    }

    List<String> messages(Diagnostic.Kind kind) {
      return ofKind(kind).stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    }
  }

  private DiskCompilation() {}

  /** Compiles {@code com.example.Client} with the processor and the given extra options. */
  static Result compile(Path output, String spec, String packageName, String... options)
      throws IOException {
    return compileAnnotated(
        output, "spec = \"" + spec + "\", packageName = \"" + packageName + "\"", options);
  }

  /** Compiles {@code com.example.Client} annotated {@code @GenerateClient(<arguments>)}. */
  static Result compileAnnotated(Path output, String annotation, String... options)
      throws IOException {
    return compileAnnotated(output, annotation, java.util.Map.of(), options);
  }

  /**
   * Compiles {@code com.example.Client} annotated {@code @GenerateClient(<arguments>)}, with more
   * sources (by qualified class name) in the same compilation.
   */
  static Result compileAnnotated(
      Path output, String annotation, java.util.Map<String, String> more, String... options)
      throws IOException {
    String source =
        String.join(
            "\n",
            "package com.example;",
            "",
            "import io.recordgen.runtime.GenerateClient;",
            "",
            "@GenerateClient(" + annotation + ")",
            "final class Client {}");
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///com/example/Client.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    List<JavaFileObject> units = new ArrayList<>(List.of(file));
    more.forEach((name, text) -> units.add(source(name, text)));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path sources = Files.createDirectories(output.resolve("generated"));
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                "-s",
                sources.toString(),
                "-Arecordgen.specRoot=src/test/resources/specs"));
    arguments.addAll(List.of(options));
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(new StringWriter(), files, diagnostics, arguments, null, units);
      task.setProcessors(List.of(new RecordgenProcessor()));
      ok = task.call();
    }
    long written;
    try (Stream<Path> walk = Files.walk(output)) {
      written = walk.filter(Files::isRegularFile).count();
    }
    return new Result(diagnostics.getDiagnostics(), !ok, written, classes, sources);
  }

  private static JavaFileObject source(String qualifiedName, String text) {
    return new SimpleJavaFileObject(
        URI.create("string:///" + qualifiedName.replace('.', '/') + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
