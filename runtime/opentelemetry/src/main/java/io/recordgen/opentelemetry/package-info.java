/**
 * Tracing of Recordgen clients with OpenTelemetry: {@link
 * io.recordgen.opentelemetry.RecordgenTelemetry}.
 */
@NullMarked
package io.recordgen.opentelemetry;

import org.jspecify.annotations.NullMarked;
