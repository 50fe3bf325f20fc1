package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 503 Service Unavailable: overloaded or down for maintenance; see {@code Retry-After}. */
public final class ServiceUnavailableException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  ServiceUnavailableException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
