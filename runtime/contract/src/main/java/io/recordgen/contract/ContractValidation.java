package io.recordgen.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Validates every request a generated client sends and every response it receives against the
 * spec, with swagger-request-validator. Add it as an attempt interceptor, so that it sees
 * requests as sent (with their credentials) and responses before they are decoded:
 *
 * <pre>{@code
 * ApiClient client = ApiClient.builder().endpoint(stub.uri())
 *     .addAttemptInterceptor(ContractValidation.of(spec))
 *     .build();
 * }</pre>
 *
 * <p>A violation throws {@link ContractViolationException} with the validator's report, before
 * the request is sent or the response decoded; {@link #recording()} collects them instead.
 */
public final class ContractValidation implements Interceptor {
  private final ContractSpec spec;
  private final String basePath;
  private final boolean throwing;
  private final List<String> violations = new CopyOnWriteArrayList<>();

  private ContractValidation(ContractSpec spec, String basePath, boolean throwing) {
    this.spec = spec;
    this.basePath = basePath;
    this.throwing = throwing;
  }

  /** Validation that throws on the first violation. */
  public static ContractValidation of(ContractSpec spec) {
    return new ContractValidation(spec, "", true);
  }

  /** A copy for an endpoint whose path ends in a prefix that the spec's paths do not have. */
  public ContractValidation withBasePath(String prefix) {
    return new ContractValidation(
        spec, prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix, throwing);
  }

  /** A copy that records violations instead of throwing. */
  public ContractValidation recording() {
    return new ContractValidation(spec, basePath, false);
  }

  /** The violations recorded so far (by a recording instance). */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  @Override
  public Response intercept(Chain chain) {
    io.recordgen.runtime.http.Request request = chain.request();
    String path = path(request.uri());
    Request.Method method = Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT));
    check(
        "request " + request.method() + " " + path,
        spec.validator().validateRequest(toValidator(request, path)));
    Response response = chain.proceed(request);
    SimpleResponse.Builder received = SimpleResponse.Builder.status(response.status());
    for (String name : response.headers().names()) {
      received.withHeader(name, response.headers().values(name));
    }
    if (response.body().length > 0) {
      received.withBody(response.bodyText());
    }
    check(
        "response " + response.status() + " to " + request.method() + " " + path,
        spec.validator().validateResponse(path, method, received.build()));
    return response;
  }

  private void check(String what, ValidationReport report) {
    List<ValidationReport.Message> errors =
        report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .toList();
    if (errors.isEmpty()) {
      return;
    }
    String message =
        what
            + " breaks "
            + spec.name()
            + ": "
            + errors.stream()
                .map(m -> m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining("; "));
    if (throwing) {
      throw new ContractViolationException(message, report);
    }
    violations.add(message);
  }

  private String path(URI uri) {
    String path = decode(uri.getRawPath());
    return !basePath.isEmpty() && path.startsWith(basePath)
        ? path.substring(basePath.length())
        : path;
  }

  private static Request toValidator(io.recordgen.runtime.http.Request request, String path) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), path);
    for (String name : request.headers().names()) {
      builder.withHeader(name, request.headers().values(name));
    }
    String query = request.uri().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        List<String> value = new ArrayList<>();
        value.add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
        builder.withQueryParam(decode(eq < 0 ? pair : pair.substring(0, eq)), value);
      }
    }
    if (request.body() != null) {
      builder.withBody(new String(request.body(), StandardCharsets.UTF_8));
    }
    return builder.build();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ContractValidation[" + spec.name() + "]";
  }
}
