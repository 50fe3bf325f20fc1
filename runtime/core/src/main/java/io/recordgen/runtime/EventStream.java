package io.recordgen.runtime;

import io.recordgen.runtime.internal.StreamFailures;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A {@code text/event-stream} response: its server-sent events, read from the connection as
 * iteration reaches them, parsed as the HTML standard says (fields {@code event}, {@code data},
 * {@code id} and {@code retry}; comments and unknown fields ignored; an event ends at a blank
 * line, and an unfinished one at the end of the stream is dropped).
 *
 * <p>Iterate it once, inside {@code try}-with-resources: closing it before the end closes the
 * connection, and the server sees the client leave.
 *
 * <pre>{@code
 * try (EventStream events = api.watchJobs(input)) {
 *   for (ServerSentEvent event : events) {
 *     Job job = events.decode(event, Job.class);
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Reading throws {@link TransportException} when the connection breaks or the server sends
 * nothing for longer than the attempt timeout while the stream waits, and {@link
 * ResponseTooLargeException} for an event larger than the client's size limit.
 */
public final class EventStream implements Iterable<ServerSentEvent>, Closeable {
  private final InputStream stream;
  private final Reader reader;
  private final JsonCodec codec;
  private final String what;
  private final long maxEventChars;
  private final AtomicBoolean iterated = new AtomicBoolean();
  private @Nullable String lastEventId;
  private boolean first = true;
  private int pushedBack = -1;

  EventStream(InputStream stream, JsonCodec codec, String what, long maxEventChars) {
    this.stream = Objects.requireNonNull(stream, "stream");
    this.reader = new InputStreamReader(stream, StandardCharsets.UTF_8);
    this.codec = Objects.requireNonNull(codec, "codec");
    this.what = what;
    this.maxEventChars = maxEventChars;
  }

  /** A stream of these events, for fakes and tests. */
  public static EventStream of(JsonCodec codec, ServerSentEvent... events) {
    StringBuilder text = new StringBuilder();
    for (ServerSentEvent event : events) {
      if (event.id() != null) {
        text.append("id: ").append(event.id()).append('\n');
      }
      if (!event.event().equals("message")) {
        text.append("event: ").append(event.event()).append('\n');
      }
      for (String line : event.data().split("\n", -1)) {
        text.append("data: ").append(line).append('\n');
      }
      text.append('\n');
    }
    return new EventStream(
        new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
        codec,
        "events",
        Integer.MAX_VALUE - 8);
  }

  /** The events, once; each is read when iteration reaches it. */
  @Override
  public Iterator<ServerSentEvent> iterator() {
    if (!iterated.compareAndSet(false, true)) {
      throw new IllegalStateException(what + ": the event stream was iterated before");
    }
    return new Iterator<>() {
      private @Nullable ServerSentEvent next;
      private boolean ended;

      @Override
      public boolean hasNext() {
        if (next == null && !ended) {
          next = read();
          ended = next == null;
        }
        return next != null;
      }

      @Override
      public ServerSentEvent next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ServerSentEvent event = next;
        next = null;
        return event;
      }
    };
  }

  /** The events as a sequential, lazy stream; closing it closes this. */
  public Stream<ServerSentEvent> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** The data of an event decoded from JSON into {@code type}. */
  public <T> T decode(ServerSentEvent event, Class<T> type) {
    return decode(event, (Type) type);
  }

  /** The data of an event decoded from JSON into a generic {@code type}. */
  public <T> T decode(ServerSentEvent event, Type type) {
    return codec.decode(event.data().getBytes(StandardCharsets.UTF_8), type);
  }

  /** The last event id the server set: what a reconnection sends as {@code Last-Event-ID}. */
  public @Nullable String lastEventId() {
    return lastEventId;
  }

  /** Stops reading; the connection is closed. */
  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      // The connection is being dropped anyway.
    }
  }

  /** The next event, or {@code null} at the end of the stream. */
  private @Nullable ServerSentEvent read() {
    StringBuilder data = new StringBuilder();
    boolean hasData = false;
    String type = null;
    Duration retry = null;
    StringBuilder line = new StringBuilder();
    while (true) {
      if (!readLine(line)) {
        return null; // an event the stream did not finish is dropped
      }
      if (line.length() == 0) {
        if (!hasData) {
          type = null;
          continue;
        }
        if (data.length() > 0 && data.charAt(data.length() - 1) == '\n') {
          data.setLength(data.length() - 1);
        }
        return new ServerSentEvent(
            type == null || type.isEmpty() ? "message" : type, data.toString(), lastEventId, retry);
      }
      if (line.charAt(0) == ':') {
        continue;
      }
      int colon = line.indexOf(":");
      String field = colon < 0 ? line.toString() : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "event" -> type = value;
        case "data" -> {
          data.append(value).append('\n');
          hasData = true;
          if (data.length() > maxEventChars) {
            close();
            throw new ResponseTooLargeException(
                what + ": an event exceeds the limit of " + maxEventChars + " characters");
          }
        }
        case "id" -> {
          if (value.indexOf('\0') < 0) {
            lastEventId = value;
          }
        }
        case "retry" -> {
          if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
              retry = Duration.ofMillis(Long.parseLong(value));
            } catch (NumberFormatException tooLong) {
              // ignored, as the standard ignores values it cannot use
            }
          }
        }
        default -> {
          // unknown fields are ignored
        }
      }
    }
  }

  /**
   * Reads one line, ended by CRLF, LF or CR, into {@code line}.
   *
   * @return false at the end of the stream when no line was started
   */
  private boolean readLine(StringBuilder line) {
    line.setLength(0);
    try {
      while (true) {
        int c = pushedBack >= 0 ? pushedBack : reader.read();
        pushedBack = -1;
        if (first) {
          first = false;
          if (c == '\uFEFF') {
            continue;
          }
        }
        if (c < 0) {
          return false;
        }
        if (c == '\n') {
          return true;
        }
        if (c == '\r') {
          int after = reader.read();
          if (after != '\n') {
            pushedBack = after;
          }
          return true;
        }
        line.append((char) c);
        if (line.length() > maxEventChars) {
          close();
          throw new ResponseTooLargeException(
              what + ": a line exceeds the limit of " + maxEventChars + " characters");
        }
      }
    } catch (IOException e) {
      throw StreamFailures.of(what, e);
    }
  }
}
