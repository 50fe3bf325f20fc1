package io.recordgen.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordgen.contract.ContractSpec;
import io.recordgen.contract.RecordedRequest;
import io.recordgen.contract.StubLog;
import io.recordgen.contract.StubResponse;
import io.recordgen.contract.StubServer;
import io.recordgen.huaweicloud.AkSkCredentials;
import io.recordgen.huaweicloud.AkSkVerifier;
import io.recordgen.huaweicloud.IamTokenIssuer;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar recordgen-stub.jar spec.yaml --port 4010}: serves any OpenAPI 3.0/3.1 (or
 * Swagger 2.0) document as a mock server, with the engine of {@code StubServer}: requests
 * validated, responses from the spec's examples or synthesized from its schemas (chosen by
 * {@code Prefer: code=, example=, dynamic=true}), credentials checked per security scheme and
 * AK/SK signatures verified. It prints the routes it serves, then one line per request; {@code
 * --log-json} writes the same as JSON lines. Ctrl-C stops it.
 */
@Command(
    name = "recordgen-stub",
    mixinStandardHelpOptions = true,
    description = "Serves an OpenAPI document as a mock server.")
public final class StubCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "SPEC", description = "The OpenAPI or Swagger document.")
  private Path spec = Path.of("openapi.yaml");

  @Option(names = "--port", description = "The port; 0 picks a free one (default: 4010).")
  private int port = 4010;

  @Option(names = "--host", description = "The address to listen on (default: 127.0.0.1).")
  private String host = "127.0.0.1";

  @Option(names = "--seed", description = "The seed of synthesized values (default: 0).")
  private long seed;

  @Option(
      names = "--aksk",
      paramLabel = "AK:SK",
      description =
          "Verify SDK-HMAC-SHA256 signatures with this key pair; repeatable. The scheme verified"
              + " is --aksk-scheme, else the spec's one apiKey scheme in the Authorization header.")
  private List<String> aksk = new ArrayList<>();

  @Option(names = "--aksk-scheme", paramLabel = "NAME", description = "The AK/SK scheme's name.")
  private @Nullable String akskScheme;

  @Option(
      names = "--iam-user",
      paramLabel = "NAME:PASSWORD",
      description =
          "Serve POST /v3/auth/tokens for this IAM user (repeatable) and accept only the tokens"
              + " it issued, for --iam-scheme, else the spec's apiKey scheme in X-Auth-Token.")
  private List<String> iamUsers = new ArrayList<>();

  @Option(names = "--iam-scheme", paramLabel = "NAME", description = "The token scheme's name.")
  private @Nullable String iamScheme;

  @Option(names = "--error-code", description = "The error code of a 400 (default: STUB.400).")
  private String errorCode = "STUB.400";

  @Option(names = "--auth-error-code", description = "The error code of a 401 (default: STUB.401).")
  private String authErrorCode = "STUB.401";

  @Option(
      names = "--auth",
      description =
          "Check credentials: 401 for a request that no security alternative of its operation"
              + " lets through (API keys and tokens present; --aksk and --iam-user turn it on and"
              + " verify their schemes).")
  private boolean auth;

  @Option(
      names = "--error-template",
      paramLabel = "FILE",
      description =
          "Shape every error the stub sends (400, 401, 404, ...) by this JSON file, in which"
              + " {{status}}, {{code}} and {{message}} inside strings are replaced.")
  private @Nullable Path errorTemplate;

  @Option(names = "--no-validate", description = "Accept requests the spec does not allow.")
  private boolean noValidate;

  @Option(
      names = "--log-json",
      paramLabel = "FILE",
      description = "Also log requests as JSON lines.")
  private @Nullable Path logJson;

  private final PrintWriter out;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile @Nullable StubServer server;

  StubCommand(PrintWriter out) {
    this.out = out;
  }

  /**
   * Starts serving as the command line {@code args} asks, printing to {@code out}, and returns
   * the running server (close it to stop); {@code null} after printing why it cannot start.
   */
  public static @Nullable StubServer start(PrintWriter out, String... args) throws IOException {
    StubCommand command = new StubCommand(out);
    try {
      new CommandLine(command).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      out.println(e.getMessage());
      return null;
    }
    return command.start();
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.exit(new CommandLine(new StubCommand(out)).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    StubServer started = start();
    if (started == null) {
      return 2;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "recordgen-stub-shutdown"));
    stopped.await();
    return 0;
  }

  /** Starts serving and prints the routes; {@code null} after printing why it cannot. */
  @Nullable StubServer start() throws IOException {
    ContractSpec contract;
    try {
      contract = ContractSpec.fromFile(spec);
    } catch (RuntimeException e) {
      out.println("cannot serve " + spec + ": " + e.getMessage());
      return null;
    }
    StubServer.Builder builder =
        StubServer.builder(contract)
            .host(host)
            .port(port)
            .seed(seed)
            .errorCode(errorCode)
            .authErrorCode(authErrorCode)
            .validateRequests(!noValidate);
    if (auth) {
      builder.authenticate();
    }
    if (!errorTemplate(builder)) {
      return null;
    }
    if (!aksk.isEmpty()) {
      String scheme = akskScheme != null ? akskScheme : authorizationScheme(contract);
      if (scheme == null) {
        out.println(
            "--aksk: the spec has no single apiKey scheme in the Authorization header;"
                + " name it with --aksk-scheme");
        return null;
      }
      List<AkSkCredentials> keys = new ArrayList<>();
      for (String pair : aksk) {
        int colon = pair.indexOf(':');
        if (colon <= 0 || colon == pair.length() - 1) {
          out.println("--aksk takes AK:SK, not " + pair.replaceAll(":.*", ":..."));
          return null;
        }
        keys.add(AkSkCredentials.of(pair.substring(0, colon), pair.substring(colon + 1)));
      }
      builder.verify(scheme, AkSkVerifier.of(keys));
      out.println("verifying " + scheme + " as SDK-HMAC-SHA256 for " + keys.size() + " keys");
    }
    if (!iamUsers.isEmpty() && !iam(contract, builder)) {
      return null;
    }
    Writer json =
        logJson == null
            ? null
            : Files.newBufferedWriter(
                logJson,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    StubServer running = builder.log(entry -> log(entry, json)).start();
    server = running;
    out.println("serving " + spec.getFileName() + " at " + running.uri());
    for (String route : running.routes()) {
      out.println("  " + route);
    }
    out.flush();
    return running;
  }

  /** Reads {@code --error-template}; false after printing why it cannot. */
  private boolean errorTemplate(StubServer.Builder builder) {
    if (errorTemplate == null) {
      return true;
    }
    try {
      builder.errorTemplate(Files.readString(errorTemplate, StandardCharsets.UTF_8));
      return true;
    } catch (IOException e) {
      out.println("--error-template " + errorTemplate + ": cannot read it (" + e + ")");
      return false;
    } catch (IllegalArgumentException e) {
      out.println("--error-template " + errorTemplate + ": " + e.getMessage());
      return false;
    }
  }

  /** Stops serving; {@link #call()} returns. */
  void stop() {
    StubServer running = server;
    if (running != null) {
      running.close();
    }
    stopped.countDown();
  }

  private synchronized void log(StubLog entry, @Nullable Writer json) {
    out.println(entry.line());
    out.flush();
    if (json != null) {
      ObjectNode line = JSON.createObjectNode();
      line.put("method", entry.method());
      line.put("path", entry.path());
      line.put("operation", entry.operationId());
      line.put("status", entry.status());
      line.put("reason", entry.reason());
      line.put("millis", entry.millis());
      try {
        json.write(line.toString());
        json.write('\n');
        json.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Serves the IAM token endpoint and verifies its tokens; false after printing why not. */
  private boolean iam(ContractSpec contract, StubServer.Builder builder) {
    String scheme = iamScheme != null ? iamScheme : headerScheme(contract, "X-Auth-Token");
    if (scheme == null) {
      out.println(
          "--iam-user: the spec has no single apiKey scheme in the X-Auth-Token header;"
              + " name it with --iam-scheme");
      return false;
    }
    Map<String, String> passwords = new java.util.HashMap<>();
    for (String user : iamUsers) {
      int colon = user.indexOf(':');
      if (colon <= 0) {
        out.println("--iam-user takes NAME:PASSWORD, not " + user.replaceAll(":.*", ":..."));
        return false;
      }
      passwords.put(user.substring(0, colon), user.substring(colon + 1));
    }
    String header = headerName(contract, scheme);
    IamTokenIssuer issuer = IamTokenIssuer.of(passwords, header == null ? "X-Auth-Token" : header);
    builder
        .verify(scheme, issuer)
        .route("POST", "/v3/auth/tokens", request -> token(issuer, request));
    out.println(
        "issuing IAM tokens at POST /v3/auth/tokens for "
            + passwords.size()
            + " users, accepted by "
            + scheme);
    return true;
  }

  /** IAM's answer: 201 with the token in {@code X-Subject-Token}, or 401. */
  private static StubResponse token(IamTokenIssuer issuer, RecordedRequest request) {
    JsonNode user;
    try {
      user = JSON.readTree(request.body()).at("/auth/identity/password/user");
    } catch (IOException e) {
      return StubServer.error(400, "APIGW.0101", "the body is not JSON");
    }
    Optional<IamTokenIssuer.Token> token =
        issuer.issue(user.path("name").asText(""), user.path("password").asText(""));
    if (token.isEmpty()) {
      return StubServer.error(401, "APIGW.0301", "the user name or password is wrong");
    }
    ObjectNode body = JSON.createObjectNode();
    body.putObject("token").put("expires_at", token.get().expiresAt().toString());
    return StubResponse.json(201, body.toString())
        .withHeader("X-Subject-Token", token.get().value());
  }

  private static @Nullable String headerName(ContractSpec contract, String scheme) {
    SecurityScheme found = contract.openApi().getComponents().getSecuritySchemes().get(scheme);
    return found == null ? null : found.getName();
  }

  /** The one apiKey scheme sent in the {@code Authorization} header, as AK/SK specs declare. */
  private static @Nullable String authorizationScheme(ContractSpec contract) {
    return headerScheme(contract, "Authorization");
  }

  /** The one apiKey scheme sent in header {@code name}, or null. */
  private static @Nullable String headerScheme(ContractSpec contract, String name) {
    if (contract.openApi().getComponents() == null
        || contract.openApi().getComponents().getSecuritySchemes() == null) {
      return null;
    }
    String found = null;
    for (Map.Entry<String, SecurityScheme> entry :
        contract.openApi().getComponents().getSecuritySchemes().entrySet()) {
      SecurityScheme scheme = entry.getValue();
      if (scheme.getType() == SecurityScheme.Type.APIKEY
          && scheme.getIn() == SecurityScheme.In.HEADER
          && name.equalsIgnoreCase(scheme.getName())) {
        if (found != null) {
          return null;
        }
        found = entry.getKey();
      }
    }
    return found;
  }
}
