package io.recordgen.contract;

import java.time.Duration;

/** A broken connection the stub server can produce instead of a response. */
public sealed interface Fault {

  /** The connection is closed without any response. */
  record EmptyResponse() implements Fault {}

  /**
   * The headers promise the whole body, then the connection closes halfway through it.
   *
   * @param response the response whose body is cut
   */
  record TruncatedBody(StubResponse response) implements Fault {}

  /**
   * The body arrives one byte at a time, {@code interval} apart.
   *
   * @param response the response to dribble
   * @param interval the pause before each byte
   */
  record Dribble(StubResponse response, Duration interval) implements Fault {}

  /** The connection closes without a response. */
  static Fault emptyResponse() {
    return new EmptyResponse();
  }

  /** The body of {@code response} stops halfway. */
  static Fault truncatedBody(StubResponse response) {
    return new TruncatedBody(response);
  }

  /** The body of {@code response} arrives one byte per {@code interval}. */
  static Fault dribble(StubResponse response, Duration interval) {
    return new Dribble(response, interval);
  }
}
