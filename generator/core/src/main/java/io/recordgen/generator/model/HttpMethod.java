package io.recordgen.generator.model;

/** The HTTP methods OpenAPI path items can hold. */
public enum HttpMethod {
  GET,
  PUT,
  POST,
  DELETE,
  OPTIONS,
  HEAD,
  PATCH,
  TRACE;

  /** Whether RFC 9110 defines the method as idempotent. */
  public boolean isIdempotent() {
    return this != POST && this != PATCH;
  }
}
