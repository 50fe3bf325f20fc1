package io.recordgen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.InMemory;
import io.recordgen.generator.OperationCatalog;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.plan.OperationEntry;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.ApiException;
import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.runtime.auth.ApiKeyAuth;
import io.recordgen.runtime.auth.Secret;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Public specs that hold no examples at all, and the backup API, served by the stub: every
 * operation is called
 * through a client generated from the same spec, with every parameter and body synthesized from
 * the spec; each request the client sends and each response the stub synthesizes pass
 * swagger-request-validator ({@link ContractValidation}), and each response decodes into the
 * type the generated method returns. The specs are read from {@code ../shared/specs} next to the
 * checkout (or {@code -Drecordgen.shared=DIR}); without them the test is skipped, not passed.
 */
class PublicSpecsAgainstTheStubTest {
  private static final JsonCodec CODEC = JsonCodec.defaultCodec();
  private static final long SEED = 7;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "OAI-OpenAPI-Specification-petstore-expanded.yaml",
        "OAI-OpenAPI-Specification-link-example.yaml",
        "OAI-OpenAPI-Specification-petstore.yaml"
      })
  void everyOperationAnswersAValidResponseThatTheGeneratedClientDecodes(String name)
      throws Exception {
    Path file = shared().resolve("specs").resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(file), () -> "no public spec at " + file);
    SpecSource source =
        new SpecSource(name, Files.readAllBytes(file), file.toAbsolutePath().getParent());
    GeneratorOptions options = GeneratorOptions.of("pub." + packageOf(name));
    assertThat(Recordgen.examples(source, options).entries())
        .as("the premise: %s has no examples, so every response is synthesized", name)
        .isEmpty();
    callEveryOperation(file, source, options, CallOptions.none(), null);
  }

  /**
   * The backup API with its overlay (so {@code project_id} is bound when the client is created):
   * once as the spec's examples answer, once with {@code Prefer: dynamic=true}, so that every
   * response is synthesized.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyOperationOfTheBackupApiAnswersAsTheGeneratedClientExpects(boolean dynamic)
      throws Exception {
    Path dir = root().resolve("spec");
    Path file = dir.resolve("backup-api.yaml");
    SpecSource source = new SpecSource("backup-api.yaml", Files.readAllBytes(file), dir);
    SpecSource overlay =
        new SpecSource(
            "recordgen-overlay.yaml",
            Files.readAllBytes(dir.resolve("recordgen-overlay.yaml")),
            dir);
    GeneratorOptions options =
        GeneratorOptions.of("pub.backup" + dynamic).withOverlays(List.of(overlay));
    CallOptions call =
        dynamic
            ? CallOptions.none().toBuilder().header("Prefer", "dynamic=true").build()
            : CallOptions.none();
    // The stub checks the token scheme (present, else 401); the client sends one.
    callEveryOperation(
        file, source, options, call, ApiKeyAuth.header("X-Auth-Token", Secret.of("a-token")));
  }

  private static void callEveryOperation(
      Path file,
      SpecSource source,
      GeneratorOptions options,
      CallOptions call,
      @Nullable ApiKeyAuth auth)
      throws Exception {
    GenerationResult generated = Recordgen.generate(source, options);
    assertThat(generated.errors()).isEmpty();
    ClassLoader loader = InMemory.load(InMemory.compile(generated.files()));
    OperationCatalog catalog = Recordgen.operations(source, options);
    assertThat(catalog.entries()).isNotEmpty();

    ContractSpec spec = ContractSpec.fromFile(file);
    ContractValidation validation = ContractValidation.of(spec).recording();
    List<String> called = new ArrayList<>();
    StubServer.Builder stubs = StubServer.builder(spec).seed(SEED);
    ApiClient.Builder clients = ApiClient.builder().addAttemptInterceptor(validation);
    if (auth != null) {
      stubs.authenticate();
      clients.auth(auth);
    }
    try (StubServer stub = stubs.start()) {
      ApiClient client = clients.endpoint(stub.uri()).build();
      for (OperationEntry entry : catalog.entries()) {
        called.add(call(loader, client, spec.openApi(), entry, call));
      }
      assertThat(stub.requests()).hasSize(catalog.entries().size());
    }
    assertThat(validation.violations()).as("requests and responses of %s", file).isEmpty();
    assertThat(called).hasSize(catalog.entries().size());
  }

  /** Calls one operation; what it returned, for the assertion message of a failure. */
  private static String call(
      ClassLoader loader, ApiClient client, OpenAPI api, OperationEntry entry, CallOptions options)
      throws Exception {
    Class<?> apiType = loader.loadClass(entry.api());
    Class<?> inputType = loader.loadClass(entry.input());
    Object calls = create(apiType, client, api, entry);
    Method method = apiType.getMethod(entry.method(), inputType, CallOptions.class);
    Object input = input(inputType, entry, operation(api, entry), api);
    ApiResponse<?> response;
    try {
      response = (ApiResponse<?>) method.invoke(calls, input, options);
    } catch (InvocationTargetException e) {
      String body = e.getCause() instanceof ApiException failure ? ": " + failure.rawBody() : "";
      throw new AssertionError(
          entry.operationId() + " failed: " + e.getCause() + body, e.getCause());
    }
    assertThat(response.status()).as(entry.operationId()).isBetween(200, 299);
    Type body = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
    if (body != Void.class) {
      assertThat(response.body()).as("the body of %s", entry.operationId()).isNotNull();
      assertThat(erasure(body)).isAssignableFrom(response.body().getClass());
    }
    return entry.operationId() + " " + response.status();
  }

  /** The client, with a synthesized value for each parameter bound when it is created. */
  private static Object create(
      Class<?> apiType, ApiClient client, OpenAPI api, OperationEntry entry) throws Exception {
    Method factory =
        java.util.Arrays.stream(apiType.getMethods())
            .filter(m -> m.getName().equals(entry.create()))
            .filter(m -> m.getParameterCount() == 1 + entry.bound().size())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no factory " + entry.create()));
    Object[] arguments = new Object[factory.getParameterCount()];
    arguments[0] = client;
    Operation operation = operation(api, entry);
    for (int i = 0; i < entry.bound().size(); i++) {
      String name = entry.bound().get(i);
      Parameter parameter =
          parameters(api, operation)
              .filter(p -> p.getName().equals(name))
              .findFirst()
              .orElseThrow();
      arguments[i + 1] =
          CODEC.decode(
              new Synthesizer(api, SEED)
                  .value(parameter.getSchema())
                  .toString()
                  .getBytes(StandardCharsets.UTF_8),
              factory.getGenericParameterTypes()[i + 1]);
    }
    return factory.invoke(null, arguments);
  }

  /** The input record with a synthesized value for every component the spec describes. */
  private static Object input(Class<?> type, OperationEntry entry, Operation operation, OpenAPI api)
      throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    Synthesizer synthesizer = new Synthesizer(api, SEED);
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      types[i] = component.getType();
      OperationEntry.Argument argument =
          entry.arguments().stream()
              .filter(a -> a.javaName().equals(component.getName()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no argument " + component.getName()));
      Schema<?> schema = schema(api, operation, argument);
      if (schema == null) {
        continue;
      }
      JsonNode value = synthesizer.value(schema);
      values[i] =
          CODEC.decode(
              value.toString().getBytes(StandardCharsets.UTF_8), component.getGenericType());
    }
    return type.getDeclaredConstructor(types).newInstance(values);
  }

  private static @Nullable Schema<?> schema(
      OpenAPI api, Operation operation, OperationEntry.Argument argument) {
    if (argument.in().equals("body")) {
      RequestBody body = operation.getRequestBody();
      if (body != null && body.get$ref() != null) {
        body = api.getComponents().getRequestBodies().get(simpleName(body.get$ref()));
      }
      return body == null
              || body.getContent() == null
              || !body.getContent().containsKey(argument.name())
          ? null
          : body.getContent().get(argument.name()).getSchema();
    }
    return parameters(api, operation)
        .filter(p -> p.getName().equals(argument.name()))
        .filter(p -> p.getIn().equals(argument.in()))
        .map(Parameter::getSchema)
        .findFirst()
        .orElse(null);
  }

  private static java.util.stream.Stream<Parameter> parameters(OpenAPI api, Operation operation) {
    return Optional.ofNullable(operation.getParameters()).orElse(List.of()).stream()
        .map(
            p ->
                p.get$ref() == null
                    ? p
                    : api.getComponents().getParameters().get(simpleName(p.get$ref())));
  }

  private static Operation operation(OpenAPI api, OperationEntry entry) {
    PathItem item = api.getPaths().get(entry.path());
    Map<PathItem.HttpMethod, Operation> operations = item.readOperationsMap();
    Operation operation =
        operations.get(PathItem.HttpMethod.valueOf(entry.httpMethod().toUpperCase(Locale.ROOT)));
    if (operation == null) {
      fail("no " + entry.httpMethod() + " " + entry.path());
    }
    // The path's parameters and the operation's, in a copy: the stub serves the same model.
    List<Parameter> all = new ArrayList<>();
    Optional.ofNullable(item.getParameters()).ifPresent(all::addAll);
    Optional.ofNullable(operation.getParameters()).ifPresent(all::addAll);
    return new Operation().parameters(all).requestBody(operation.getRequestBody());
  }

  private static String simpleName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static Class<?> erasure(Type type) {
    return type instanceof ParameterizedType parameterized
        ? (Class<?>) parameterized.getRawType()
        : (Class<?>) type;
  }

  private static String packageOf(String file) {
    return file.replaceAll("\\.[a-z]+$", "")
        .replaceAll("[^A-Za-z0-9]", "")
        .toLowerCase(Locale.ROOT);
  }

  /** {@code ../shared} next to the checkout, or {@code -Drecordgen.shared}. */
  private static Path shared() {
    String property = System.getProperty("recordgen.shared");
    return property != null ? Path.of(property) : root().resolveSibling("shared");
  }

  /** The checkout: the nearest folder up with the Maven wrapper. */
  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("not inside the checkout: " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
