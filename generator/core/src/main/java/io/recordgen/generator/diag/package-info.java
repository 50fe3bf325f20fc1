/**
 * Diagnostics as data: a stable {@link io.recordgen.generator.diag.Code}, a severity, the JSON
 * pointer into the spec and a message. Every stage reports here; nothing is thrown at the user.
 */
@NullMarked
package io.recordgen.generator.diag;

import org.jspecify.annotations.NullMarked;
