package io.recordgen.samples.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.Violation;
import io.recordgen.samples.backup.model.CreateBackupRequest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the seed, at its boundaries, enforced by the generated record. */
class CreateBackupRequestTest {
  private static final String INSTANCE = "07033b125fd94a8a96896f8bcfee6ddain07";

  private static CreateBackupRequest request(String instanceId, String name, String description) {
    return new CreateBackupRequest(instanceId, name, description);
  }

  private static List<Violation> violations(Runnable build) {
    try {
      build.run();
    } catch (ConstraintViolationException e) {
      return e.violations();
    }
    throw new AssertionError("expected a ConstraintViolationException");
  }

  @Test
  void theSeedExampleIsValid() {
    CreateBackupRequest request = request(INSTANCE, "backup-1", "Manual backup");

    assertThat(request.instanceId()).isEqualTo(INSTANCE);
    assertThat(request.name()).isEqualTo("backup-1");
    assertThat(request.description()).isEqualTo("Manual backup");
  }

  @Nested
  class InstanceId {
    @Test
    void thirtySixCharactersEndingInIn07AreValid() {
      assertThat(request(INSTANCE, "backup-1", null).instanceId()).hasSize(36);
    }

    @Test
    void thirtyFiveCharactersAreTooShort() {
      String shorter = INSTANCE.substring(1);

      assertThat(violations(() -> request(shorter, "backup-1", null)))
          .extracting(Violation::field, Violation::rule)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("instance_id", "minLength"),
              org.assertj.core.groups.Tuple.tuple("instance_id", "pattern"));
    }

    @Test
    void thirtySevenCharactersAreTooLong() {
      String longer = "a" + INSTANCE;

      assertThat(violations(() -> request(longer, "backup-1", null)))
          .extracting(Violation::rule)
          .containsExactly("maxLength", "pattern");
    }

    @Test
    void theSuffixMustBeIn07() {
      String wrongSuffix = INSTANCE.substring(0, 32) + "in08";

      List<Violation> found = violations(() -> request(wrongSuffix, "backup-1", null));

      assertThat(found).singleElement().satisfies(v -> {
        assertThat(v.field()).isEqualTo("instance_id");
        assertThat(v.rule()).isEqualTo("pattern");
        assertThat(v.rejectedValue()).isEqualTo(wrongSuffix);
      });
    }

    @Test
    void onlyLettersAndDigitsMayPrecedeTheSuffix() {
      String dashed = "07033b12-fd94a8a96896f8bcfee6ddain07";

      assertThat(violations(() -> request(dashed, "backup-1", null)))
          .extracting(Violation::rule).containsExactly("pattern");
    }
  }

  @Nested
  class Name {
    @Test
    void threeCharactersAreTooShort() {
      assertThat(violations(() -> request(INSTANCE, "abc", null)))
          .extracting(Violation::field, Violation::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "minLength"));
    }

    @Test
    void fourCharactersAreEnough() {
      assertThat(request(INSTANCE, "abcd", null).name()).isEqualTo("abcd");
    }

    @Test
    void sixtyFourCharactersAreTheMost() {
      String name = "a" + "b".repeat(63);

      assertThat(request(INSTANCE, name, null).name()).hasSize(64);
    }

    @Test
    void sixtyFiveCharactersAreTooMany() {
      String name = "a" + "b".repeat(64);

      assertThat(violations(() -> request(INSTANCE, name, null)))
          .extracting(Violation::rule).containsExactly("maxLength");
    }

    @Test
    void aLeadingDigitIsRefused() {
      assertThat(violations(() -> request(INSTANCE, "1backup", null)))
          .extracting(Violation::rule).containsExactly("pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"back up", "back.up", "back/up", "backup!", "bäckup"})
    void onlyLettersDigitsHyphensAndUnderscoresAreAllowed(String name) {
      assertThat(violations(() -> request(INSTANCE, name, null)))
          .extracting(Violation::field, Violation::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "pattern"));
    }

    @Test
    void hyphensUnderscoresAndBothCasesAreAllowed() {
      assertThat(request(INSTANCE, "Backup_2-Daily", null).name()).isEqualTo("Backup_2-Daily");
    }
  }

  @Nested
  class Description {
    @Test
    void twoHundredFiftySixCharactersAreTheMost() {
      assertThat(request(INSTANCE, "backup-1", "d".repeat(256)).description()).hasSize(256);
    }

    @Test
    void twoHundredFiftySevenCharactersAreTooMany() {
      assertThat(violations(() -> request(INSTANCE, "backup-1", "d".repeat(257))))
          .extracting(Violation::field, Violation::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("description", "maxLength"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!", "<", "\"", "=", "'", ">", "&", "\r"})
    void forbiddenCharactersAreRefused(String character) {
      String description = "nightly " + character + " backup";

      assertThat(violations(() -> request(INSTANCE, "backup-1", description)))
          .extracting(Violation::field, Violation::rule, Violation::rejectedValue)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("description", "pattern", description));
    }

    @Test
    void lineFeedsAndOtherPunctuationAreAllowed() {
      assertThat(request(INSTANCE, "backup-1", "before upgrade\n(v2.0); ok?").description())
          .contains("\n");
    }

    @Test
    void isOptional() {
      assertThat(request(INSTANCE, "backup-1", null).description()).isNull();
    }
  }

  @Test
  void requiredFieldsMustBePresent() {
    assertThat(violations(() -> request(null, null, "x")))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("instance_id", "required"),
            org.assertj.core.groups.Tuple.tuple("name", "required"));
  }

  @Test
  void everyViolationOfTheObjectIsReportedAtOnce() {
    assertThatThrownBy(() -> CreateBackupRequest.builder()
            .instanceId("short")
            .name("9lives!")
            .description("a".repeat(300) + "<")
            .build())
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
          assertThat(e.target()).isEqualTo("CreateBackupRequest");
          assertThat(e.violations()).extracting(Violation::field, Violation::rule)
              .containsExactly(
                  org.assertj.core.groups.Tuple.tuple("instance_id", "minLength"),
                  org.assertj.core.groups.Tuple.tuple("instance_id", "pattern"),
                  org.assertj.core.groups.Tuple.tuple("name", "pattern"),
                  org.assertj.core.groups.Tuple.tuple("description", "maxLength"),
                  org.assertj.core.groups.Tuple.tuple("description", "pattern"));
          assertThat(e.getMessage()).startsWith("5 constraint violations in CreateBackupRequest: "
              + "instance_id: must have at least 36 characters (minLength), was \"short\"");
        });
  }

  @Test
  void theBuilderRoundTripsThroughToBuilder() {
    CreateBackupRequest request = request(INSTANCE, "backup-1", "Manual backup");

    assertThat(request.toBuilder().name("backup-2").build())
        .isEqualTo(request(INSTANCE, "backup-2", "Manual backup"));
  }
}
