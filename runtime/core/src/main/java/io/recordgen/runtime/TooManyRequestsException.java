package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 429 Too Many Requests: the caller is being throttled; see the {@code Retry-After} header. */
public final class TooManyRequestsException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  TooManyRequestsException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
