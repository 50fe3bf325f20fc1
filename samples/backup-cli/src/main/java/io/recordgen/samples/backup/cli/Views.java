package io.recordgen.samples.backup.cli;

import io.recordgen.samples.backup.model.Backup;
import io.recordgen.samples.backup.model.BackupPolicy;
import io.recordgen.samples.backup.model.Job;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How the CLI shows the API's records to people. */
final class Views {
  static final List<String> BACKUP_COLUMNS =
      List.of("ID", "NAME", "STATUS", "TYPE", "INSTANCE", "STARTED", "SIZE");

  private Views() {}

  static List<String> row(Backup backup) {
    return List.of(
        backup.id(),
        backup.name(),
        text(backup.status()),
        text(backup.type()),
        backup.instanceId(),
        text(backup.beginTime()),
        backup.size() == null ? "-" : backup.size() + " MB");
  }

  static List<String[]> fields(Backup backup) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"name", backup.name()});
    fields.add(new String[] {"status", text(backup.status())});
    fields.add(new String[] {"type", text(backup.type())});
    fields.add(new String[] {"instance", backup.instanceId()});
    fields.add(new String[] {"started", text(backup.beginTime())});
    if (backup.endTime() != null) {
      fields.add(new String[] {"ended", text(backup.endTime())});
    }
    if (backup.size() != null) {
      fields.add(new String[] {"size", backup.size() + " MB"});
    }
    if (backup.description() != null && !backup.description().isEmpty()) {
      fields.add(new String[] {"description", backup.description()});
    }
    return fields;
  }

  static List<String[]> fields(BackupPolicy policy) {
    return List.of(
        new String[] {"start time (UTC)", policy.startTime()},
        new String[] {"days", policy.period()},
        new String[] {"kept for", policy.keepDays() + " days"});
  }

  static List<String[]> fields(Job job) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"name", text(job.name())});
    fields.add(new String[] {"status", text(job.status())});
    fields.add(new String[] {"progress", text(job.progress())});
    fields.add(new String[] {"created", text(job.created())});
    if (job.ended() != null) {
      fields.add(new String[] {"ended", text(job.ended())});
    }
    if (job.failReason() != null) {
      fields.add(new String[] {"fail reason", job.failReason()});
    }
    return fields;
  }

  static String text(@Nullable Object value) {
    if (value instanceof OffsetDateTime time) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
    return value == null ? "-" : value.toString();
  }
}
