package io.recordgen.processor;

import io.recordgen.generator.load.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * Finds a spec: as a resource on the compile classpath (a spec jar, or {@code target/classes}
 * after resources were copied), then as a file under the {@code recordgen.specRoot} directory.
 * A file name that leaves that directory is refused.
 */
final class SpecLocator {
  /** Where a lookup ended. */
  sealed interface Found {
    /** The spec was read. */
    record Spec(SpecSource source) implements Found {}

    /** The spec was not found; {@code searched} says where it was looked for. */
    record Missing(String searched) implements Found {}

    /** The spec exists but could not be read. */
    record Unreadable(String reason) implements Found {}
  }

  private final Filer filer;
  private final @Nullable String specRoot;
  private final long maxBytes;

  SpecLocator(Filer filer, @Nullable String specRoot, long maxBytes) {
    this.filer = filer;
    this.specRoot = specRoot;
    this.maxBytes = maxBytes;
  }

  Found find(String name) {
    String resource = name.startsWith("/") ? name.substring(1) : name;
    for (StandardLocation location :
        new StandardLocation[] {StandardLocation.CLASS_PATH, StandardLocation.CLASS_OUTPUT}) {
      byte[] bytes = readResource(location, resource);
      if (bytes != null) {
        return new Found.Spec(new SpecSource(fileName(resource), bytes, null));
      }
    }
    if (specRoot == null) {
      return new Found.Missing(
          "the compile class path (set -Arecordgen.specRoot=<dir> to read a" + " file instead)");
    }
    Path root = Path.of(specRoot).toAbsolutePath().normalize();
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root)) {
      return new Found.Unreadable("\"" + name + "\" leaves the spec root " + root);
    }
    try {
      if (Files.size(file) > maxBytes) {
        return new Found.Unreadable(file + " is larger than " + maxBytes + " bytes");
      }
      return new Found.Spec(
          new SpecSource(
              file.getFileName().toString(), Files.readAllBytes(file), file.getParent()));
    } catch (NoSuchFileException e) {
      return new Found.Missing("the compile class path and " + root);
    } catch (IOException e) {
      return new Found.Unreadable(file + ": " + e.getMessage());
    }
  }

  private byte @Nullable [] readResource(StandardLocation location, String resource) {
    int slash = resource.lastIndexOf('/');
    String pkg = slash < 0 ? "" : resource.substring(0, slash).replace('/', '.');
    String relative = slash < 0 ? resource : resource.substring(slash + 1);
    try {
      FileObject object = filer.getResource(location, pkg, relative);
      try (InputStream in = object.openInputStream()) {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return null; // not at this location
    }
  }

  private static String fileName(String resource) {
    int slash = resource.lastIndexOf('/');
    return slash < 0 ? resource : resource.substring(slash + 1);
  }
}
