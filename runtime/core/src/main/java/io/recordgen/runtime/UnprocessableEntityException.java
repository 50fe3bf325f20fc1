package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 422 Unprocessable Content: the request is well-formed but cannot be carried out. */
public final class UnprocessableEntityException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
