package io.recordgen.generator.load;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of a spec and where they came from.
 *
 * @param name a display name for messages and generated comments, such as {@code backup-api.yaml}
 * @param content the raw bytes
 * @param directory the folder relative {@code $ref}s resolve against, if the spec is a file
 */
public record SpecSource(String name, byte[] content, @Nullable Path directory) {

  public SpecSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SpecSource that
        && name.equals(that.name)
        && java.util.Arrays.equals(content, that.content)
        && Objects.equals(directory, that.directory);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + java.util.Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "SpecSource[" + name + ", " + content.length + " bytes]";
  }
}
