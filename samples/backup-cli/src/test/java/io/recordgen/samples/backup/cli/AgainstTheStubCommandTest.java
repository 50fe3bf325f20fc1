package io.recordgen.samples.backup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.contract.StubServer;
import io.recordgen.stub.StubCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI with AK/SK from the environment against the stub server command, which verifies each
 * signature as Huawei Cloud's gateway does: the right key pair is let through, a wrong one is
 * refused with 401.
 */
class AgainstTheStubCommandTest {
  private static final String AK = "HPUAEXAMPLEAK123";
  private static final String SK = "ExampleSecretKey0123456789abcdef";
  private static final String PROJECT = "619d3e78f61b4be68bc5aa0b59edcf7b";

  @TempDir Path folder;

  @Test
  void aSignedCallPassesAndAWronglySignedOneGets401() throws Exception {
    Path spec = folder.resolve("backup-api.yaml");
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("openapi/backup-api.yaml")) {
      Files.copy(in, spec);
    }
    StringWriter log = new StringWriter();
    try (StubServer stub =
        StubCommand.start(
            new PrintWriter(log, true), spec.toString(), "--port", "0", "--aksk", AK + ":" + SK)) {
      Run right = cli(stub, SK, "list");
      assertThat(right.exit()).as(right.err()).isZero();

      Run wrong = cli(stub, "not-the-secret", "list");
      assertThat(wrong.exit()).isNotZero();
      assertThat(wrong.err()).contains("401");
    }
    assertThat(log.toString())
        .contains("listBackups 200")
        .contains("listBackups 401 ")
        .contains("aksk: the signature does not match the request");
  }

  private record Run(int exit, String out, String err) {}

  private static Run cli(StubServer stub, String secret, String... command) {
    String[] args = new String[4 + command.length];
    args[0] = "--endpoint";
    args[1] = stub.uri().toString();
    args[2] = "--project-id";
    args[3] = PROJECT;
    System.arraycopy(command, 0, args, 4, command.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        BackupCli.run(
            args,
            Map.of("HUAWEICLOUD_SDK_AK", AK, "HUAWEICLOUD_SDK_SK", secret),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            duration -> {});
    return new Run(exit, out.toString(), err.toString());
  }
}
