package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users see of {@code recordgen-runtime}: only what they call stays in {@code
 * io.recordgen.runtime}; no exception can be constructed outside the runtime; the builder has no
 * test settings.
 */
class PublicApiTest {
  /** The public top-level types of a package of the runtime jar, by simple name. */
  private static List<Class<?>> publicTypes(String pkg) throws Exception {
    Path location =
        Path.of(ApiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    if (Files.isDirectory(location)) {
      collect(location.resolve(pkg.replace('.', '/')), pkg, types);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
        collect(jar.getPath(pkg.replace('.', '/')), pkg, types);
      }
    }
    return types;
  }

  private static void collect(Path folder, String pkg, List<Class<?>> into)
      throws IOException, ClassNotFoundException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - 6));
          if (Modifier.isPublic(type.getModifiers())) {
            into.add(type);
          }
        }
      }
    }
  }

  @Test
  void generatedCodesOwnTypesAreInSupportNotBesideWhatUsersCall() throws Exception {
    List<String> names =
        publicTypes("io.recordgen.runtime").stream().map(Class::getSimpleName).toList();
    assertThat(names)
        .doesNotContain(
            "ApiCall",
            "OperationSpec",
            "ResponseType",
            "Violations",
            "StringPattern",
            "HeaderValues",
            "Multipart",
            "RuntimeLevel",
            "AkSkSigner",
            "IamTokenProvider")
        .contains("ApiClient", "CallOptions", "ApiResponse", "ApiException", "Paged");
    assertThat(publicTypes("io.recordgen.runtime.support").stream().map(Class::getSimpleName))
        .contains("ApiCall", "OperationSpec", "ResponseType", "Violations", "Internals");
  }

  @Test
  void noExceptionOfTheRuntimeHasAPublicConstructor() throws Exception {
    List<Class<?>> exceptions = new ArrayList<>();
    for (String pkg : List.of("io.recordgen.runtime", "io.recordgen.runtime.jobs")) {
      publicTypes(pkg).stream().filter(Throwable.class::isAssignableFrom).forEach(exceptions::add);
    }
    assertThat(exceptions).hasSizeGreaterThan(25);
    for (Class<?> exception : exceptions) {
      for (Constructor<?> constructor : exception.getDeclaredConstructors()) {
        boolean open =
            Modifier.isPublic(constructor.getModifiers())
                || (Modifier.isProtected(constructor.getModifiers())
                    && exception != RecordgenException.class);
        assertThat(open).as("%s", constructor).isFalse();
      }
    }
  }

  @Test
  void theBuilderHasNoTestSettings() {
    List<String> methods =
        Arrays.stream(ApiClient.Builder.class.getMethods()).map(Method::getName).toList();
    assertThat(methods).doesNotContain("sleeper", "random", "clock", "language");
  }
}
