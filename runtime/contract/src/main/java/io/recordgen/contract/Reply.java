package io.recordgen.contract;

import java.time.Duration;

/** What the stub server does for one request of an operation. */
public sealed interface Reply {

  /** What the spec says: validate the request, then answer with the success example. */
  record FromSpec() implements Reply {}

  /**
   * The example the spec gives for {@code status}, without validating the request.
   *
   * @param status the documented status
   */
  record Example(int status) implements Reply {}

  /**
   * A fixed response.
   *
   * @param response the response
   */
  record Respond(StubResponse response) implements Reply {}

  /**
   * A broken connection.
   *
   * @param fault the fault
   */
  record Break(Fault fault) implements Reply {}

  /**
   * Another reply, after a delay.
   *
   * @param delay how long to wait
   * @param then the reply
   */
  record Delayed(Duration delay, Reply then) implements Reply {}

  /** The spec's behaviour. */
  static Reply fromSpec() {
    return new FromSpec();
  }

  /** The spec's example for {@code status}. */
  static Reply example(int status) {
    return new Example(status);
  }

  /** A fixed response. */
  static Reply respond(StubResponse response) {
    return new Respond(response);
  }

  /** A JSON response. */
  static Reply json(int status, String json) {
    return new Respond(StubResponse.json(status, json));
  }

  /** A broken connection. */
  static Reply fault(Fault fault) {
    return new Break(fault);
  }

  /** {@code then}, after {@code delay}. */
  static Reply delayed(Duration delay, Reply then) {
    return new Delayed(delay, then);
  }
}
