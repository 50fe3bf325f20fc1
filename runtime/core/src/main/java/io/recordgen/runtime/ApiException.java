package io.recordgen.runtime;

import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.internal.Redaction;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service answered with a status that is not a success. Every status at or above 400 maps to
 * a subclass: {@link ClientErrorException} for 4xx, {@link ServerErrorException} for 5xx, with
 * named types for the common codes; anything else (1xx, 3xx) is an {@link
 * UnexpectedStatusException}.
 *
 * <p>The error code and message are read where the spec's error schema puts them (the generated
 * operation names the fields, such as {@code error_code} and {@code error_msg}), else from the
 * generic {@code code} and {@code message}, top-level or under {@code error}; other bodies, HTML
 * or empty ones included, are kept raw in {@link #rawBody()}.
 */
public abstract class ApiException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  private final transient ApiError error;
  private final transient @Nullable JsonCodec codec;

  /**
   * The exception the runtime would throw for an error response with {@code status} and {@code
   * body} (JSON, read with the default codec): for fakes of generated interfaces and for tests of
   * code that handles errors, since the exceptions' constructors are the runtime's own.
   *
   * @param status a status from 400 up
   * @param body the response body, JSON or not
   * @return the typed exception, such as {@link NotFoundException} for 404
   */
  public static ApiException of(int status, String body) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is from 400 to 599");
    }
    io.recordgen.runtime.http.Response response =
        new io.recordgen.runtime.http.Response(
            status,
            io.recordgen.runtime.http.Headers.empty(),
            body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            1);
    return ErrorMapping.toException(
        io.recordgen.runtime.support.OperationSpec.of("fake", "GET", "/"),
        response,
        JsonCodec.defaultCodec());
  }

  ApiException(ApiError error, @Nullable JsonCodec codec) {
    super(describe(error));
    this.error = error;
    this.codec = codec;
  }

  /** The HTTP status. */
  public int status() {
    return error.status();
  }

  /** The service's error code, such as {@code DBS.280277}, if the body carried one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(error.errorCode());
  }

  /** The service's error message, if the body carried one. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(error.errorMessage());
  }

  /** The {@code X-Request-Id} response header, to quote to the service's support. */
  public Optional<String> requestId() {
    return Optional.ofNullable(error.requestId());
  }

  /** The response headers. */
  public Headers headers() {
    return error.headers();
  }

  /** The body as received, decoded as UTF-8; empty when the response had none. */
  public String rawBody() {
    return new String(error.body(), StandardCharsets.UTF_8);
  }

  /** All facts of the error response. */
  public ApiError error() {
    return error;
  }

  /**
   * Decodes the body as the spec's error schema.
   *
   * @param type the generated error record, for example {@code ErrorResponse.class}
   * @return the decoded body, or empty when the body is not JSON of that shape
   */
  public <T> Optional<T> errorBody(Class<T> type) {
    return decode(type);
  }

  private <T> Optional<T> decode(Type type) {
    if (codec == null || error.body().length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(codec.<T>decode(error.body(), type));
    } catch (RecordgenException notThatShape) {
      return Optional.empty();
    }
  }

  private static String describe(ApiError error) {
    StringBuilder text = new StringBuilder(error.operation());
    text.append(" failed with status ").append(error.status());
    if (error.errorCode() != null) {
      text.append(' ').append(Redaction.escape(error.errorCode()));
    }
    if (error.errorMessage() != null) {
      text.append(": ").append(Redaction.escape(error.errorMessage()));
    } else if (error.body().length > 0) {
      String type = error.headers().firstValue("Content-Type").orElse("no content type");
      text.append(": ")
          .append(error.body().length)
          .append(" bytes of ")
          .append(Redaction.escape(type));
    } else {
      text.append(": empty body");
    }
    if (error.requestId() != null) {
      text.append(" [request id ").append(Redaction.escape(error.requestId())).append(']');
    }
    return text.toString();
  }
}
