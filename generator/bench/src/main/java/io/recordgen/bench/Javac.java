package io.recordgen.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Lines of generated code, and the time javac takes on it, in this JVM. */
final class Javac {
  /**
   * The outcome.
   *
   * @param files Java files
   * @param lines their lines
   * @param codeLines lines that are neither blank nor only comment (what cloc calls code)
   * @param millis javac's time, or -1 when it did not compile
   * @param firstError the first error, when it did not compile
   */
  record Result(int files, long lines, long codeLines, long millis, String firstError) {
    Result withMillis(long value) {
      return new Result(files, lines, codeLines, value, firstError);
    }
  }

  private Javac() {}

  /** The Java sources under {@code root/src/main/java}. */
  static List<Path> sources(Path root) {
    Path main = root.resolve("src/main/java");
    try (Stream<Path> walk = Files.walk(main)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Physical lines and code lines of the files. */
  static long[] lines(List<Path> files) {
    long lines = 0;
    long code = 0;
    for (Path file : files) {
      try {
        boolean inComment = false;
        for (String raw : Files.readAllLines(file)) {
          lines++;
          String line = raw.strip();
          if (inComment) {
            int end = line.indexOf("*/");
            if (end < 0) {
              continue;
            }
            inComment = false;
            line = line.substring(end + 2).strip();
          }
          if (line.startsWith("/*")) {
            inComment = !line.contains("*/");
            continue;
          }
          if (!line.isEmpty() && !line.startsWith("//")) {
            code++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new long[] {lines, code};
  }

  /** Compiles with this JVM's class path (Jackson, the runtime, jakarta.annotation ...). */
  static Result compile(Path root) {
    List<Path> files = sources(root);
    long[] lines = lines(files);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager standard =
            compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
        ForwardingJavaFileManager<StandardJavaFileManager> discarding =
            new ForwardingJavaFileManager<>(standard) {
              @Override
              public JavaFileObject getJavaFileForOutput(
                  Location location,
                  String className,
                  JavaFileObject.Kind kind,
                  FileObject sibling) {
                return new SimpleJavaFileObject(
                    URI.create("discard:///" + className + kind.extension), kind) {
                  @Override
                  public OutputStream openOutputStream() {
                    return OutputStream.nullOutputStream();
                  }
                };
              }
            }) {
      List<String> options =
          new ArrayList<>(
              List.of(
                  "--release",
                  "17",
                  "-proc:none",
                  "-nowarn",
                  "-encoding",
                  "UTF-8",
                  "-classpath",
                  System.getProperty("java.class.path")));
      ok =
          compiler
              .getTask(
                  null,
                  discarding,
                  diagnostics,
                  options,
                  null,
                  standard.getJavaFileObjectsFromPaths(files))
              .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String firstError =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
            .map(
                d ->
                    (d.getSource() == null
                            ? ""
                            : Path.of(d.getSource().getName()).getFileName()
                                + ":"
                                + d.getLineNumber()
                                + " ")
                        + d.getMessage(Locale.ROOT))
            .findFirst()
            .orElse("");
    return new Result(files.size(), lines[0], lines[1], ok ? millis : -1, firstError);
  }
}
