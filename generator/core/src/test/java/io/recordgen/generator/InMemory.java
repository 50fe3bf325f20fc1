package io.recordgen.generator;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.recordgen.generator.emit.SourceFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles generated sources in memory as users compile them ({@code --release 17 -Xlint:all
 * -Werror}, against the runtime's core and jackson-annotations only) and loads the classes, with
 * the test class path (runtime, both JSON codecs) as parent.
 */
public final class InMemory {
  private InMemory() {}

  /** Compiles {@code files}. */
  public static Compilation compile(List<SourceFile> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (SourceFile file : files) {
      sources.add(JavaFileObjects.forSourceString(file.qualifiedName(), file.content()));
    }
    return compileSources(sources);
  }

  /**
   * Compiles source file objects with the options of every test, against what generated code
   * may depend on and nothing else: the runtime's core, {@code jackson-annotations} (which Jackson
   * 2 and 3 share) and JSpecify. Neither Jackson's databind is on this class path, so generated
   * code that named either would not compile.
   */
  public static Compilation compileSources(List<JavaFileObject> sources) {
    return Compiler.javac()
        .withOptions("--release", "17", "-Xlint:all", "-Werror", "-proc:none")
        .withClasspath(GENERATED_CODE_CLASS_PATH)
        .compile(sources);
  }

  /** Where the runtime's core, jackson-annotations and JSpecify are. */
  private static final List<File> GENERATED_CODE_CLASS_PATH =
      List.of(
          location(io.recordgen.runtime.ApiClient.class),
          location(com.fasterxml.jackson.annotation.JsonProperty.class),
          location(org.jspecify.annotations.Nullable.class));

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The errors of a failed compilation, one per line, at most {@code most}. */
  public static String errors(Compilation compilation, int most) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .limit(most)
        .map(Object::toString)
        .collect(Collectors.joining("\n"));
  }

  /** A class loader over the classes a successful compilation wrote. */
  public static ClassLoader load(Compilation compilation) {
    Map<String, byte[]> classes = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name =
          file.toUri()
              .getPath()
              .replaceFirst("^/CLASS_OUTPUT/", "")
              .replaceAll("\\.class$", "")
              .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(InMemory.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
