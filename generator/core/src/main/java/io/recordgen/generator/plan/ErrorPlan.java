package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;

/**
 * An error response an operation documents, for {@code @throws}.
 *
 * @param exception the runtime exception the status maps to
 * @param status the status as the spec writes it ({@code 400}, {@code 4XX}, {@code default})
 * @param javadoc the response's description, unescaped
 */
public record ErrorPlan(ClassName exception, String status, String javadoc) {}
