package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.model.MediaContent;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Response;
import io.recordgen.generator.model.ResponseHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans what an operation answers: the type its first success response decodes into (JSON into
 * its type, text into a {@code String}, server-sent events into an {@code EventStream}, anything
 * else into a {@code Download}), how the body is read, the errors it documents, and the record of body and headers when the success response
 * declares headers.
 */
final class ResponsePlanner {
  /** The media type of server-sent events. */
  static final String EVENT_STREAM = "text/event-stream";

  private final SchemaMapper mapper;

  ResponsePlanner(SchemaMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * What a success returns.
   *
   * @param type the Java type, or {@code void}
   * @param kind how the body is read
   * @param javadoc the response's description
   */
  record Returns(TypeName type, OperationPlan.ReturnKind kind, String javadoc) {}

  private static final Returns NOTHING =
      new Returns(ExternalTypes.VOID, OperationPlan.ReturnKind.NONE, "");

  /** The first success response (a 2xx code or the 2XX range), or {@code null}. */
  static @Nullable Response success(Operation operation) {
    for (Response response : operation.responses()) {
      if (response.isSuccess()) {
        return response;
      }
    }
    return null;
  }

  /** What the success response returns: JSON decoded, text, bytes or nothing. */
  Returns returns(@Nullable Response success, String base) {
    if (success == null) {
      return NOTHING;
    }
    String doc = success.docs().description() == null ? "" : success.docs().description();
    MediaContent json = BodyPlanner.firstJson(success.content());
    if (json != null && json.schema() != null) {
      TypeName type = mapper.map(json.schema(), base + "Response", Direction.RESPONSE_ONLY).type();
      return new Returns(type, OperationPlan.ReturnKind.JSON, doc);
    }
    if (json == null && !success.content().isEmpty()) {
      String bare = BodyPlanner.bare(success.content().get(0));
      if (bare.equals(EVENT_STREAM)) {
        return new Returns(ExternalTypes.EVENT_STREAM, OperationPlan.ReturnKind.EVENTS, doc);
      }
      if (bare.startsWith("text/")) {
        return new Returns(ExternalTypes.STRING, OperationPlan.ReturnKind.TEXT, doc);
      }
      // Binary bodies stay on the connection: a caller streams them, or writes them to a file.
      return new Returns(ExternalTypes.DOWNLOAD, OperationPlan.ReturnKind.DOWNLOAD, doc);
    }
    return new Returns(ExternalTypes.VOID, OperationPlan.ReturnKind.NONE, doc);
  }

  /** The error responses it documents, for {@code @throws}; informational and redirects aside. */
  static List<ErrorPlan> errors(Operation operation) {
    List<ErrorPlan> errors = new ArrayList<>();
    for (Response response : operation.responses()) {
      String status = response.status();
      if (response.isSuccess() || status.startsWith("1") || status.startsWith("3")) {
        continue;
      }
      String doc = response.docs().description() == null ? "" : response.docs().description();
      errors.add(new ErrorPlan(StatusExceptions.of(status), status, doc));
    }
    return errors;
  }

  /**
   * The keys of every header the success response declares, typed, or {@code null} when it
   * declares none.
   *
   * @param keys the class name allocated for the keys
   */
  @Nullable HeadersPlan headers(
      Operation operation, Response success, String base, ClassName keys) {
    if (success.headers().isEmpty()) {
      return null;
    }
    NameScope constants = NameScope.members(Set.of());
    List<HeadersPlan.Header> headers = new ArrayList<>();
    for (ResponseHeader header : success.headers()) {
      TypeName type =
          mapper
              .map(
                  header.schema(), base + Naming.typeSuffix(header.name()), Direction.RESPONSE_ONLY)
              .type();
      if (!TypeMapping.HEADER_TYPES.contains(type)) {
        type = ExternalTypes.STRING;
      }
      headers.add(
          new HeadersPlan.Header(
              constants.allocate(Naming.constantName(header.name())),
              header.name(),
              type,
              DocText.description(header.docs())));
    }
    return new HeadersPlan(keys, operation.describe(), headers);
  }
}
