package io.recordgen.runtime;

import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.support.Internals;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** {@link Internals.Access}, where the constructors and the builder's test settings are. */
final class RuntimeAccess implements Internals.Access {
  @Override
  public DecodingException decoding(
      String message, @Nullable Throwable cause, @Nullable Response from) {
    if (from != null) {
      return new DecodingException(message, cause, from);
    }
    return cause == null ? new DecodingException(message) : new DecodingException(message, cause);
  }

  @Override
  public InvalidRequestException invalidRequest(String message) {
    return new InvalidRequestException(message);
  }

  @Override
  public ConnectFailedException connectFailed(String message, Throwable cause) {
    return new ConnectFailedException(message, cause);
  }

  @Override
  public AttemptTimeoutException attemptTimeout(String message, Throwable cause) {
    return new AttemptTimeoutException(message, cause);
  }

  @Override
  public DeadlineExceededException deadlineExceeded(String message) {
    return new DeadlineExceededException(message);
  }

  @Override
  public ConnectionResetException connectionReset(String message, Throwable cause) {
    return new ConnectionResetException(message, cause);
  }

  @Override
  public ResponseTooLargeException responseTooLarge(String message) {
    return new ResponseTooLargeException(message);
  }

  @Override
  public CallInterruptedException callInterrupted(String message, Throwable cause) {
    return new CallInterruptedException(message, cause);
  }

  @Override
  public ConstraintViolationException constraintViolation(
      String target, List<Violation> violations) {
    return new ConstraintViolationException(target, violations);
  }

  @Override
  public void time(ApiClient.Builder builder, Clock clock, Sleeper sleeper) {
    builder.clock(clock).sleeper(sleeper);
  }

  @Override
  public void jitter(ApiClient.Builder builder, RandomGenerator random) {
    builder.random(random);
  }
}
