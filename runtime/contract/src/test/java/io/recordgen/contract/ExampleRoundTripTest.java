package io.recordgen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExampleRoundTripTest {
  private static final String PACKAGE = "io.recordgen.contract.backup";

  @Test
  void everyExampleOfTheBackupSpecRoundTrips() {
    ExampleRoundTrip.Report report = ExampleRoundTrip.of(SpecVariants.BACKUP, PACKAGE).run();

    assertThat(report.problems()).isEmpty();
    assertThat(report.checked()).isGreaterThanOrEqualTo(20);
    assertThat(report.typed()).isEqualTo(report.checked());
  }

  @Test
  void anExampleWithAWrongTypeIsReportedWithItsPointer() {
    ContractSpec broken = SpecVariants.edited("take_up_time: 4", "take_up_time: four");

    ExampleRoundTrip.Report report = ExampleRoundTrip.of(broken, PACKAGE).run();

    String pointer =
        "/paths/~1v3~1{project_id}~1backups/get/responses/200/content/"
            + "application~1json/examples/onePage/value";
    assertThat(report.problems())
        .extracting(ExampleRoundTrip.Problem::pointer, ExampleRoundTrip.Problem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(pointer, ExampleRoundTrip.Kind.VIOLATES_SCHEMA),
            org.assertj.core.groups.Tuple.tuple(pointer, ExampleRoundTrip.Kind.DOES_NOT_DECODE));
    assertThat(report.problems().get(1).detail()).contains("$.backups[0].take_up_time");
    assertThatThrownBy(report::assertClean)
        .hasMessageContaining("2 of ")
        .hasMessageContaining("#" + pointer + " violates its schema");
  }

  @Test
  void anExampleThatBreaksAConstraintIsReported() {
    ContractSpec broken =
        SpecVariants.edited(
            "                  name: backup-1\n" + "                  description: Manual backup",
            "                  name: 1-backup\n                  description: Manual backup");

    ExampleRoundTrip.Report report = ExampleRoundTrip.of(broken, PACKAGE).run();

    assertThat(report.problems())
        .extracting(ExampleRoundTrip.Problem::kind)
        .containsExactly(
            ExampleRoundTrip.Kind.VIOLATES_SCHEMA, ExampleRoundTrip.Kind.DOES_NOT_DECODE);
    assertThat(report.problems().get(1).detail()).contains("name: must match");
  }

  @Test
  void aPropertyTheRecordDoesNotKnowChangesInTheRoundTrip() {
    ContractSpec extra =
        SpecVariants.edited(
            "                    job_id: " + "3c0e5bd3-5d3c-4a37-9e22-2e5b1a61e1ea",
            "                    job_id: 3c0e5bd3-5d3c-4a37-9e22-2e5b1a61e1ea\n"
                + "                    queue: east");

    ExampleRoundTrip.Report report = ExampleRoundTrip.of(extra, PACKAGE).run();

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.kind()).isEqualTo(ExampleRoundTrip.Kind.CHANGES_IN_ROUND_TRIP);
              assertThat(problem.detail()).endsWith("/queue: expected \"east\" but was nothing");
            });
  }
}
