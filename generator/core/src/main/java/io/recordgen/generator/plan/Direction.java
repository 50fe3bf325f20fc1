package io.recordgen.generator.plan;

/**
 * Which way values of a type travel. Values only sent to the server refuse enum values the spec
 * does not list (a typo of the caller's); values the server sends keep them. Values sent to the
 * server tell an absent property from an explicit {@code null}.
 */
enum Direction {
  /** Only in requests. */
  REQUEST_ONLY,
  /** Only in responses. */
  RESPONSE_ONLY,
  /** Both, or neither. */
  BOTH;

  /** Whether unknown enum values are refused. */
  boolean strictEnums() {
    return this == REQUEST_ONLY;
  }

  /**
   * Whether values travel to the server: an explicit {@code null} is kept apart from an absent
   * property, and a {@code readOnly} property cannot be required (a caller cannot know the
   * server's id).
   */
  boolean sent() {
    return this != RESPONSE_ONLY;
  }

  /** Whether values come from the server: a {@code writeOnly} property cannot be required. */
  boolean received() {
    return this != REQUEST_ONLY;
  }
}
