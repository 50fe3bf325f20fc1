package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import java.util.Locale;
import java.util.Map;

/**
 * The runtime exception each documented error status maps to, for {@code @throws}. The runtime
 * throws by the same table ({@code ErrorMapping}); a test of the generator holds the two to the
 * same answer for every status and range.
 */
final class StatusExceptions {
  /** Statuses with an exception of their own. */
  static final Map<Integer, String> BY_STATUS =
      Map.ofEntries(
          Map.entry(400, "BadRequestException"),
          Map.entry(401, "UnauthorizedException"),
          Map.entry(403, "ForbiddenException"),
          Map.entry(404, "NotFoundException"),
          Map.entry(409, "ConflictException"),
          Map.entry(413, "PayloadTooLargeException"),
          Map.entry(422, "UnprocessableEntityException"),
          Map.entry(429, "TooManyRequestsException"),
          Map.entry(500, "InternalServerErrorException"),
          Map.entry(502, "BadGatewayException"),
          Map.entry(503, "ServiceUnavailableException"),
          Map.entry(504, "GatewayTimeoutException"));

  private StatusExceptions() {}

  /**
   * The exception a status, as the spec writes it ({@code 404}, {@code 4XX}, {@code default}),
   * maps to: the most specific one that every status it covers is an instance of.
   */
  static ClassName of(String status) {
    String upper = status.toUpperCase(Locale.ROOT);
    String name;
    if (upper.matches("[1-5][0-9][0-9]") && BY_STATUS.containsKey(Integer.parseInt(upper))) {
      name = BY_STATUS.get(Integer.parseInt(upper));
    } else if (upper.startsWith("4")) {
      name = "ClientErrorException";
    } else if (upper.startsWith("5")) {
      name = "ServerErrorException";
    } else {
      name = "ApiException";
    }
    return ClassName.get(ExternalTypes.RUNTIME, name);
  }
}
