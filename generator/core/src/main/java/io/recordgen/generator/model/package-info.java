/**
 * The spec as Recordgen understands it: immutable records and sealed types, independent of
 * Swagger Parser. Every element carries the JSON pointer it came from.
 *
 * <p>Only {@code io.recordgen.generator.load} builds this model; planners read it.
 */
@NullMarked
package io.recordgen.generator.model;

import org.jspecify.annotations.NullMarked;
