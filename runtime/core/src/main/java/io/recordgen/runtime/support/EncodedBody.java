package io.recordgen.runtime.support;

/**
 * A request body as bytes, with the {@code Content-Type} it is sent with.
 *
 * @param bytes the body
 * @param contentType the media type, with parameters such as a multipart boundary
 */
public record EncodedBody(byte[] bytes, String contentType) {}
