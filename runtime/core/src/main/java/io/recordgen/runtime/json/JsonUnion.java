package io.recordgen.runtime.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated union ({@code oneOf} or {@code anyOf} without a discriminator): the JSON
 * codecs decode it into one of its alternatives by the shape of the value, as {@link
 * UnionRules} says. Only the annotated interface is decoded so; the records that implement it
 * decode as themselves.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonUnion {
  /** The class that lists the alternatives, with a public constructor without parameters. */
  Class<? extends UnionAlternatives<?>> value();
}
