package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 400 Bad Request: the service found the parameters or body invalid. */
public final class BadRequestException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
