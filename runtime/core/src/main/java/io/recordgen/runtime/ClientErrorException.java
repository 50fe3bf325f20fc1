package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** The service rejected the request: a 4xx status. Retrying the same request will not help. */
public class ClientErrorException extends ApiException {
  private static final long serialVersionUID = 1L;

  ClientErrorException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
