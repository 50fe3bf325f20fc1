/** The Recordgen Maven plugin: goals {@code generate} and {@code check}. */
@NullMarked
package io.recordgen.maven;

import org.jspecify.annotations.NullMarked;
