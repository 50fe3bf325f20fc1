package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 500 Internal Server Error. */
public final class InternalServerErrorException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  InternalServerErrorException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
