/**
 * What generated records and unions need of JSON without naming a JSON library: the tristate of
 * optional nullable properties, captured generic types, and the rules by which unions decode.
 * The codec modules ({@code recordgen-jackson2}, {@code recordgen-jackson3}) implement them.
 */
@NullMarked
package io.recordgen.runtime.json;

import org.jspecify.annotations.NullMarked;
