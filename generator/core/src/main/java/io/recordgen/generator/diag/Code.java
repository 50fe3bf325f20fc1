package io.recordgen.generator.diag;

/**
 * Every problem Recordgen reports, with a stable identifier. Identifiers never change meaning and
 * are never reused; tools and tests match on them.
 */
public enum Code {
  /** The spec file or resource does not exist. */
  SPEC_NOT_FOUND("RG001", Severity.ERROR),
  /** The spec could not be read: I/O failure, not text, not UTF-8. */
  SPEC_UNREADABLE("RG002", Severity.ERROR),
  /** The spec is not well-formed YAML or JSON, or exceeds a parsing limit. */
  SPEC_SYNTAX("RG003", Severity.ERROR),
  /** The document is not OpenAPI 3.0 or 3.1 (Swagger 2.0, an unknown version). */
  SPEC_VERSION("RG004", Severity.ERROR),
  /** The document breaks the OpenAPI specification. */
  SPEC_INVALID("RG005", Severity.ERROR),
  /** The spec is larger than the configured limit. */
  SPEC_TOO_LARGE("RG006", Severity.ERROR),
  /** A parser remark that does not stop generation. */
  SPEC_REMARK("RG007", Severity.WARNING),
  /** Swagger Parser's converter had something to say about a Swagger 2.0 document. */
  SPEC_CONVERTED("RG008", Severity.WARNING),
  /**
   * A defect of a published spec with one safe reading, which was taken (the message says which);
   * the strict option makes it an error under the defect's own code.
   */
  SPEC_DEFECT("RG009", Severity.WARNING),

  /** A {@code $ref} points to nothing. */
  REF_UNRESOLVED("RG010", Severity.ERROR),
  /** A {@code $ref} leaves the document and is not on the allowlist. */
  REF_EXTERNAL("RG011", Severity.ERROR),
  /** A {@code $ref} is not a valid URI reference or JSON pointer. */
  REF_MALFORMED("RG012", Severity.ERROR),
  /** {@code $ref}s that only point at each other, so no definition is ever reached. */
  REF_CYCLE("RG013", Severity.ERROR),

  /** A schema construct that is generated in a weaker form, such as {@code Object}. */
  SCHEMA_WEAKENED("RG020", Severity.WARNING),
  /** A {@code pattern} that is not a valid regular expression. */
  PATTERN_INVALID("RG021", Severity.ERROR),
  /** A {@code default} or {@code example} that does not fit its schema's type. */
  VALUE_WRONG_TYPE("RG022", Severity.WARNING),
  /** Constraints that no value can satisfy, such as {@code minLength} above {@code maxLength}. */
  CONSTRAINT_CONTRADICTORY("RG023", Severity.ERROR),
  /** An {@code x-recordgen-*} extension that is malformed or does not fit the operation. */
  EXTENSION_INVALID("RG024", Severity.ERROR),

  /** An operation that is not generated, with the reason. */
  OPERATION_SKIPPED("RG030", Severity.WARNING),
  /** Two operations with one operationId; the later one is renamed. */
  OPERATION_ID_DUPLICATE("RG031", Severity.WARNING),
  /** An operation without operationId; a name is derived from method and path. */
  OPERATION_ID_DERIVED("RG032", Severity.NOTE),
  /** A tag declared twice; the first declaration wins. */
  TAG_DUPLICATE("RG033", Severity.WARNING),
  /** A request body media type other than JSON that is passed as raw content. */
  BODY_MEDIA_TYPE("RG034", Severity.NOTE),
  /** A tag with more operations than one Java class holds, split into several clients. */
  CLIENT_SPLIT("RG035", Severity.WARNING),

  /** A spec name was changed to become a valid, unique Java identifier. */
  NAME_CHANGED("RG040", Severity.NOTE),
  /** An option names an invalid Java package. */
  PACKAGE_INVALID("RG041", Severity.ERROR),
  /** An option of a build route has a value it cannot take, such as a limit that is no number. */
  OPTION_INVALID("RG042", Severity.ERROR),
  /** A generated file, or the record of a generation, could not be written. */
  OUTPUT_FAILED("RG043", Severity.ERROR),
  /** An overlay document that cannot be applied: not an overlay, no actions, a bad JSONPath. */
  OVERLAY_INVALID("RG045", Severity.ERROR),
  /** An overlay action whose target selects nothing, so it changes nothing. */
  OVERLAY_UNMATCHED("RG046", Severity.WARNING),
  /**
   * A configuration that cannot be honoured: an unknown key, a value of the wrong kind, a mapped
   * name that is no valid Java name or is taken, a mapped type that is no qualified class name.
   */
  CONFIG_INVALID("RG047", Severity.ERROR),
  /** A configuration entry that names nothing in the spec, so it changes nothing. */
  CONFIG_UNMATCHED("RG048", Severity.WARNING),
  /** A mapped type that does not exist, is not public, or lacks a property the spec requires. */
  MAPPED_TYPE_INVALID("RG049", Severity.ERROR),

  /** Webhooks and callbacks are not generated. */
  WEBHOOK_SKIPPED("RG050", Severity.NOTE),

  /** Notes that were counted rather than printed; a verbose option prints them all. */
  NOTES_OMITTED("RG090", Severity.NOTE),

  /** A bug in Recordgen; the message says where. Please report it. */
  INTERNAL("RG099", Severity.ERROR);

  private final String id;
  private final Severity severity;

  Code(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /** The stable identifier, such as {@code RG010}. */
  public String id() {
    return id;
  }

  /** The severity a diagnostic of this code has. */
  public Severity severity() {
    return severity;
  }
}
