package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The request body parameter of a client method.
 *
 * @param javaName the parameter name
 * @param type its Java type
 * @param nullable whether the body is optional
 * @param mediaType the media type it is sent as
 * @param namesMediaType whether the call names the media type, which it need not for the
 *     runtime's default, {@code application/json}
 * @param javadoc documentation text, unescaped
 * @param encoding how the value becomes bytes
 * @param parts for {@code multipart/form-data}: the record's properties, one part each
 */
public record BodyPlan(
    String javaName,
    TypeName type,
    boolean nullable,
    String mediaType,
    boolean namesMediaType,
    String javadoc,
    Encoding encoding,
    List<Part> parts) {

  public BodyPlan {
    parts = List.copyOf(parts);
  }

  /** How a body value becomes bytes. */
  public enum Encoding {
    /** JSON, by the runtime's codec. */
    JSON,
    /** {@code application/x-www-form-urlencoded}, from the record's JSON properties. */
    FORM,
    /** {@code multipart/form-data}, one part per property of the record. */
    MULTIPART,
    /** A string as UTF-8 ({@code text/*}). */
    TEXT,
    /** {@code Bytes} as they are ({@code application/octet-stream} and other media). */
    BINARY
  }

  /**
   * One part of a multipart body.
   *
   * @param name the part name (the property's wire name)
   * @param accessor the record accessor of its value
   */
  public record Part(String name, String accessor) {}
}
