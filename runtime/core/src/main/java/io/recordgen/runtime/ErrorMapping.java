package io.recordgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.runtime.http.Response;
import org.jspecify.annotations.Nullable;

/** Turns a response with a non-success status into the matching {@link ApiException}. */
final class ErrorMapping {
  private ErrorMapping() {}

  static ApiException toException(OperationSpec operation, Response response, JsonCodec codec) {
    JsonNode json = codec.tryReadTree(response.body());
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

  /**
   * Reads an error field from {@code {"error_code": ..}}, {@code {"code": ..}} or the same under
   * an {@code error} object (IAM's shape).
   */
  private static @Nullable String field(@Nullable JsonNode json, String name, String alternative) {
    if (json == null || !json.isObject()) {
      return null;
    }
    for (JsonNode node : new JsonNode[] {json, json.path("error")}) {
      for (String key : new String[] {name, alternative}) {
        JsonNode value = node.get(key);
        if (value != null && value.isValueNode() && !value.isNull()) {
          return value.asText();
        }
      }
    }
    return null;
  }
}
