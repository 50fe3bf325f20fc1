package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 502 Bad Gateway: a proxy in front of the service got no valid answer; the body is often HTML. */
public final class BadGatewayException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  BadGatewayException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
