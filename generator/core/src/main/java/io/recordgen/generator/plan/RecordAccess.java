package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.OperationHints;
import org.jspecify.annotations.Nullable;

/**
 * Finds the component of a planned record that an extension's JSON pointer names ({@code
 * /job_id}), for pagers and job waits, and reports a pointer that names none.
 */
final class RecordAccess {
  private final ModelPlanner models;
  private final Diagnostics diagnostics;

  RecordAccess(ModelPlanner models, Diagnostics diagnostics) {
    this.models = models;
    this.diagnostics = diagnostics;
  }

  /** The component a pointer such as {@code /job_id} names in the record of {@code type}. */
  @Nullable ComponentPlan component(TypeName type, OperationHints.PropertyPath path, String at) {
    RecordPlan record = models.record(type);
    if (record == null || path.property() == null) {
      diagnostics.report(
          Code.EXTENSION_INVALID,
          at,
          "\"" + path.pointer() + "\" must name a property of the success response object");
      return null;
    }
    for (ComponentPlan component : record.components()) {
      if (component.wireName().equals(path.property())) {
        return component;
      }
    }
    diagnostics.report(
        Code.EXTENSION_INVALID,
        at,
        "the success response has no property \"" + path.property() + "\"");
    return null;
  }
}
