package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * What a schema maps to where it is used.
 *
 * @param type the Java type
 * @param nullable whether the schema admits {@code null}
 * @param checks constraints to check, unnamed ({@link Constraints#named})
 * @param copy how a constructor copies it
 * @param sensitive whether its values are secret
 * @param javadoc its description
 */
record Mapped(
    TypeName type,
    boolean nullable,
    List<Check> checks,
    ComponentPlan.Copy copy,
    boolean sensitive,
    String javadoc) {
  Mapped {
    checks = List.copyOf(checks);
  }

  /** A value of any JSON type. */
  static Mapped object(boolean sensitive, String javadoc) {
    return new Mapped(
        ExternalTypes.OBJECT, true, List.of(), ComponentPlan.Copy.NONE, sensitive, javadoc);
  }

  /** A value of a plain type with its checks. */
  static Mapped plain(
      TypeName type, boolean nullable, List<Check> checks, boolean sensitive, String javadoc) {
    return new Mapped(type, nullable, checks, ComponentPlan.Copy.NONE, sensitive, javadoc);
  }

  /** This mapping seen through a wrapper (an alias, a single-part allOf, a single-branch oneOf). */
  Mapped through(boolean nullable, boolean sensitive, String doc) {
    return new Mapped(
        type,
        this.nullable || nullable,
        checks,
        copy,
        this.sensitive || sensitive,
        doc.isEmpty() ? javadoc : doc);
  }
}
