package io.recordgen.generator;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.recordgen.generator.emit.SourceFile;
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
 * -Werror}) and loads the classes, with the test class path (runtime, Jackson) as parent.
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

  /** Compiles source file objects with the options of every test. */
  public static Compilation compileSources(List<JavaFileObject> sources) {
    return Compiler.javac()
        .withOptions("--release", "17", "-Xlint:all", "-Werror", "-proc:none")
        .compile(sources);
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
