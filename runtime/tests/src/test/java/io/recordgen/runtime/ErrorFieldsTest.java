package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.LocalServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The error code and message come from where the operation says its error bodies carry them
 * (the generator reads that from the spec's error schema), else from the generic {@code code}
 * and {@code message}; no vendor's field names are built in.
 */
class ErrorFieldsTest {
  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiException failure(OperationSpec operation, String body) {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 400, body));
    ApiClient client = ApiClient.builder().endpoint(server.uri()).build();
    ApiCall<Map<?, ?>> call = ApiCall.builder(operation, new ResponseType<Map<?, ?>>() {}).build();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> client.execute(call));
    assertThat(thrown).isInstanceOf(BadRequestException.class);
    return (ApiException) thrown;
  }

  @Test
  void declaredFieldsAreReadAtTheirPointers() {
    OperationSpec huawei =
        OperationSpec.of("createBackup", "POST", "/backups")
            .withErrorFields("/error_code", "/error_msg");
    ApiException e = failure(huawei, "{\"error_code\":\"DBS.200001\",\"error_msg\":\"bad\"}");
    assertThat(e.errorCode()).contains("DBS.200001");
    assertThat(e.errorMessage()).contains("bad");

    OperationSpec nested =
        OperationSpec.of("list", "GET", "/things").withErrorFields("/error/id", "/error/a~1b");
    ApiException n = failure(nested, "{\"error\":{\"id\":42,\"a/b\":\"slash\"},\"code\":\"no\"}");
    assertThat(n.errorCode()).contains("42");
    assertThat(n.errorMessage()).contains("slash");
  }

  @Test
  void withoutADeclarationOnlyTheGenericNamesCount() {
    OperationSpec plain = OperationSpec.of("list", "GET", "/things");
    assertThat(failure(plain, "{\"code\":\"E1\",\"message\":\"m\"}").errorCode()).contains("E1");
    assertThat(failure(plain, "{\"error\":{\"code\":\"E2\"}}").errorCode()).contains("E2");
    ApiException vendor = failure(plain, "{\"error_code\":\"DBS.1\",\"error_msg\":\"x\"}");
    assertThat(vendor.errorCode()).isEmpty();
    assertThat(vendor.errorMessage()).isEmpty();
    assertThat(vendor.rawBody()).contains("DBS.1");
  }

  @Test
  void aPointerThatMissesOrMeetsAnObjectGivesNothing() {
    OperationSpec declared =
        OperationSpec.of("list", "GET", "/things").withErrorFields("/error/code", "/message");
    ApiException e = failure(declared, "{\"error\":\"flat\",\"message\":{\"deep\":1}}");
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.errorMessage()).isEmpty();
  }

  @Test
  void fakesGetTheExceptionTheRuntimeWouldThrow() {
    ApiException e = ApiException.of(404, "{\"code\":\"N1\",\"message\":\"gone\"}");
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.errorCode()).contains("N1");
    assertThat(ApiException.of(599, "<html>")).isInstanceOf(ServerErrorException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApiException.of(302, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
