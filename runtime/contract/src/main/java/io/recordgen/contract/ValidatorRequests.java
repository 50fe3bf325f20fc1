package io.recordgen.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A recorded request as swagger-request-validator reads it: path and query decoded. */
final class ValidatorRequests {
  private ValidatorRequests() {}

  static Request of(RecordedRequest request) {
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(
            request.method(),
            URLDecoder.decode(request.path().replace("+", "%2B"), StandardCharsets.UTF_8));
    request.headers().forEach((name, values) -> builder.withHeader(name, values));
    if (request.query() != null) {
      for (String pair : request.query().split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        builder.withQueryParam(key, value);
      }
    }
    if (request.body().length > 0) {
      builder.withBody(request.bodyText());
    }
    return builder.build();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
