package io.recordgen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** The specs the benchmarks use, by short name. */
final class Specs {
  /** Short names and file names in the public corpus folder, largest last. */
  static final Map<String, String> CORPUS = new LinkedHashMap<>();

  static {
    CORPUS.put("pagerduty", "PagerDuty-api-schema-REST-openapiv3.json");
    CORPUS.put("box", "box-box-openapi-openapi.json");
    CORPUS.put("github", "octokit-openapi-api.github.com.json");
    CORPUS.put("stripe", "stripe-openapi-spec3.json");
    CORPUS.put("digitalocean", "digitalocean-openapi-DigitalOcean-public.v2-bundled.json");
  }

  /** Every spec name, the backup spec first. */
  static final String ALL = "backup,pagerduty,box,github,stripe,digitalocean";

  static final String SPECS_PROPERTY = "recordgen.bench.specs";
  static final String TMP_PROPERTY = "recordgen.bench.tmp";

  private Specs() {}

  /**
   * The folder of the public specs: {@code recordgen.bench.specs}, else {@code ../shared/specs}
   * of the working directory; absolute, so that JMH's forked JVMs find it too.
   */
  static Path corpusFolder() {
    return Path.of(System.getProperty(SPECS_PROPERTY, "../shared/specs"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * Where the tools write their output: {@code recordgen.bench.tmp}, else {@code /dev/shm} when
   * it is there, else the JVM's temporary folder. A memory file system keeps the disk's journal
   * and discards out of the numbers: on this machine, writing the same 1,400 files to ext4 took
   * from 0.1 s to 1.4 s from one run to the next, which measured the disk and not the tools.
   */
  static Path outputRoot() {
    String configured = System.getProperty(TMP_PROPERTY);
    if (configured != null) {
      return Path.of(configured).toAbsolutePath();
    }
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm)
        ? shm
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** A new empty output folder under {@link #outputRoot()}. */
  static Path newOutputFolder(String prefix) {
    try {
      return Files.createTempDirectory(outputRoot(), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The system properties a forked benchmark JVM needs to see the same files. */
  static String[] forkProperties() {
    return new String[] {
      "-D" + SPECS_PROPERTY + "=" + corpusFolder(), "-D" + TMP_PROPERTY + "=" + outputRoot()
    };
  }

  /** The file of a spec; the backup spec is copied out of the class path once. */
  static Path path(String name) {
    if (name.equals("backup")) {
      Path file = outputRoot().resolve("recordgen-bench-backup-api.yaml");
      try (InputStream in =
          Specs.class.getClassLoader().getResourceAsStream("openapi/backup-api.yaml")) {
        if (in == null) {
          throw new IllegalStateException("openapi/backup-api.yaml is not on the class path");
        }
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return file;
    }
    String file = CORPUS.get(name);
    if (file == null) {
      throw new IllegalArgumentException("unknown spec " + name + "; known: " + ALL);
    }
    Path path = corpusFolder().resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(path + " does not exist (set -Drecordgen.bench.specs)");
    }
    return path;
  }
}
