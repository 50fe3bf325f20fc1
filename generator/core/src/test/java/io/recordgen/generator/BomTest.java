package io.recordgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The BOM lists every library artifact of the build, so that a new module cannot be left out of
 * it; applications (the corpus command, the benchmarks, the test suites) and plugins are not
 * libraries.
 */
class BomTest {
  private static final Path ROOT = Path.of("..", "..");
  private static final Set<String> NOT_LIBRARIES =
      Set.of(
          "recordgen-runtime-tests",
          "recordgen-corpus",
          "recordgen-stub",
          "recordgen-bench",
          "recordgen-maven-plugin",
          "recordgen-spec");
  private static final Pattern ARTIFACT =
      Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");
  private static final Pattern MANAGED = Pattern.compile("<artifactId>([^<]+)</artifactId>");

  @Test
  void everyLibraryIsInTheBom() throws IOException {
    Set<String> libraries = new TreeSet<>();
    for (String group : List.of("runtime", "generator")) {
      try (Stream<Path> poms = Files.walk(ROOT.resolve(group), 2)) {
        for (Path pom : poms.filter(p -> p.endsWith("pom.xml")).toList()) {
          String text = Files.readString(pom);
          Matcher artifact = ARTIFACT.matcher(text);
          if (artifact.find()
              && !text.contains("<packaging>pom</packaging>")
              && !NOT_LIBRARIES.contains(artifact.group(1))) {
            libraries.add(artifact.group(1));
          }
        }
      }
    }
    Set<String> managed = new TreeSet<>();
    Matcher each = MANAGED.matcher(Files.readString(ROOT.resolve("bom").resolve("pom.xml")));
    while (each.find()) {
      managed.add(each.group(1));
    }

    assertThat(libraries).contains("recordgen-runtime", "recordgen-processor");
    assertThat(managed).containsAll(libraries);
  }
}
