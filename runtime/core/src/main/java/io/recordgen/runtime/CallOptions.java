package io.recordgen.runtime;

import io.recordgen.runtime.http.Headers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one call may change of its client's settings: its deadline and attempt timeout, extra
 * headers, an idempotency key, a retry policy, and attributes for interceptors. Immutable and
 * cheap: a call with options runs on the same {@code ApiClient}, its connections and threads.
 *
 * <pre>{@code
 * backups.createBackupWithResponse(input,
 *     CallOptions.builder().timeout(Duration.ofSeconds(5)).header("X-Trace-Id", traceId).build());
 * }</pre>
 */
public final class CallOptions {
  private static final CallOptions NONE = new Builder().build();

  private final @Nullable Duration timeout;
  private final @Nullable Duration attemptTimeout;
  private final Headers headers;
  private final @Nullable String idempotencyKey;
  private final @Nullable RetryPolicy retryPolicy;
  private final Map<Attribute<?>, Object> attributes;

  private CallOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.attemptTimeout = builder.attemptTimeout;
    this.headers = builder.headers;
    this.idempotencyKey = builder.idempotencyKey;
    this.retryPolicy = builder.retryPolicy;
    this.attributes = Map.copyOf(builder.attributes);
  }

  /** No changes: the client's settings as they are. */
  public static CallOptions none() {
    return NONE;
  }

  /** Starts options from none. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these options. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.timeout = timeout;
    builder.attemptTimeout = attemptTimeout;
    builder.headers = headers;
    builder.idempotencyKey = idempotencyKey;
    builder.retryPolicy = retryPolicy;
    builder.attributes.putAll(attributes);
    return builder;
  }

  /** The deadline of the whole call, instead of the client's call timeout. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The timeout of one attempt, instead of the client's. */
  public Optional<Duration> attemptTimeout() {
    return Optional.ofNullable(attemptTimeout);
  }

  /** Headers sent with this call besides the client's own; they replace those of the same name. */
  public Headers headers() {
    return headers;
  }

  /**
   * The idempotency key of this call, the same on every attempt, so that a server that honours it
   * applies a repeated request once; a keyed call is retried like a PUT. It is sent in the header
   * the operation declares ({@code x-recordgen-idempotency-key}), else as {@code
   * Idempotency-Key}. Operations that declare a header get a random key per call without this.
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** The retry policy of this call, instead of the client's. */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /** The value of an attribute, or {@code null}. */
  public <T> @Nullable T attribute(Attribute<T> key) {
    Object value = attributes.get(key);
    return value == null ? null : key.type().cast(value);
  }

  /** Whether these are the empty options. */
  public boolean isNone() {
    return this == NONE
        || timeout == null
            && attemptTimeout == null
            && headers.isEmpty()
            && idempotencyKey == null
            && retryPolicy == null
            && attributes.isEmpty();
  }

  /** Shows timeouts, header names and attribute names; never header values or the key. */
  @Override
  public String toString() {
    return "CallOptions[timeout="
        + timeout
        + ", attemptTimeout="
        + attemptTimeout
        + ", headers="
        + headers.names()
        + ", idempotencyKey="
        + (idempotencyKey == null ? "none" : "<set>")
        + ", retryPolicy="
        + retryPolicy
        + ", attributes="
        + attributes.keySet().stream().map(Attribute::name).toList()
        + "]";
  }

  /**
   * A typed key of a value that travels with a call to interceptors, such as a tenant id for a
   * logging interceptor. Keys compare by identity: share one instance.
   *
   * @param <T> the value type
   */
  public static final class Attribute<T> {
    private final String name;
    private final Class<T> type;

    private Attribute(String name, Class<T> type) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = Objects.requireNonNull(type, "type");
    }

    /** A new key. */
    public static <T> Attribute<T> of(String name, Class<T> type) {
      return new Attribute<>(name, type);
    }

    /** Its name, for messages. */
    public String name() {
      return name;
    }

    /** Its value type. */
    public Class<T> type() {
      return type;
    }

    @Override
    public String toString() {
      return "Attribute[" + name + "]";
    }
  }

  /** Builds {@link CallOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Duration attemptTimeout;
    private Headers headers = Headers.empty();
    private @Nullable String idempotencyKey;
    private @Nullable RetryPolicy retryPolicy;
    private final Map<Attribute<?>, Object> attributes = new LinkedHashMap<>();

    private Builder() {}

    /** The deadline of the whole call: every attempt, every backoff, the last body. */
    public Builder timeout(Duration value) {
      this.timeout = positive(value, "timeout");
      return this;
    }

    /** The timeout of one attempt, body included. */
    public Builder attemptTimeout(Duration value) {
      this.attemptTimeout = positive(value, "attemptTimeout");
      return this;
    }

    /** Adds a header, replacing one of the same name; CR, LF and NUL in it are refused here. */
    public Builder header(String name, String value) {
      this.headers = headers.with(name, value);
      return this;
    }

    /** The idempotency key: the same on every attempt of the call. */
    public Builder idempotencyKey(String value) {
      this.idempotencyKey = Objects.requireNonNull(value, "idempotencyKey");
      return this;
    }

    /** The retry policy of this call. */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
      return this;
    }

    /** Sets an attribute for interceptors. */
    public <T> Builder attribute(Attribute<T> key, T value) {
      attributes.put(Objects.requireNonNull(key, "key"), key.type().cast(value));
      return this;
    }

    /** The options. */
    public CallOptions build() {
      return new CallOptions(this);
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
