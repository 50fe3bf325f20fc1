/**
 * Recordgen's generator: {@link io.recordgen.generator.Recordgen#generate} turns an OpenAPI
 * document into Java sources or located diagnostics. The annotation processor, the Maven plugin
 * and the OpenAPI Generator plug-in all call it, so all three write the same bytes.
 *
 * <p>Stages run in one direction: {@code load} (the only code that sees Swagger Parser) builds
 * the {@code model}; {@code plan} decides names and types; {@code emit} renders.
 */
@NullMarked
package io.recordgen.generator;

import org.jspecify.annotations.NullMarked;
