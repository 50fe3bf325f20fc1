/**
 * Reading a spec: bytes to a JSON tree within limits, {@code $ref} checks before any I/O, Swagger
 * Parser's model, and its translation into {@link io.recordgen.generator.model}.
 *
 * <p>This is the only package that imports {@code io.swagger.*} or SnakeYAML; an architecture
 * test keeps it so.
 */
@NullMarked
package io.recordgen.generator.load;

import org.jspecify.annotations.NullMarked;
