package io.recordgen.runtime;

/**
 * A request body as bytes, with the {@code Content-Type} it is sent with.
 *
 * @param bytes the body
 * @param contentType the media type, with parameters such as a multipart boundary
 */
record EncodedBody(byte[] bytes, String contentType) {}
