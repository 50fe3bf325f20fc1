package io.recordgen.runtime.support;

import io.recordgen.runtime.Bytes;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.runtime.OpenEnum;
import io.recordgen.runtime.internal.ParamFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * A {@code multipart/form-data} body (RFC 7578), built by generated clients from a request
 * record: {@link Bytes} become file parts, strings, numbers, booleans and enumerations text
 * parts, lists one part per item, anything else a JSON part.
 */
public final class Multipart {
  private final List<Part> parts;

  private Multipart(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /** One part: its name, optional file name, content type and bytes. */
  record Part(String name, @Nullable String fileName, String contentType, Object value) {}

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The parts, for tests and logging: names and content types only. */
  public List<String> describe() {
    List<String> names = new ArrayList<>();
    for (Part part : parts) {
      names.add(part.name() + " (" + part.contentType() + ")");
    }
    return names;
  }

  /**
   * The encoded body and its content type, with a boundary that occurs in no part.
   *
   * @param codec encodes JSON parts
   * @return the bytes and the {@code Content-Type} header value
   */
  public EncodedBody encode(JsonCodec codec) {
    List<byte[]> contents = new ArrayList<>(parts.size());
    for (Part part : parts) {
      contents.add(content(part, codec));
    }
    String boundary;
    do {
      byte[] random = new byte[16];
      ThreadLocalRandom.current().nextBytes(random);
      boundary = "recordgen-" + HexFormat.of().formatHex(random);
    } while (occurs(boundary, contents));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      StringBuilder head =
          new StringBuilder("--")
              .append(boundary)
              .append("\r\n")
              .append("Content-Disposition: form-data; name=\"")
              .append(quoted(part.name()))
              .append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(quoted(part.fileName())).append('"');
      }
      head.append("\r\nContent-Type: ").append(part.contentType()).append("\r\n\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(contents.get(i));
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return new EncodedBody(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }

  private static byte[] content(Part part, JsonCodec codec) {
    Object value = part.value();
    if (value instanceof Bytes bytes) {
      return bytes.toByteArray();
    }
    if (part.contentType().startsWith("text/")) {
      return ParamFormat.format(value).getBytes(StandardCharsets.UTF_8);
    }
    return codec.encode(value);
  }

  private static boolean occurs(String boundary, List<byte[]> contents) {
    byte[] needle = boundary.getBytes(StandardCharsets.US_ASCII);
    for (byte[] content : contents) {
      outer:
      for (int i = 0; i + needle.length <= content.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (content[i + j] != needle[j]) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** A name or file name inside quotes: CR, LF and NUL are refused, quotes escaped. */
  private static String quoted(String text) {
    if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\0') >= 0) {
      throw Internals.invalidRequest("a multipart part name contains CR, LF or NUL");
    }
    return text.replace("\\", "\\\\").replace("\"", "%22");
  }

  @Override
  public String toString() {
    return "Multipart" + describe();
  }

  /** Builds a {@link Multipart}. */
  public static final class Builder {
    private final List<Part> parts = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a part for a property; {@code null} adds nothing.
     *
     * @param name the property name
     * @param value its value
     * @return this builder
     */
    public Builder part(String name, @Nullable Object value) {
      Objects.requireNonNull(name, "name");
      if (value == null) {
        return this;
      }
      if (value instanceof io.recordgen.runtime.json.Tristate<?> tristate) {
        return tristate.hasValue() ? part(name, tristate.get()) : this;
      }
      if (value instanceof Collection<?> items) {
        for (Object item : items) {
          part(name, item);
        }
        return this;
      }
      if (value instanceof Bytes) {
        parts.add(new Part(name, name, "application/octet-stream", value));
      } else if (value instanceof CharSequence
          || value instanceof Number
          || value instanceof Boolean
          || value instanceof OpenEnum<?>
          || value instanceof java.time.temporal.TemporalAccessor
          || value instanceof java.util.UUID
          || value instanceof java.net.URI) {
        parts.add(new Part(name, null, "text/plain; charset=UTF-8", value));
      } else {
        parts.add(new Part(name, null, "application/json", value));
      }
      return this;
    }

    /**
     * Adds a file part with its own file name and content type.
     *
     * @param name the property name
     * @param fileName the file name sent
     * @param contentType the part's content type
     * @param content the bytes
     * @return this builder
     */
    public Builder file(String name, String fileName, String contentType, Bytes content) {
      parts.add(
          new Part(
              Objects.requireNonNull(name, "name"),
              Objects.requireNonNull(fileName, "fileName"),
              Objects.requireNonNull(contentType, "contentType"),
              Objects.requireNonNull(content, "content")));
      return this;
    }

    /** The body. */
    public Multipart build() {
      return new Multipart(parts);
    }
  }
}
