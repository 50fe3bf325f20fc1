package io.recordgen.runtime.support;

import io.recordgen.runtime.Bytes;
import io.recordgen.runtime.Download;
import io.recordgen.runtime.EventStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * The Java type a successful response body decodes into. Generated code uses {@link #of(Class)}
 * for records, {@link #none()} for operations without a body, and an anonymous subclass for
 * generic types: {@code new ResponseType<List<Backup>>() {}}.
 *
 * @param <T> the decoded type
 */
public abstract class ResponseType<T> {
  private static final ResponseType<Void> NONE = new Fixed<>(Void.class, Kind.JSON);
  private static final ResponseType<Bytes> BYTES = new Fixed<>(Bytes.class, Kind.BYTES);
  private static final ResponseType<String> TEXT = new Fixed<>(String.class, Kind.TEXT);
  private static final ResponseType<Download> DOWNLOAD = new Fixed<>(Download.class, Kind.STREAM);
  private static final ResponseType<EventStream> EVENTS =
      new Fixed<>(EventStream.class, Kind.EVENTS);

  /** How a body is read. */
  public enum Kind {
    /** Decoded from JSON. */
    JSON,
    /** Taken as bytes ({@code application/octet-stream}, images, archives). */
    BYTES,
    /** Taken as text in the charset the response names, UTF-8 by default. */
    TEXT,
    /** Handed over on the connection, as a {@link Download}: files, archives, media. */
    STREAM,
    /** Server-sent events read as they arrive, as an {@link EventStream}. */
    EVENTS
  }

  private final Type type;
  private final Kind kind;

  /** Captures {@code T} from an anonymous subclass. */
  protected ResponseType() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)) {
      throw new IllegalStateException("ResponseType needs a type argument");
    }
    this.type = parameterized.getActualTypeArguments()[0];
    this.kind = Kind.JSON;
  }

  private ResponseType(Type type, Kind kind) {
    this.type = type;
    this.kind = kind;
  }

  /** A response decoded into {@code type}. */
  public static <T> ResponseType<T> of(Class<T> type) {
    return new Fixed<>(type, Kind.JSON);
  }

  /** A body taken as bytes, whatever its content. */
  public static ResponseType<Bytes> bytes() {
    return BYTES;
  }

  /** A binary body read as the caller chooses: a stream, a file, or bytes. */
  public static ResponseType<Download> download() {
    return DOWNLOAD;
  }

  /** A {@code text/event-stream} body, event by event. */
  public static ResponseType<EventStream> events() {
    return EVENTS;
  }

  /** Whether the body is handed over on the connection rather than read whole. */
  public boolean streams() {
    return kind == Kind.STREAM || kind == Kind.EVENTS;
  }

  /** A body taken as text. */
  public static ResponseType<String> text() {
    return TEXT;
  }

  /** How the body is read. */
  public Kind kind() {
    return kind;
  }

  /** A response whose body, if any, is ignored. */
  public static ResponseType<Void> none() {
    return NONE;
  }

  /** The reflective type. */
  public Type type() {
    return type;
  }

  /** Whether the body is ignored. */
  public boolean isNone() {
    return type == Void.class;
  }

  @Override
  public String toString() {
    return "ResponseType[" + type.getTypeName() + (kind == Kind.JSON ? "" : ", " + kind) + "]";
  }

  private static final class Fixed<T> extends ResponseType<T> {
    Fixed(Class<T> type, Kind kind) {
      super(type, kind);
    }
  }
}
