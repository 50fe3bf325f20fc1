package io.recordgen.runtime.support;

import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.AttemptTimeoutException;
import io.recordgen.runtime.CallInterruptedException;
import io.recordgen.runtime.ConnectFailedException;
import io.recordgen.runtime.ConnectionResetException;
import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.DeadlineExceededException;
import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.InvalidRequestException;
import io.recordgen.runtime.ResponseTooLargeException;
import io.recordgen.runtime.Sleeper;
import io.recordgen.runtime.Violation;
import io.recordgen.runtime.http.Response;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What the runtime's own packages and modules (codecs, auth providers, transports, tests) reach
 * in {@code io.recordgen.runtime} that users do not: the constructors of its exceptions, which
 * are not public so that only the runtime throws them, and the builder's clock, sleeper and
 * jitter, which exist for tests. Not for users; it changes with the runtime.
 *
 * <p>The implementation lives in {@code io.recordgen.runtime}, where the constructors are, and
 * installs itself when that package's classes initialise (the JDK's "shared secrets" pattern).
 */
public final class Internals {
  private static final String INSTALLER = "io.recordgen.runtime.RecordgenException";
  private static final String IMPLEMENTATION = "io.recordgen.runtime.RuntimeAccess";

  private static volatile @Nullable Access access;

  private Internals() {}

  /** What {@code io.recordgen.runtime} gives the rest of the runtime. */
  public interface Access {
    DecodingException decoding(String message, @Nullable Throwable cause, @Nullable Response from);

    InvalidRequestException invalidRequest(String message);

    ConnectFailedException connectFailed(String message, Throwable cause);

    AttemptTimeoutException attemptTimeout(String message, Throwable cause);

    DeadlineExceededException deadlineExceeded(String message);

    ConnectionResetException connectionReset(String message, Throwable cause);

    ResponseTooLargeException responseTooLarge(String message);

    CallInterruptedException callInterrupted(String message, Throwable cause);

    ConstraintViolationException constraintViolation(String target, List<Violation> violations);

    void time(ApiClient.Builder builder, Clock clock, Sleeper sleeper);

    void jitter(ApiClient.Builder builder, RandomGenerator random);
  }

  /** Called once by the runtime's own implementation; any other caller is refused. */
  public static void install(Access implementation) {
    if (!implementation.getClass().getName().equals(IMPLEMENTATION)) {
      throw new IllegalArgumentException("only the runtime installs its internals");
    }
    if (access == null) {
      access = implementation;
    }
  }

  private static Access access() {
    Access installed = access;
    if (installed == null) {
      try {
        Class.forName(INSTALLER, true, Internals.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the runtime is incomplete", e);
      }
      installed = access;
      if (installed == null) {
        throw new IllegalStateException("the runtime did not install its internals");
      }
    }
    return installed;
  }

  /** A body that did not decode. */
  public static DecodingException decoding(String message) {
    return access().decoding(message, null, null);
  }

  /** A body that did not decode, for this reason. */
  public static DecodingException decoding(String message, @Nullable Throwable cause) {
    return access().decoding(message, cause, null);
  }

  /** A body of {@code response} that did not decode; the exception keeps what it can of it. */
  public static DecodingException decoding(
      String message, @Nullable Throwable cause, Response response) {
    return access().decoding(message, cause, response);
  }

  /** A request that cannot be built or sent safely. */
  public static InvalidRequestException invalidRequest(String message) {
    return access().invalidRequest(message);
  }

  /** No connection could be made. */
  public static ConnectFailedException connectFailed(String message, Throwable cause) {
    return access().connectFailed(message, cause);
  }

  /** One attempt took longer than its timeout. */
  public static AttemptTimeoutException attemptTimeout(String message, Throwable cause) {
    return access().attemptTimeout(message, cause);
  }

  /** The call's deadline passed. */
  public static DeadlineExceededException deadlineExceeded(String message) {
    return access().deadlineExceeded(message);
  }

  /** The connection broke during the exchange. */
  public static ConnectionResetException connectionReset(String message, Throwable cause) {
    return access().connectionReset(message, cause);
  }

  /** A body larger than the client accepts. */
  public static ResponseTooLargeException responseTooLarge(String message) {
    return access().responseTooLarge(message);
  }

  /** The calling thread was interrupted. */
  public static CallInterruptedException callInterrupted(String message, Throwable cause) {
    return access().callInterrupted(message, cause);
  }

  /** Values that break the spec's constraints. */
  public static ConstraintViolationException constraintViolation(
      String target, List<Violation> violations) {
    return access().constraintViolation(target, violations);
  }

  /**
   * For tests: the client measures deadlines and {@code Retry-After} on {@code clock} and waits
   * between attempts with {@code sleeper}.
   */
  public static ApiClient.Builder time(ApiClient.Builder builder, Clock clock, Sleeper sleeper) {
    access().time(builder, clock, sleeper);
    return builder;
  }

  /** For tests: the random source of backoff jitter. */
  public static ApiClient.Builder jitter(ApiClient.Builder builder, RandomGenerator random) {
    access().jitter(builder, random);
    return builder;
  }
}
