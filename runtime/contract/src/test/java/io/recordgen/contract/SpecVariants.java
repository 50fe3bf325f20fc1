package io.recordgen.contract;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup spec, and copies of it with one defect seeded by a textual edit. */
final class SpecVariants {
  static final ContractSpec BACKUP = ContractSpec.fromResource("openapi/backup-api.yaml");

  private SpecVariants() {}

  /** The backup spec with {@code from} replaced by {@code to}, which must occur exactly once. */
  static ContractSpec edited(String from, String to) {
    String text = BACKUP.text();
    assertThat(text.split(java.util.regex.Pattern.quote(from), -1))
        .as("occurrences of %s", from)
        .hasSize(2);
    return ContractSpec.fromText("edited-backup-api.yaml", text.replace(from, to));
  }
}
