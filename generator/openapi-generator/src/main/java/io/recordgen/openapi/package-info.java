/** Recordgen as an OpenAPI Generator generator, {@code recordgen-java}. */
@NullMarked
package io.recordgen.openapi;

import org.jspecify.annotations.NullMarked;
