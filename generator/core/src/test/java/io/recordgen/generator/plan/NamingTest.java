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
    "String, String",
    "Object, Object",
    "record, Record",
    "con, Con_",
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
    NameScope members = NameScope.members(RecordPlanner.RESERVED_MEMBERS);
    assertThat(members.allocate("next")).isEqualTo("next");
    assertThat(members.allocate("Next")).isEqualTo("Next");
    assertThat(members.allocate("next")).isEqualTo("next2");
    assertThat(members.allocate("hashCode")).isEqualTo("hashCode2");
  }

  @Test
  void aChildNeverHandsOutWhatItsAncestorsHoldButSiblingsMayRepeat() {
    NameScope type = NameScope.members(Set.of("builder"));
    assertThat(type.allocate("value")).isEqualTo("value");
    NameScope first = type.child();
    NameScope second = type.child();
    assertThat(first.allocate("value")).isEqualTo("value2");
    assertThat(first.allocate("builder")).isEqualTo("builder2");
    assertThat(second.allocate("call")).isEqualTo("call");
    assertThat(first.allocate("call")).isEqualTo("call");
    assertThat(first.child().allocate("call")).isEqualTo("call2");
  }

  @Test
  void noScopeHandsOutAKeyword() {
    NameScope scope = NameScope.members(Set.of());
    assertThat(scope.allocate("class")).isEqualTo("class_");
    assertThat(scope.allocate("class")).isEqualTo("class2");
    assertThat(scope.allocate("_")).isEqualTo("__");
    assertThat(scope.allocate("var")).isEqualTo("var_");
  }

  @Test
  void fieldsKeepClearOfEveryVariableOfEveryMethod() {
    Set<String> variables = new java.util.HashSet<>();
    NameScope fields = NameScope.members(Set.of(), variables::contains);
    NameScope getPet = fields.child(variables::add);
    NameScope listPets = fields.child(variables::add);
    assertThat(getPet.allocate("client")).isEqualTo("client");
    assertThat(listPets.allocate("client")).isEqualTo("client");
    assertThat(fields.allocate("client")).isEqualTo("client2");
    assertThat(fields.allocate("GET_PET")).isEqualTo("GET_PET");
    assertThat(listPets.allocate("GET_PET")).isEqualTo("GET_PET2");
  }

  @Test
  void packageNames() {
    assertThat(Naming.isPackageName("io.recordgen.samples")).isTrue();
    assertThat(Naming.isPackageName("io.record.class")).isFalse();
    assertThat(Naming.isPackageName("io..x")).isFalse();
    assertThat(Naming.isPackageName("ïo.x")).isFalse();
  }
}
