/** The runtime's JSON codec on Jackson 2: {@link io.recordgen.jackson2.Jackson2Codec}. */
@NullMarked
package io.recordgen.jackson2;

import org.jspecify.annotations.NullMarked;
