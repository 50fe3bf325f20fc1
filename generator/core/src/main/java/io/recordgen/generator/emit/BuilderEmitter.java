package io.recordgen.generator.emit;

import static io.recordgen.generator.plan.ExternalTypes.LINKED_HASH_MAP;
import static io.recordgen.generator.plan.ExternalTypes.MAP;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ComponentPlan;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.RecordPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders a record's nested builder: a setter per component, {@code additionalProperty} for the
 * map of undeclared properties, a copying constructor for {@code toBuilder()}, and {@code
 * build()}, which runs the record's checks.
 */
final class BuilderEmitter {
  private BuilderEmitter() {}

  static ClassName name(RecordPlan plan) {
    return plan.name().nestedClass(plan.names().builderType());
  }

  static TypeSpec emit(RecordPlan plan) {
    ClassName builder = name(plan);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Builds {@link $T} values; {@link #$L()} checks the constraints.\n",
                plan.name(),
                plan.names().build());
    RecordPlan.Names names = plan.names();
    MethodSpec.Builder copying =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(plan.name(), names.source());
    List<String> fields = new ArrayList<>();
    for (ComponentPlan component : plan.allComponents()) {
      String name = component.javaName();
      fields.add(name);
      TypeName nullableType = Annotations.nullable(component.type());
      copying.addStatement("this.$L = $L.$L", name, names.source(), name);
      if (RecordEmitter.tristate(component)) {
        type.addField(
            FieldSpec.builder(RecordEmitter.tristateType(component), name, Modifier.PRIVATE)
                .initializer("$T.absent()", ExternalTypes.TRISTATE)
                .build());
        type.addMethod(
            MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(
                    "Sets {@link $T#$L()}: a value, or {@code null} to send an\nexplicit"
                        + " {@code null}. Without a call the property is left out.\n",
                    plan.name(),
                    name)
                .addParameter(nullableType, name)
                .addStatement("this.$L = $T.of($L)", name, ExternalTypes.TRISTATE, name)
                .addStatement("return this")
                .build());
        continue;
      }
      type.addField(FieldSpec.builder(nullableType, name, Modifier.PRIVATE).build());
      // A required component's setter takes no null: build() would reject it.
      boolean required = component.presence() == ComponentPlan.Presence.REQUIRED;
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addJavadoc(
                  "Sets {@link $T#$L()}$L.\n",
                  plan.name(),
                  name,
                  required ? ", which the record requires" : "")
              .addParameter(required ? component.type() : nullableType, name)
              .addStatement("this.$L = $L", name, name)
              .addStatement("return this")
              .build());
    }
    if (plan.additional() != null) {
      type.addMethod(additionalPutter(plan, builder));
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(copying.build());
    type.addMethod(
        MethodSpec.methodBuilder(names.build())
            .addModifiers(Modifier.PUBLIC)
            .returns(plan.name())
            .addJavadoc(
                "Returns the record.\n\n@return the record\n@throws $T if a value breaks a "
                    + "constraint of the spec\n",
                ExternalTypes.CONSTRAINT_VIOLATION)
            .addStatement("return new $T($L)", plan.name(), String.join(", ", fields))
            .build());
    return type.build();
  }

  /** {@code additionalProperty(name, value)}: adds one undeclared property. */
  private static MethodSpec additionalPutter(RecordPlan plan, ClassName builder) {
    ComponentPlan additional = plan.additional();
    RecordPlan.Names names = plan.names();
    TypeName value = ((ParameterizedTypeName) additional.type()).typeArguments().get(1);
    String field = additional.javaName();
    return MethodSpec.methodBuilder(names.put())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc(
            "Adds a property the schema does not declare, keeping those added before."
                + "\n\n@param $L the property name\n@param $L its value\n"
                + "@return this builder\n",
            names.putName(),
            names.putValue())
        .addParameter(ExternalTypes.STRING, names.putName())
        .addParameter(value, names.putValue())
        .addStatement(
            "$T<$T, $T> $L = $L == null ? new $T<>() : new $T<>($L)",
            MAP,
            ExternalTypes.STRING,
            value,
            names.putCopy(),
            field,
            LINKED_HASH_MAP,
            LINKED_HASH_MAP,
            field)
        .addStatement("$L.put($L, $L)", names.putCopy(), names.putName(), names.putValue())
        .addStatement("this.$L = $L", field, names.putCopy())
        .addStatement("return this")
        .build();
  }
}
