package io.recordgen.runtime;

import org.jspecify.annotations.Nullable;

/** The service failed to handle the request: a 5xx status. */
public class ServerErrorException extends ApiException {
  private static final long serialVersionUID = 1L;

  ServerErrorException(ApiError error, @Nullable JsonCodec codec) {
    super(error, codec);
  }
}
