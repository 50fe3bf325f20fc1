package io.recordgen.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders corpus results as a fixed-width text table with a totals row. */
final class CorpusTable {
  private static final String[] HEADERS = {
    "spec", "operations", "schemas", "files", "lines", "generate ms", "compile ms", "result"
  };

  private CorpusTable() {}

  static String render(List<SpecResult> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADERS);
    long operations = 0;
    long schemas = 0;
    long files = 0;
    long lines = 0;
    long generate = 0;
    long compile = 0;
    int ok = 0;
    for (SpecResult r : results) {
      rows.add(
          new String[] {
            r.spec(),
            number(r.operations()),
            number(r.schemas()),
            number(r.files()),
            number(r.lines()),
            number(r.generateMillis()),
            number(r.compileMillis()),
            r.outcome().label()
          });
      operations += r.operations();
      schemas += r.schemas();
      files += r.files();
      lines += r.lines();
      generate += r.generateMillis();
      compile += r.compileMillis();
      if (r.outcome() == SpecResult.Outcome.OK) {
        ok++;
      }
    }
    rows.add(
        new String[] {
          "total: " + results.size() + " specs",
          number(operations),
          number(schemas),
          number(files),
          number(lines),
          number(generate),
          number(compile),
          ok + " ok"
        });
    int[] widths = new int[HEADERS.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      if (r == 1 || r == rows.size() - 1) {
        rule(out, widths);
      }
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean text = i == 0 || i == row.length - 1;
        String cell = text ? pad(row[i], widths[i], false) : pad(row[i], widths[i], true);
        line.append(i == 0 ? "" : "  ").append(cell);
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }

  private static void rule(StringBuilder out, int[] widths) {
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    out.append("-".repeat(total + 2 * (widths.length - 1))).append(System.lineSeparator());
  }

  private static String pad(String text, int width, boolean right) {
    String fill = " ".repeat(width - text.length());
    return right ? fill + text : text + fill;
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
