package io.recordgen.generator.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a build prints of a run's diagnostics. */
class DiagnosticsTest {
  private static List<Diagnostic> sample() {
    List<Diagnostic> all = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      all.add(new Diagnostic(Code.NAME_CHANGED, "/n" + i, "note " + i));
    }
    all.add(new Diagnostic(Code.SCHEMA_WEAKENED, "/w", "warning"));
    all.add(new Diagnostic(Code.NAME_CHANGED, "/n4", "note 4"));
    return all;
  }

  @Test
  void notesPastTheFirstFewAreCountedAndEverythingElseIsKept() {
    assertThat(Diagnostics.forPrinting(sample(), false, 2))
        .extracting(Diagnostic::format)
        .containsExactly(
            "[RG040] #/n0: note 0",
            "[RG040] #/n1: note 1",
            "[RG020] #/w: warning",
            "[RG090] #: 3 more notes not shown; the verbose option prints every one");
  }

  @Test
  void verboseOrFewNotesPrintEverything() {
    assertThat(Diagnostics.forPrinting(sample(), true, 2)).isEqualTo(sample());
    assertThat(Diagnostics.forPrinting(sample(), false, 5)).isEqualTo(sample());
    assertThat(Diagnostics.forPrinting(sample(), false, 4))
        .last()
        .extracting(Diagnostic::format)
        .isEqualTo("[RG090] #: 1 more note not shown; the verbose option prints every one");
  }
}
