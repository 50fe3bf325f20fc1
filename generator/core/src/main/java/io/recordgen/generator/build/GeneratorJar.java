package io.recordgen.generator.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One jar of the generator that ran, told apart from another build of it by its size and time.
 * A SNAPSHOT keeps its version and path from one build to the next, so the version alone would
 * find a newer generator's output up to date.
 *
 * @param path the jar's absolute path
 * @param size its size in bytes
 * @param modified its modification time in milliseconds
 */
public record GeneratorJar(String path, long size, long modified) {

  /** The jars the given classes were loaded from, in order, without repeats; none for folders. */
  public static List<GeneratorJar> of(Class<?>... classes) {
    Set<Path> jars = new LinkedHashSet<>();
    for (Class<?> type : classes) {
      try {
        var source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
          Path path = Path.of(source.getLocation().toURI()).toAbsolutePath();
          if (Files.isRegularFile(path)) {
            jars.add(path);
          }
        }
      } catch (URISyntaxException | RuntimeException e) {
        // not loaded from a file: nothing to tell builds apart by
      }
    }
    List<GeneratorJar> result = new ArrayList<>();
    for (Path jar : jars) {
      GeneratorJar read = read(jar);
      if (read != null) {
        result.add(read);
      }
    }
    return result;
  }

  /** The jar at {@code path} as it is now, or {@code null} if it cannot be read. */
  public static @org.jspecify.annotations.Nullable GeneratorJar read(Path path) {
    try {
      return new GeneratorJar(
          path.toString(), Files.size(path), Files.getLastModifiedTime(path).toMillis());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether the jar is still there, unchanged. */
  public boolean unchanged() {
    return this.equals(read(Path.of(path)));
  }
}
