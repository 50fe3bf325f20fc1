package io.recordgen.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {
  @ParameterizedTest
  @CsvSource({
    "instance_id, instanceId",
    "X-Language, xLanguage",
    "getHTTPStatus, getHttpStatus",
    "job_id, jobId",
    "1st, _1st",
    "record, record_",
    "var, var_",
    "_, value",
    "yield, yield_",
    "sealed, sealed_",
    "permits, permits_",
    "class, class_",
    "a.b-c d, aBCD",
    "café, cafe",
    "'', value",
  })
  void memberNames(String raw, String expected) {
    assertThat(Naming.memberName(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "backups, Backups",
    "create_backup_request, CreateBackupRequest",
    "CreateBackupRequest, CreateBackupRequest",
    "XMLHttpRequest, XmlHttpRequest",
    "2fa, _2fa",
    "String, String_",
    "Object, Object_",
    "名前, U540dU524d",
  })
  void typeNames(String raw, String expected) {
    assertThat(Naming.typeName(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "en-us, EN_US",
    "BUILDING, BUILDING",
    "manual, MANUAL",
    "1, _1",
    "'', EMPTY",
    "a.b, A_B"
  })
  void constantNames(String raw, String expected) {
    assertThat(Naming.constantName(raw)).isEqualTo(expected);
  }

  @Test
  void scopesHandOutUniqueNamesInOrder() {
    NameScope types = NameScope.types(Set.of());
    assertThat(types.allocate("Pet")).isEqualTo("Pet");
    assertThat(types.allocate("pet")).isEqualTo("pet2");
    NameScope members = NameScope.members(ModelPlanner.RESERVED_MEMBERS);
    assertThat(members.allocate("next")).isEqualTo("next");
    assertThat(members.allocate("Next")).isEqualTo("Next");
    assertThat(members.allocate("next")).isEqualTo("next2");
    assertThat(members.allocate("hashCode")).isEqualTo("hashCode2");
  }

  @Test
  void packageNames() {
    assertThat(Naming.isPackageName("io.recordgen.samples")).isTrue();
    assertThat(Naming.isPackageName("io.record.class")).isFalse();
    assertThat(Naming.isPackageName("io..x")).isFalse();
    assertThat(Naming.isPackageName("ïo.x")).isFalse();
  }
}
