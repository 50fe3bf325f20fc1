package io.recordgen.maven;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Removes what a generation left behind: the sources and class files of generated types, so that
 * a type that left the spec does not compile on from an older build, and a changed one is
 * compiled again whatever the compiler plugin's own staleness check decides.
 */
final class GeneratedOutput {
  private GeneratedOutput() {}

  /**
   * Deletes {@code <root>/<type path>.java} for each type.
   *
   * @return how many files were deleted
   */
  static int deleteSources(Path root, Collection<String> types) throws IOException {
    int deleted = 0;
    for (String type : types) {
      if (Files.deleteIfExists(inside(root, type.replace('.', '/') + ".java"))) {
        deleted++;
      }
    }
    return deleted;
  }

  /**
   * Deletes the class files of each type under {@code classes}: the type's own and those of its
   * nested and anonymous classes ({@code Type$*.class}).
   *
   * @return how many files were deleted
   */
  static int deleteClasses(Path classes, Collection<String> types) throws IOException {
    int deleted = 0;
    for (String type : types) {
      Path file = inside(classes, type.replace('.', '/') + ".class");
      if (Files.deleteIfExists(file)) {
        deleted++;
      }
      Path folder = file.getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        continue;
      }
      String nested = type.substring(type.lastIndexOf('.') + 1) + "$";
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, nested + "*.class")) {
        for (Path each : files) {
          Files.delete(each);
          deleted++;
        }
      }
    }
    return deleted;
  }

  /** A path under {@code root}; a name that would leave it is refused. */
  static Path inside(Path root, String relative) throws IOException {
    Path resolved = root.resolve(relative).normalize();
    if (!resolved.startsWith(root.normalize())) {
      throw new IOException("refusing to touch a file outside " + root + ": " + relative);
    }
    return resolved;
  }
}
