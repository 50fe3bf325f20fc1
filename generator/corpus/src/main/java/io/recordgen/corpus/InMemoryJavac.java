package io.recordgen.corpus;

import io.recordgen.generator.emit.SourceFile;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in this JVM, with the flags generated code promises to pass: {@code
 * --release 17 -Xlint:all -Werror}. Class files are discarded.
 */
final class InMemoryJavac {
  /** The flags every generated source set must compile with. */
  static final List<String> FLAGS =
      List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8");

  /**
   * The outcome.
   *
   * @param success whether javac produced no error (warnings are errors under {@code -Werror})
   * @param messages the first messages javac printed, located
   * @param millis how long javac took
   */
  record Outcome(boolean success, List<String> messages, long millis) {}

  private final JavaCompiler compiler;
  private final String classPath;

  private InMemoryJavac(JavaCompiler compiler, String classPath) {
    this.compiler = compiler;
    this.classPath = classPath;
  }

  /** A compiler whose class path holds the runtime that generated code uses. */
  static InMemoryJavac forGeneratedCode() {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
    }
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type :
        List.of(
            io.recordgen.runtime.ApiClient.class,
            com.fasterxml.jackson.databind.ObjectMapper.class,
            com.fasterxml.jackson.annotation.JsonProperty.class,
            com.fasterxml.jackson.core.JsonParser.class,
            org.jspecify.annotations.Nullable.class)) {
      entries.add(location(type));
    }
    return new InMemoryJavac(compiler, String.join(File.pathSeparator, entries));
  }

  Outcome compile(List<SourceFile> files, int maxMessages) {
    if (files.isEmpty()) {
      return new Outcome(true, List.of(), 0);
    }
    List<JavaFileObject> units = new ArrayList<>(files.size());
    for (SourceFile file : files) {
      units.add(new Source(file));
    }
    List<String> options = new ArrayList<>(FLAGS);
    options.add("-classpath");
    options.add(classPath);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long start = System.nanoTime();
    boolean success;
    try (StandardJavaFileManager standard =
            compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
        Discarding manager = new Discarding(standard)) {
      success = compiler.getTask(null, manager, diagnostics, options, null, units).call();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (messages.size() == maxMessages) {
        break;
      }
      if (d.getKind() == Diagnostic.Kind.ERROR
          || d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        String where =
            d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
        messages.add(where + d.getMessage(Locale.ROOT));
      }
    }
    return new Outcome(success, messages, millis);
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A generated file as javac input. */
  private static final class Source extends SimpleJavaFileObject {
    private final String content;

    Source(SourceFile file) {
      super(URI.create("string:///" + file.relativePath()), Kind.SOURCE);
      this.content = file.content();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }

  /** Throws class files away: only whether the sources compile matters. */
  private static final class Discarding extends ForwardingJavaFileManager<StandardJavaFileManager> {
    Discarding(StandardJavaFileManager manager) {
      super(manager);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(
          URI.create("discard:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return OutputStream.nullOutputStream();
        }
      };
    }
  }
}
