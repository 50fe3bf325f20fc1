package io.recordgen.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the stub answers a request that no test steers: credentials checked per security scheme
 * ({@link CredentialGate}), the request validated against the spec, and the response the request
 * prefers ({@link Preferences}): an example, or a value {@link Synthesizer} builds from the seed.
 * The JUnit extension, {@link StubServer#builder} and the stub command all run this one engine.
 * Each decision that rejects a request is noted (as {@link StubServer#REASON}) for the log.
 */
final class Engine {
  private final ContractSpec spec;
  private final Examples examples;
  private final ErrorShapes errors;
  private final CredentialGate gate;
  private final long seed;
  private final String errorCode;
  private final String authErrorCode;
  private final boolean validateRequests;
  private final AtomicLong dynamic = new AtomicLong();

  Engine(
      ContractSpec spec,
      Examples examples,
      ErrorShapes errors,
      CredentialGate gate,
      long seed,
      String errorCode,
      String authErrorCode,
      boolean validateRequests) {
    this.spec = spec;
    this.examples = examples;
    this.errors = errors;
    this.gate = gate;
    this.seed = seed;
    this.errorCode = errorCode;
    this.authErrorCode = authErrorCode;
    this.validateRequests = validateRequests;
  }

  /**
   * The error response for a request the spec does not allow, or {@code null}: 401 when no
   * security alternative lets it through, else 400 when the validator finds it invalid, each in
   * the shape the spec declares for that status.
   */
  @Nullable StubResponse validate(
      Routes.Route route, RecordedRequest request, BiConsumer<String, Object> note) {
    if (!validateRequests) {
      return null;
    }
    String denied = gate.reject(route.operation(), request);
    if (denied != null) {
      note.accept(StubServer.REASON, denied);
      return errors.error(
          route.operation(), 401, authErrorCode, "authentication required: " + denied);
    }
    ValidationReport report = spec.validator().validateRequest(ValidatorRequests.of(request));
    List<ValidationReport.Message> problems =
        report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .filter(m -> !m.getKey().contains("security"))
            .toList();
    if (problems.isEmpty()) {
      return null;
    }
    note.accept(StubServer.REASON, describe(problems));
    return errors.error(route.operation(), 400, errorCode, describe(problems));
  }

  StubResponse fromSpec(
      Routes.Route route, RecordedRequest request, BiConsumer<String, Object> note) {
    StubResponse invalid = validate(route, request, note);
    if (invalid != null) {
      return invalid;
    }
    Preferences prefer = Preferences.of(request);
    String status;
    if (prefer.code() != null) {
      status = prefer.code().toString();
    } else {
      Map.Entry<String, ApiResponse> success = Examples.success(route.operation());
      if (success == null) {
        return StubResponse.empty(204);
      }
      status = success.getKey();
    }
    StubResponse response = answer(route, status, prefer, note);
    if (response == null && prefer.code() != null) {
      String reason = route.operationId() + " documents no " + prefer.code() + " response";
      note.accept(StubServer.REASON, reason);
      return errors.stub(404, "STUB.404", reason);
    }
    return response == null ? StubResponse.empty(204) : response;
  }

  /**
   * The response of {@code status} that a steered stub ({@link Reply#example}) answers, as the
   * request's {@code Prefer} header chooses it (a named example, or a dynamic value).
   */
  StubResponse example(
      Routes.Route route, RecordedRequest request, int status, BiConsumer<String, Object> note) {
    StubResponse response = answer(route, Integer.toString(status), Preferences.of(request), note);
    if (response != null) {
      return response;
    }
    String reason = route.operationId() + " documents no " + status + " response";
    note.accept(StubServer.REASON, reason);
    return errors.stub(status, "STUB." + status, reason);
  }

  private @Nullable StubResponse answer(
      Routes.Route route, String status, Preferences prefer, BiConsumer<String, Object> note) {
    try {
      return examples.response(
          route.operation(), status, prefer, seed + 1 + dynamic.getAndIncrement());
    } catch (Examples.NoSuchExample e) {
      note.accept(StubServer.REASON, e.getMessage());
      return errors.stub(404, "STUB.404", route.operationId() + ": " + e.getMessage());
    }
  }

  /** The validator's messages, one per problem, each with the parameter it is about. */
  static String describe(List<ValidationReport.Message> messages) {
    return messages.stream().map(Engine::describe).collect(Collectors.joining("; "));
  }

  /** One message, with the parameter or body location it is about. */
  private static String describe(ValidationReport.Message message) {
    String where =
        message
            .getContext()
            .flatMap(ValidationReport.MessageContext::getParameter)
            .map(p -> p.getIn() + " parameter " + p.getName() + ": ")
            .orElse("");
    return where + message.getMessage();
  }
}
