package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;

/** A top-level type to generate. */
public sealed interface TypePlan
    permits RecordPlan, OpenEnumPlan, UnionPlan, HeadersPlan, SecurityPlan {
  /** Its name. */
  ClassName name();
}
