package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 403 Forbidden: the credentials do not allow this operation (TaurusDB also answers an invalid token so). */
public final class ForbiddenException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
