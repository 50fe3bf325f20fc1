/** The javac annotation processor for {@code @GenerateClient}. */
@NullMarked
package io.recordgen.processor;

import org.jspecify.annotations.NullMarked;
