package io.recordgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How spec descriptions become Javadoc text: paragraphs, soft breaks and blocks. */
class JavadocTextTest {
  @Test
  void aSoftBreakInsideAParagraphBecomesASpace() {
    assertThat(Javadoc.escape("Lists backups. `total_count` is the\nnumber of backups."))
        .isEqualTo("Lists backups. `total_count` is the number of backups.");
  }

  @Test
  void aBlankLineStillStartsAParagraph() {
    assertThat(Javadoc.escape("First line\nsame paragraph.\n\nSecond paragraph."))
        .isEqualTo("First line same paragraph.\n\n<p>Second paragraph.");
  }

  @Test
  void listItemsHeadingsQuotesAndTablesKeepTheirLines() {
    String text =
        "Statuses:\n- BUILDING\n- COMPLETED\n1. first\n2) second\n# Heading\nafter heading\n"
            + "> quoted\n| a | b |\n| 1 | 2 |";

    assertThat(Javadoc.escape(text))
        .isEqualTo(
            "Statuses:\n- BUILDING\n- COMPLETED\n1. first\n2) second\n# Heading\nafter heading\n"
                + "&gt; quoted\n| a | b |\n| 1 | 2 |");
  }

  @Test
  void codeKeepsItsLines() {
    String text = "Example:\n```json\n{\"a\": 1,\n \"b\": 2}\n```\nand\n    indented\n    code";

    assertThat(Javadoc.escape(text)).isEqualTo(text);
  }

  @Test
  void aLineEndingInTwoSpacesIsAHardBreak() {
    assertThat(Javadoc.escape("one  \ntwo\nthree")).isEqualTo("one  \ntwo three");
  }

  @Test
  void wrappingFillsTheLinesOfAJoinedParagraph() {
    String wrapped =
        Javadoc.wrap(
            Javadoc.escape(
                "Lists manual and automated backups, newest first, a page at a time. The"
                    + " count is the\nnumber of backups that match the filters across all"
                    + " pages."));

    assertThat(wrapped.split("\n"))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Javadoc.WIDTH))
        .allSatisfy(line -> assertThat(line.split(" ").length).isGreaterThan(1));
  }
}
