package io.recordgen.runtime;

import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.support.OperationSpec;
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
            field(json, operation.errorCodeField(), "code"),
            field(json, operation.errorMessageField(), "message"),
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
   * Reads an error field at the JSON pointer the spec declares, or else the generic name at the
   * top of the body or inside an {@code error} object.
   */
  private static @Nullable String field(
      @Nullable Object json, @Nullable String pointer, String generic) {
    if (pointer != null) {
      return scalar(at(json, pointer));
    }
    if (!(json instanceof Map<?, ?> object)) {
      return null;
    }
    String top = scalar(object.get(generic));
    if (top != null) {
      return top;
    }
    return object.get("error") instanceof Map<?, ?> nested ? scalar(nested.get(generic)) : null;
  }

  /** The value at a JSON pointer (RFC 6901) of plain JSON, or {@code null}. */
  private static @Nullable Object at(@Nullable Object json, String pointer) {
    Object node = json;
    if (pointer.isEmpty()) {
      return node;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (node instanceof Map<?, ?> object) {
        node = object.get(name);
      } else if (node instanceof java.util.List<?> list && name.matches("0|[1-9][0-9]{0,8}")) {
        int index = Integer.parseInt(name);
        node = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return node;
  }

  private static @Nullable String scalar(@Nullable Object value) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value instanceof java.math.BigDecimal decimal
          ? decimal.toPlainString()
          : value.toString();
    }
    return null;
  }
}
