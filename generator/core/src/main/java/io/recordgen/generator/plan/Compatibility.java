package io.recordgen.generator.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What generated code tells the runtime about itself: the runtime level it needs (the runtime's
 * {@code RuntimeLevel.CURRENT} when this generator was built; a test holds the two together) and
 * the generator's version, for the message when the runtime is older.
 */
public final class Compatibility {
  /** The runtime level generated code needs. */
  public static final int RUNTIME_LEVEL = 2;

  private static final String VERSION = readVersion();

  private Compatibility() {}

  /** This generator's version. */
  public static String generatorVersion() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in =
        Compatibility.class.getResourceAsStream("/io/recordgen/generator/generator.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
