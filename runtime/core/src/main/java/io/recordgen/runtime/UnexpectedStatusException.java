package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** A status that is neither a success nor an error, such as a redirect the client did not follow. */
public final class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  UnexpectedStatusException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
