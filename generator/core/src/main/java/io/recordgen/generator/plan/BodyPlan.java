package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;

/**
 * The request body parameter of a client method.
 *
 * @param javaName the parameter name
 * @param type its Java type
 * @param nullable whether the body is optional
 * @param mediaType the media type it is sent as
 * @param javadoc documentation text, unescaped
 */
public record BodyPlan(
    String javaName, TypeName type, boolean nullable, String mediaType, String javadoc) {}
