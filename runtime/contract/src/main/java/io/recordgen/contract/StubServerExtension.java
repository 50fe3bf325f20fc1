package io.recordgen.contract;

import java.net.URI;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link StubServer} once per test class, resets its scenarios before each test, and
 * injects its {@link URI} (or the server itself) into test and lifecycle methods.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final StubServerExtension STUB =
 *     StubServerExtension.forResource("openapi/backup-api.yaml");
 *
 * @Test
 * void creates(URI endpoint) { ... }
 * }</pre>
 */
public final class StubServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private final ContractSpec spec;
  private final UnaryOperator<StubServer.Builder> configuration;
  private volatile StubServer server;

  private StubServerExtension(ContractSpec spec, UnaryOperator<StubServer.Builder> configuration) {
    this.spec = spec;
    this.configuration = configuration;
  }

  /** A server for a class path spec with default settings. */
  public static StubServerExtension forResource(String resource) {
    return new StubServerExtension(ContractSpec.fromResource(resource), UnaryOperator.identity());
  }

  /** A server for {@code spec}, configured by {@code configuration}. */
  public static StubServerExtension of(
      ContractSpec spec, UnaryOperator<StubServer.Builder> configuration) {
    return new StubServerExtension(spec, configuration);
  }

  /** The running server. */
  public StubServer server() {
    return Objects.requireNonNull(server, "the stub server starts before the first test");
  }

  /** The running server's URI. */
  public URI uri() {
    return server().uri();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = configuration.apply(StubServer.builder(spec)).start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    StubServer running = server;
    if (running != null) {
      running.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server().reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == URI.class || type == StubServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == URI.class ? uri() : server();
  }
}
