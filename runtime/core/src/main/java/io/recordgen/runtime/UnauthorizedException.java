package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 401 Unauthorized: credentials are missing, expired or wrong. */
public final class UnauthorizedException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
