package io.recordgen.generator.emit;

import static io.recordgen.generator.plan.ExternalTypes.GENERATED;
import static io.recordgen.generator.plan.ExternalTypes.JSON_CREATOR;
import static io.recordgen.generator.plan.ExternalTypes.JSON_TYPE_INFO;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.plan.ExternalTypes;

/** The annotations generated code carries, built once. */
final class Annotations {
  /** {@code @JsonTypeInfo(use = NONE)}: a union member decodes as itself when asked for. */
  static final AnnotationSpec NO_TYPE_INFO =
      AnnotationSpec.builder(JSON_TYPE_INFO).addMember("use", "$T.Id.NONE", JSON_TYPE_INFO).build();

  /**
   * {@code @JsonInclude(value = CUSTOM, valueFilter = Tristate.Absent.class)}: an absent
   * tristate property is left out of the JSON.
   */
  static final AnnotationSpec ABSENT_LEFT_OUT =
      AnnotationSpec.builder(ExternalTypes.JSON_INCLUDE)
          .addMember("value", "$T.Include.CUSTOM", ExternalTypes.JSON_INCLUDE)
          .addMember("valueFilter", "$T.class", ExternalTypes.TRISTATE_ABSENT)
          .build();

  /** {@code @JsonCreator(mode = DELEGATING)}. */
  static final AnnotationSpec DELEGATING_CREATOR =
      AnnotationSpec.builder(JSON_CREATOR)
          .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR)
          .build();

  /** {@code @Generated("io.recordgen")}. */
  static final AnnotationSpec GENERATED_ANNOTATION =
      AnnotationSpec.builder(GENERATED).addMember("value", "$S", "io.recordgen").build();

  /** {@code @Override}. */
  static final AnnotationSpec OVERRIDE = AnnotationSpec.builder(ExternalTypes.OVERRIDE).build();

  /** {@code @Deprecated}. */
  static final AnnotationSpec DEPRECATED = AnnotationSpec.builder(ExternalTypes.DEPRECATED).build();

  private static final AnnotationSpec NULLABLE =
      AnnotationSpec.builder(ExternalTypes.NULLABLE).build();

  private Annotations() {}

  /** {@code type} annotated {@code @Nullable}. */
  static TypeName nullable(TypeName type) {
    return type.annotated(NULLABLE);
  }

  /** {@code type}, annotated {@code @Nullable} when {@code nullable}. */
  static TypeName declared(TypeName type, boolean nullable) {
    return nullable ? nullable(type) : type;
  }
}
