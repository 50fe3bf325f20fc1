package io.recordgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same input, same bytes: independent runs give identical files in identical order. */
class DeterminismTest {
  @Test
  void twoRunsOverTheBackupSpecGiveTheSameBytes() throws Exception {
    Path spec = Path.of("..", "..", "spec", "backup-api.yaml");
    byte[] bytes = Files.readAllBytes(spec);

    List<SourceFile> first =
        Recordgen.generate(
                new SpecSource("backup-api.yaml", bytes, null), GeneratorOptions.of("com.example"))
            .files();
    List<SourceFile> second =
        Recordgen.generate(
                new SpecSource("backup-api.yaml", bytes.clone(), null),
                GeneratorOptions.of("com.example"))
            .files();

    assertThat(first).isNotEmpty().isEqualTo(second);
    assertThat(first).extracting(SourceFile::relativePath).isSorted();
  }
}
