package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 413 Content Too Large: the request body exceeds what the service accepts. */
public final class PayloadTooLargeException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  PayloadTooLargeException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
