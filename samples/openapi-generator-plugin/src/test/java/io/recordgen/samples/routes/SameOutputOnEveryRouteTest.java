package io.recordgen.samples.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The annotation processor (backup-cli), the Maven plugin and OpenAPI Generator with {@code
 * recordgen-java} generate the same files, byte for byte, from the same spec, package, overlay
 * ({@code spec/recordgen-overlay.yaml}) and configuration ({@code spec/recordgen.yaml}).
 */
class SameOutputOnEveryRouteTest {
  private static final Path PROCESSOR =
      Path.of("..", "backup-cli", "target", "generated-sources", "annotations");
  private static final Path MAVEN_PLUGIN =
      Path.of("..", "maven-plugin", "target", "generated-sources", "recordgen");
  private static final Path OPENAPI_GENERATOR =
      Path.of("target", "generated-sources", "openapi", "src", "main", "java");

  private static final String JOB = "io/recordgen/samples/backup/model/Job.java";
  private static final String BACKUPS_API = "io/recordgen/samples/backup/api/BackupsApi.java";

  private static Map<String, byte[]> sources(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        files.put(
            root.relativize(path).toString().replace(File.separatorChar, '/'),
            Files.readAllBytes(path));
      }
    }
    return files;
  }

  @Test
  void theThreeRoutesWriteIdenticalFiles() throws IOException {
    Map<String, byte[]> processor = sources(PROCESSOR);
    Map<String, byte[]> plugin = sources(MAVEN_PLUGIN);
    Map<String, byte[]> generator = sources(OPENAPI_GENERATOR);

    assertThat(processor).hasSizeGreaterThan(30);
    assertThat(plugin.keySet()).containsExactlyElementsOf(processor.keySet());
    assertThat(generator.keySet()).containsExactlyElementsOf(processor.keySet());
    for (String file : processor.keySet()) {
      assertThat(plugin.get(file)).as("maven plugin: %s", file).isEqualTo(processor.get(file));
      assertThat(generator.get(file))
          .as("openapi-generator: %s", file)
          .isEqualTo(processor.get(file));
    }
    // The overlay and the configuration reached every route: a marking and a chosen name.
    for (Map<String, byte[]> route : List.of(processor, plugin, generator)) {
      assertThat(new String(route.get(JOB), StandardCharsets.UTF_8))
          .contains("@JsonProperty(\"process\") @Nullable String progress");
      assertThat(new String(route.get(BACKUPS_API), StandardCharsets.UTF_8))
          .contains("listBackupsPages");
    }
    System.out.printf(
        "%d files identical across the annotation processor, the Maven plugin "
            + "and OpenAPI Generator%n",
        processor.size());
  }
}
