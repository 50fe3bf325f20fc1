package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.MediaContent;
import io.recordgen.generator.model.Operation;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Plans the request body parameter: JSON when the operation takes JSON; form fields or multipart
 * parts from its object schema's record; a {@code String} for text; an {@code Upload} for
 * anything else, sent as a stream from bytes, a file or a stream.
 */
final class BodyPlanner {
  static final String FORM = "application/x-www-form-urlencoded";
  static final String MULTIPART = "multipart/form-data";

  /** The media type the runtime sends a body as unless told otherwise. */
  static final String DEFAULT_MEDIA_TYPE = "application/json";

  private final ModelPlanner models;
  private final Diagnostics diagnostics;

  BodyPlanner(ModelPlanner models, Diagnostics diagnostics) {
    this.models = models;
    this.diagnostics = diagnostics;
  }

  /** What an operation's body is. */
  sealed interface Outcome {
    /** The operation takes no body. */
    record None() implements Outcome {}

    /** The operation cannot be generated (reported). */
    record Skipped() implements Outcome {}

    /**
     * The body parameter.
     *
     * @param body its plan
     */
    record Body(BodyPlan body) implements Outcome {}
  }

  /** The body of {@code operation}, its component named in {@code members} of the input. */
  Outcome plan(Operation operation, String base, NameScope members) {
    if (operation.requestBody() == null || operation.requestBody().content().isEmpty()) {
      return new Outcome.None();
    }
    List<MediaContent> contents = operation.requestBody().content();
    MediaContent content = firstJson(contents);
    BodyPlan.Encoding encoding = BodyPlan.Encoding.JSON;
    if (content == null) {
      content =
          contents.stream()
              .filter(c -> bare(c).equals(FORM) || bare(c).equals(MULTIPART))
              .findFirst()
              .orElse(contents.get(0));
      String bare = bare(content);
      encoding =
          bare.equals(FORM)
              ? BodyPlan.Encoding.FORM
              : bare.equals(MULTIPART)
                  ? BodyPlan.Encoding.MULTIPART
                  : bare.startsWith("text/") ? BodyPlan.Encoding.TEXT : BodyPlan.Encoding.BINARY;
    }
    TypeName type;
    List<BodyPlan.Part> parts = List.of();
    switch (encoding) {
      case JSON, FORM, MULTIPART -> {
        if (content.schema() == null) {
          type = encoding == BodyPlan.Encoding.JSON ? ExternalTypes.OBJECT : null;
        } else {
          type =
              models
                  .mapper()
                  .map(content.schema(), base + "Request", Direction.REQUEST_ONLY)
                  .type();
        }
        if (encoding != BodyPlan.Encoding.JSON) {
          RecordPlan record = type == null ? null : models.record(type);
          if (record == null) {
            diagnostics.report(
                Code.OPERATION_SKIPPED,
                content.pointer(),
                operation.describe()
                    + " is not generated: its "
                    + content.mediaType()
                    + " body has no object schema"
                    + " with properties to send as fields");
            return new Outcome.Skipped();
          }
          parts =
              record.components().stream()
                  .map(c -> new BodyPlan.Part(c.wireName(), c.javaName()))
                  .toList();
        }
      }
      case TEXT -> type = ExternalTypes.STRING;
      default -> type = ExternalTypes.UPLOAD;
    }
    if (encoding != BodyPlan.Encoding.JSON) {
      diagnostics.report(
          Code.BODY_MEDIA_TYPE,
          content.pointer(),
          operation.describe()
              + " sends "
              + content.mediaType()
              + " as "
              + switch (encoding) {
                case FORM -> "form fields of " + ((ClassName) type).simpleName();
                case MULTIPART -> "one part per property of " + ((ClassName) type).simpleName();
                case TEXT -> "a String";
                default -> "an Upload (bytes, a file or a stream)";
              });
    }
    return new Outcome.Body(
        new BodyPlan(
            members.allocate("body"),
            type,
            !operation.requestBody().required(),
            content.mediaType(),
            encoding == BodyPlan.Encoding.MULTIPART
                || !content.mediaType().equalsIgnoreCase(DEFAULT_MEDIA_TYPE),
            DocText.of(operation.requestBody().docs()),
            encoding,
            parts));
  }

  /** The media type without its parameters, in lower case. */
  static String bare(MediaContent content) {
    String type = content.mediaType().toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
  }

  /** The first JSON media type, or {@code null}. */
  static @Nullable MediaContent firstJson(List<MediaContent> content) {
    for (MediaContent media : content) {
      if (media.isJson()) {
        return media;
      }
    }
    return null;
  }
}
