package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 404 Not Found: the resource does not exist. */
public final class NotFoundException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
