package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 504 Gateway Timeout: a proxy in front of the service gave up waiting. */
public final class GatewayTimeoutException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  GatewayTimeoutException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
