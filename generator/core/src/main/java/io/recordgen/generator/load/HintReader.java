package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.OperationHints;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the vendor extensions Recordgen understands on an operation:
 *
 * <pre>
 * x-idempotent: true              # may be resent like a PUT
 * x-recordgen-job-id: /job_id     # starts a job; its id is here in the success body
 * x-recordgen-job:                # shows a job
 *   status: /job/status
 *   completed: [Completed]
 *   failed: [Failed]
 *   running: [Running]            # optional; other values are pending
 *   failReason: /job/fail_reason  # optional
 *   progress: /job/process        # optional
 *   notYetVisible: [DBS.200543]   # optional: error codes of a job that is too new
 *   idParameter: id               # optional: defaults to the only required query parameter
 * x-recordgen-pager:              # lists a page at a time
 *   offset: offset
 *   limit: limit
 *   items: /backups
 *   total: /total_count           # optional
 * x-recordgen-idempotency-key: Idempotency-Key  # resent safely with this header's key; also
 *                                               # on the document, for every operation
 * </pre>
 *
 * A malformed extension is an error at its pointer.
 */
final class HintReader {
  private HintReader() {}

  /** The name of the extension that declares an idempotency-key header. */
  static final String IDEMPOTENCY_KEY = "x-recordgen-idempotency-key";

  /**
   * The document's {@code x-recordgen-idempotency-key}, the default of every operation; {@code
   * null} when it has none or it is malformed (reported).
   */
  static @Nullable String documentIdempotencyKey(JsonNode root, Diagnostics diagnostics) {
    return headerName(root, "", diagnostics);
  }

  static OperationHints read(
      JsonNode operation,
      String pointer,
      @Nullable String documentIdempotencyKey,
      Diagnostics diagnostics) {
    Boolean idempotent = null;
    JsonNode flag = operation.get("x-idempotent");
    if (flag != null) {
      if (flag.isBoolean()) {
        idempotent = flag.booleanValue();
      } else {
        invalid(diagnostics, pointer + "/x-idempotent", "must be true or false");
      }
    }
    String jobId = pointer(operation, "x-recordgen-job-id", pointer, diagnostics);
    return new OperationHints(
        idempotent,
        job(operation, pointer, diagnostics),
        path(jobId),
        pager(operation, pointer, diagnostics),
        operation.has(IDEMPOTENCY_KEY)
            ? headerName(operation, pointer, diagnostics)
            : documentIdempotencyKey);
  }

  /** A header name (an RFC 9110 token) under {@link #IDEMPOTENCY_KEY}. */
  private static @Nullable String headerName(
      JsonNode node, String pointer, Diagnostics diagnostics) {
    JsonNode value = node.get(IDEMPOTENCY_KEY);
    if (value == null) {
      return null;
    }
    if (!value.isTextual() || !isToken(value.asText())) {
      invalid(
          diagnostics,
          pointer + "/" + IDEMPOTENCY_KEY,
          "must be the name of a request header, such as Idempotency-Key");
      return null;
    }
    return value.asText();
  }

  /** Whether the text is an RFC 9110 token, the syntax of a header name. */
  private static boolean isToken(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static OperationHints.@Nullable JobHint job(
      JsonNode operation, String pointer, Diagnostics diagnostics) {
    JsonNode node = operation.get("x-recordgen-job");
    if (node == null) {
      return null;
    }
    String at = pointer + "/x-recordgen-job";
    if (!node.isObject()) {
      invalid(diagnostics, at, "must be an object");
      return null;
    }
    String status = pointer(node, "status", at, diagnostics);
    List<String> completed = strings(node, "completed", at, diagnostics);
    List<String> failed = strings(node, "failed", at, diagnostics);
    if (status == null || completed.isEmpty() || failed.isEmpty()) {
      invalid(diagnostics, at, "needs status, completed and failed");
      return null;
    }
    return new OperationHints.JobHint(
        status,
        completed,
        failed,
        strings(node, "running", at, diagnostics),
        pointer(node, "failReason", at, diagnostics),
        pointer(node, "progress", at, diagnostics),
        strings(node, "notYetVisible", at, diagnostics),
        node.hasNonNull("idParameter") ? node.get("idParameter").asText() : null);
  }

  private static OperationHints.@Nullable PagerHint pager(
      JsonNode operation, String pointer, Diagnostics diagnostics) {
    JsonNode node = operation.get("x-recordgen-pager");
    if (node == null) {
      return null;
    }
    String at = pointer + "/x-recordgen-pager";
    String offset = node.path("offset").asText("");
    String limit = node.path("limit").asText("");
    String items = pointer(node, "items", at, diagnostics);
    if (offset.isEmpty() || limit.isEmpty() || items == null) {
      invalid(diagnostics, at, "needs offset, limit and items");
      return null;
    }
    return new OperationHints.PagerHint(
        offset, limit, path(items), path(pointer(node, "total", at, diagnostics)));
  }

  /** A pointer with the top-level property it names, when it names one. */
  private static OperationHints.@Nullable PropertyPath path(@Nullable String pointer) {
    if (pointer == null) {
      return null;
    }
    String token = pointer.substring(1);
    return new OperationHints.PropertyPath(
        pointer, token.isEmpty() || token.contains("/") ? null : Pointers.unescape(token));
  }

  private static @Nullable String pointer(
      JsonNode node, String key, String at, Diagnostics diagnostics) {
    JsonNode value = node.get(key);
    if (value == null) {
      return null;
    }
    if (!value.isTextual() || !value.asText().startsWith("/")) {
      invalid(diagnostics, Pointers.child(at, key), "must be a JSON pointer such as /job_id");
      return null;
    }
    return value.asText();
  }

  private static List<String> strings(
      JsonNode node, String key, String at, Diagnostics diagnostics) {
    JsonNode value = node.get(key);
    List<String> list = new ArrayList<>();
    if (value == null) {
      return list;
    }
    if (!value.isArray()) {
      invalid(diagnostics, Pointers.child(at, key), "must be a list of strings");
      return list;
    }
    value.forEach(each -> list.add(each.asText()));
    return list;
  }

  private static void invalid(Diagnostics diagnostics, String pointer, String message) {
    diagnostics.report(Code.EXTENSION_INVALID, pointer, message);
  }
}
