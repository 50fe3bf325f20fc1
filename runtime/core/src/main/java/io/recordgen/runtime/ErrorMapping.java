package io.recordgen.runtime;

import io.recordgen.runtime.http.Response;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns a response with a non-success status into the matching {@link ApiException}. */
final class ErrorMapping {
  private ErrorMapping() {}

  static ApiException toException(OperationSpec operation, Response response, JsonCodec codec) {
    Object json = parsed(response.body(), codec);
    ApiError error =
        new ApiError(
            operation.describe(),
            response.status(),
            response.headers(),
            response.body(),
            field(json, "error_code", "code"),
            field(json, "error_msg", "message"),
            response.headers().firstValue("X-Request-Id").orElse(null));
    return switch (response.status()) {
      case 400 -> new BadRequestException(error, codec);
      case 401 -> new UnauthorizedException(error, codec);
      case 403 -> new ForbiddenException(error, codec);
      case 404 -> new NotFoundException(error, codec);
      case 409 -> new ConflictException(error, codec);
      case 413 -> new PayloadTooLargeException(error, codec);
      case 422 -> new UnprocessableEntityException(error, codec);
      case 429 -> new TooManyRequestsException(error, codec);
      case 500 -> new InternalServerErrorException(error, codec);
      case 502 -> new BadGatewayException(error, codec);
      case 503 -> new ServiceUnavailableException(error, codec);
      case 504 -> new GatewayTimeoutException(error, codec);
      default -> {
        int status = response.status();
        if (status >= 400 && status < 500) {
          yield new ClientErrorException(error, codec);
        } else if (status >= 500 && status < 600) {
          yield new ServerErrorException(error, codec);
        }
        yield new UnexpectedStatusException(error, codec);
      }
    };
  }

  /** The body as plain JSON, or {@code null} when it is empty or no JSON. */
  private static @Nullable Object parsed(byte[] body, JsonCodec codec) {
    if (body.length == 0) {
      return null;
    }
    try {
      return codec.parse(body);
    } catch (DecodingException notJson) {
      return null; // an HTML page from a gateway, say: the raw body stays on the exception
    }
  }

  /**
   * Reads an error field from {@code {"error_code": ..}}, {@code {"code": ..}} or the same under
   * an {@code error} object (IAM's shape).
   */
  private static @Nullable String field(@Nullable Object json, String name, String alternative) {
    if (!(json instanceof Map<?, ?> object)) {
      return null;
    }
    for (Object node : new Object[] {object, object.get("error")}) {
      if (node instanceof Map<?, ?> fields) {
        for (String key : new String[] {name, alternative}) {
          Object value = fields.get(key);
          if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value instanceof java.math.BigDecimal decimal
                ? decimal.toPlainString()
                : value.toString();
          }
        }
      }
    }
    return null;
  }
}
