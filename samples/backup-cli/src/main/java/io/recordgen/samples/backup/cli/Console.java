package io.recordgen.samples.backup.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordgen.jackson2.Jackson2Codec;
import io.recordgen.runtime.jobs.JobProgress;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Where commands print: tables and key-value blocks for people, JSON for programs. */
final class Console {
  private static final Jackson2Codec CODEC = Jackson2Codec.create();

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;

  Console(PrintWriter out, PrintWriter err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  boolean json() {
    return json;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** Reports a poll of a job on stderr, so that JSON on stdout stays clean. */
  void progress(JobProgress progress) {
    String status = progress.status() == null ? "not visible yet" : progress.status();
    err.printf(
        "  job %s: %s%s (poll %d, %.1f s)%n",
        progress.jobId(),
        status,
        progress.progress() == null ? "" : " " + progress.progress(),
        progress.poll(),
        progress.elapsed().toMillis() / 1000.0);
    err.flush();
  }

  /** Prints a value as indented JSON. */
  void printJson(Object value) {
    byte[] bytes = CODEC.encode(value);
    try {
      // Indented by the codec's own mapper, so the JSON is exactly what the client would send.
      ObjectMapper mapper = CODEC.mapper();
      out.println(
          mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(bytes)));
    } catch (java.io.IOException e) {
      out.println(new String(bytes, StandardCharsets.UTF_8));
    }
    out.flush();
  }

  /** Prints aligned {@code label  value} lines. */
  void printFields(String title, List<String[]> fields) {
    out.println(title);
    int width = 0;
    for (String[] field : fields) {
      width = Math.max(width, field[0].length());
    }
    for (String[] field : fields) {
      out.println("  " + pad(field[0], width) + "  " + field[1]);
    }
    out.flush();
  }

  /** Prints a table with a header row. */
  void printTable(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i]) + "  ");
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
