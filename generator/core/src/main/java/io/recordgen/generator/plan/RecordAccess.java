package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.OperationHints;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the component of a planned record that an extension's JSON pointer names ({@code
 * /job_id}, {@code /job/status}), for pagers and job waits, and reports a pointer that names
 * none.
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

  /**
   * The typed path to the text that {@code pointer} names in the record of {@code type}, through
   * nested records: {@code /job/status} reads {@code job().status()}, and an open enumeration's
   * wire value. Reports a pointer that leaves the records or ends on a list, map or record.
   */
  JobPlan.@Nullable Path path(TypeName type, String pointer, String at) {
    if (!pointer.startsWith("/") || pointer.length() == 1) {
      diagnostics.report(
          Code.EXTENSION_INVALID,
          at,
          "\"" + pointer + "\" must be a JSON pointer to a property, such as /status");
      return null;
    }
    List<JobPlan.Step> steps = new ArrayList<>();
    TypeName current = type;
    for (String token : pointer.substring(1).split("/", -1)) {
      String property = token.replace("~1", "/").replace("~0", "~");
      RecordPlan record = models.record(current);
      ComponentPlan found = null;
      if (record != null) {
        for (ComponentPlan component : record.components()) {
          if (component.wireName().equals(property)) {
            found = component;
          }
        }
      }
      if (found == null) {
        diagnostics.report(
            Code.EXTENSION_INVALID,
            at,
            "\""
                + pointer
                + "\" names no property of the success response: \""
                + property
                + "\" is not one"
                + (record == null ? ", its parent is not an object" : ""));
        return null;
      }
      steps.add(new JobPlan.Step(record.name(), found.javaName()));
      current = found.type();
    }
    OpenEnumPlan openEnum = models.openEnum(current);
    if (openEnum != null) {
      steps.add(new JobPlan.Step(openEnum.name(), openEnum.names().value()));
      current = openEnum.valueType();
    }
    if (current.equals(ExternalTypes.STRING)) {
      return new JobPlan.Path(steps, JobPlan.Text.STRING);
    }
    if (current instanceof ClassName
        && models.record(current) == null
        && !TypeMapping.isList(current)
        && !TypeMapping.isMap(current)) {
      return new JobPlan.Path(steps, JobPlan.Text.VALUE_OF);
    }
    diagnostics.report(
        Code.EXTENSION_INVALID,
        at,
        "\"" + pointer + "\" must name a text or a number, not an object or an array");
    return null;
  }
}
