/**
 * Emitting: renders plans as Java source with JavaPoet. Emitters make no decisions; every string
 * from the spec goes through {@link io.recordgen.generator.emit.Javadoc} or {@link
 * io.recordgen.generator.emit.Literals}.
 */
@NullMarked
package io.recordgen.generator.emit;

import org.jspecify.annotations.NullMarked;
