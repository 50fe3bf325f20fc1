package io.recordgen.runtime;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of a {@code text/event-stream} response, as the HTML standard's event stream
 * interpretation dispatches it.
 *
 * @param event the event type: its {@code event} field, {@code "message"} when it has none
 * @param data its {@code data} lines, joined with line feeds
 * @param id the last event id the stream has set, if any
 * @param retry the reconnection time the server asked for with this event, if any
 */
public record ServerSentEvent(
    String event, String data, @Nullable String id, @Nullable Duration retry) {
  public ServerSentEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(data, "data");
  }

  /** A {@code message} event of {@code data}, for fakes and tests. */
  public static ServerSentEvent of(String data) {
    return new ServerSentEvent("message", data, null, null);
  }
}
