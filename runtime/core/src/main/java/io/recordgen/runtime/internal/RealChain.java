package io.recordgen.runtime.internal;

import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.http.Deadline;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import java.util.List;

/** The interceptor chain: each {@link #proceed} hands the request to the next interceptor. */
public final class RealChain implements Interceptor.Chain {
  private final List<Interceptor> interceptors;
  private final int index;
  private final Request request;
  private final int attempt;
  private final Deadline deadline;
  private final CallOptions options;

  /**
   * Starts a chain.
   *
   * @param interceptors the interceptors, the last of which must answer without proceeding
   * @param request the request
   * @param deadline the call's deadline
   * @param options what the call changes of the client's settings
   */
  public RealChain(
      List<Interceptor> interceptors, Request request, Deadline deadline, CallOptions options) {
    this(interceptors, 0, request, 1, deadline, options);
  }

  private RealChain(
      List<Interceptor> interceptors,
      int index,
      Request request,
      int attempt,
      Deadline deadline,
      CallOptions options) {
    this.interceptors = interceptors;
    this.index = index;
    this.request = request;
    this.attempt = attempt;
    this.deadline = deadline;
    this.options = options;
  }

  /** Runs the whole chain from the first interceptor. */
  public Response run() {
    return interceptors.get(index).intercept(this);
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public int attempt() {
    return attempt;
  }

  @Override
  public Deadline deadline() {
    return deadline;
  }

  @Override
  public CallOptions options() {
    return options;
  }

  @Override
  public Response proceed(Request next) {
    return proceed(next, attempt);
  }

  @Override
  public Response proceed(Request next, int nextAttempt) {
    if (index + 1 >= interceptors.size()) {
      throw new IllegalStateException("the last interceptor must not proceed");
    }
    return new RealChain(interceptors, index + 1, next, nextAttempt, deadline, options).run();
  }
}
