package io.recordgen.samples.jackson3.app;

import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.ApiClient;
import io.recordgen.samples.jackson3.api.BackupsApi;
import io.recordgen.samples.jackson3.api.ListBackupsInput;
import io.recordgen.samples.jackson3.model.Backup;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;

/**
 * Prints every backup of a project, a line each: the application of this sample, on Jackson 3.
 *
 * <pre>{@code
 * java -cp ... io.recordgen.samples.jackson3.app.BackupReport https://gaussdb... <project-id>
 * }</pre>
 *
 * <p>The token comes from {@code HUAWEICLOUD_TOKEN}.
 */
public final class BackupReport {
  private final BackupsApi backups;

  /** A report through {@code backups}. */
  public BackupReport(BackupsApi backups) {
    this.backups = backups;
  }

  /** The lines of the report: id, status and name of every backup, across all pages. */
  public List<String> lines(int pageSize) {
    return backups.listBackupsAll(ListBackupsInput.builder().limit(pageSize).build()).stream()
        .map(BackupReport::line)
        .toList();
  }

  private static String line(Backup backup) {
    String status =
        switch (backup.status().known()) {
          case BUILDING -> "building";
          case COMPLETED, AVAILABLE -> "ready";
          case FAILED -> "failed";
          case UNRECOGNIZED -> "status " + backup.status().value();
        };
    return backup.id() + "  " + status + "  " + backup.name();
  }

  /**
   * Prints the report.
   *
   * @param arguments the endpoint and the project id
   */
  public static void main(String[] arguments) {
    PrintStream out = System.out;
    if (arguments.length != 2) {
      out.println("usage: BackupReport <endpoint> <project-id>");
      return;
    }
    ApiClient client =
        ApiClient.builder()
            .endpoint(URI.create(arguments[0]))
            .auth(StaticTokenAuth.of(System.getenv().getOrDefault("HUAWEICLOUD_TOKEN", "")))
            .build();
    new BackupReport(BackupsApi.create(client, arguments[1])).lines(100).forEach(out::println);
  }
}
