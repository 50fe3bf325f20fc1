package io.recordgen.generator.model;

import java.math.BigDecimal;

/**
 * A numeric limit: {@code minimum}/{@code maximum}, exclusive in the 3.0 boolean form or the 3.1
 * number form alike.
 *
 * @param value the limit
 * @param exclusive whether the limit itself is excluded
 */
public record Bound(BigDecimal value, boolean exclusive) {}
