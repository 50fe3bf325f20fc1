package io.recordgen.generator.model;

/** Where a parameter travels. */
public enum ParamLocation {
  /** In the path template. */
  PATH,
  /** In the query string. */
  QUERY,
  /** As a header. */
  HEADER,
  /** As a cookie. */
  COOKIE
}
