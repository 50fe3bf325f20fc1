/**
 * Planning: decides every Java name and type for a spec and records the decisions as immutable
 * plans ({@link io.recordgen.generator.plan.GenerationPlan}) that emitters only render.
 */
@NullMarked
package io.recordgen.generator.plan;

import org.jspecify.annotations.NullMarked;
