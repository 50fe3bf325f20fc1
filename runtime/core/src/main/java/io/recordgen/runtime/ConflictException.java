package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** 409 Conflict: the resource is busy, for example another backup is in progress. */
public final class ConflictException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  ConflictException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
