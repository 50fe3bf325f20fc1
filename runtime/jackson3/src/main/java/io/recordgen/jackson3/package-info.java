/** The runtime's JSON codec on Jackson 3 ({@code tools.jackson}): {@link io.recordgen.jackson3.Jackson3Codec}. */
@NullMarked
package io.recordgen.jackson3;

import org.jspecify.annotations.NullMarked;
