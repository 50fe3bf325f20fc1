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

  private Specs() {}

  /** The folder of the public specs: {@code recordgen.bench.specs}, else {@code ../shared/specs}. */
  static Path corpusFolder() {
    return Path.of(System.getProperty("recordgen.bench.specs", "../shared/specs"));
  }

  /** The file of a spec; the backup spec is copied out of the class path once. */
  static Path path(String name) {
    if (name.equals("backup")) {
      Path file = Path.of(System.getProperty("java.io.tmpdir"), "recordgen-bench-backup-api.yaml");
      try (InputStream in = Specs.class.getClassLoader()
          .getResourceAsStream("openapi/backup-api.yaml")) {
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
