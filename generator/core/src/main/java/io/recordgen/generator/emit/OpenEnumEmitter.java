package io.recordgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.OpenEnumPlan;
import java.math.BigDecimal;
import javax.lang.model.element.Modifier;

/**
 * Renders an {@link OpenEnumPlan}: a record over the wire value with one constant per listed
 * value. {@code of} returns the constant for a listed value, so {@code ==} works for them, and a
 * new instance for any other.
 */
final class OpenEnumEmitter {
  private OpenEnumEmitter() {}

  static TypeSpec.Builder emit(OpenEnumPlan plan) {
    ClassName self = plan.name();
    TypeName value = plan.valueType();
    OpenEnumPlan.Names names = plan.names();
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(ParameterizedTypeName.get(ExternalTypes.OPEN_ENUM, value))
            .addJavadoc(javadoc(plan))
            .addAnnotation(Annotations.GENERATED_ANNOTATION)
            .recordConstructor(
                MethodSpec.compactConstructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(ParameterSpec.builder(value, names.value()).build())
                    .addStatement(
                        "$T.requireNonNull($L, $S)",
                        ExternalTypes.OBJECTS,
                        names.value(),
                        names.value())
                    .build());

    CodeBlock.Builder known = CodeBlock.builder().add("$T.of(", ExternalTypes.LIST);
    for (int i = 0; i < plan.constants().size(); i++) {
      OpenEnumPlan.Constant constant = plan.constants().get(i);
      type.addField(
          FieldSpec.builder(self, constant.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T($L)", self, literal(value, constant.value()))
              .build());
      known.add(i == 0 ? "$L" : ", $L", constant.name());
    }
    known.add(")");
    if (!plan.packed().isEmpty()) {
      known =
          CodeBlock.builder()
              .add("$T.unpack($T.class, $T::new", ExternalTypes.OPEN_ENUM, value, self);
      for (String chunk : plan.packed()) {
        known.add(",$W$L", Literals.string(chunk));
      }
      known.add(")");
    }
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ExternalTypes.LIST, self),
                names.known(),
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(known.build())
            .build());

    type.addMethod(
        MethodSpec.methodBuilder(names.of())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addAnnotation(Annotations.DELEGATING_CREATOR)
            .addJavadoc(
                "Returns the constant for a listed value, or a new instance for any other."
                    + "\n\n@param $L the wire value\n@return the constant or a new instance\n",
                names.value())
            .returns(self)
            .addParameter(value, names.value())
            .addStatement(
                "return $T.of($L, $L, $T::new)",
                ExternalTypes.OPEN_ENUM,
                names.known(),
                names.value(),
                self)
            .build());
    // The overrides take their documentation from OpenEnum and Object.
    type.addMethod(
        MethodSpec.methodBuilder(names.value())
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(ExternalTypes.JSON_VALUE)
            .addAnnotation(Annotations.OVERRIDE)
            .returns(value)
            .addStatement("return $L", names.value())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(names.isKnown())
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Annotations.OVERRIDE)
            .returns(TypeName.BOOLEAN)
            .addStatement("return $L.contains(this)", names.known())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(names.knownValues())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "Returns every value the spec lists, in spec order.\n\n"
                    + "@return the listed values\n")
            .returns(ParameterizedTypeName.get(ExternalTypes.LIST, self))
            .addStatement("return $L", names.known())
            .build());
    if (plan.packed().isEmpty()) {
      addKnown(type, plan);
    }
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Annotations.OVERRIDE)
            .returns(ExternalTypes.STRING)
            .addStatement("return $T.valueOf($L)", ExternalTypes.STRING, names.value())
            .build());
    return type;
  }

  /**
   * The listed values as a Java enum, with one constant for any other value, so that {@code
   * switch (status.known())} compiles on Java 17 and is exhaustive.
   */
  private static void addKnown(TypeSpec.Builder type, OpenEnumPlan plan) {
    OpenEnumPlan.Names names = plan.names();
    ClassName known = plan.name().nestedClass(names.knownType());
    TypeSpec.Builder enumeration =
        TypeSpec.enumBuilder(known)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The values the spec lists, for {@code switch}; {@link #$L} stands for any other"
                    + "\nvalue, such as one a newer server sends.\n",
                names.unrecognized());
    for (OpenEnumPlan.Constant constant : plan.constants()) {
      enumeration.addEnumConstant(
          constant.name(),
          TypeSpec.anonymousClassBuilder("")
              .addJavadoc("{@link $T#$L}.\n", plan.name(), constant.name())
              .build());
    }
    enumeration.addEnumConstant(
        names.unrecognized(),
        TypeSpec.anonymousClassBuilder("").addJavadoc("A value the spec does not list.\n").build());
    type.addType(enumeration.build());
    type.addMethod(
        MethodSpec.methodBuilder(names.knownMethod())
            .addModifiers(Modifier.PUBLIC)
            .returns(known)
            .addJavadoc(
                "Returns this value's constant of {@link $T},\nor {@link $T#$L} for a value the"
                    + " spec does not list.\n\n@return the constant\n",
                known,
                known,
                names.unrecognized())
            .addStatement("int $L = $L.indexOf(this)", names.index(), names.known())
            .addStatement(
                "return $L < 0 ? $T.$L : $T.values()[$L]",
                names.index(),
                known,
                names.unrecognized(),
                known,
                names.index())
            .build());
  }

  private static CodeBlock javadoc(OpenEnumPlan plan) {
    String text = Javadoc.escape(plan.javadoc());
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!text.isEmpty()) {
      doc.add("$L\n\n<p>", Javadoc.wrap(text));
    }
    doc.add(
        "An open enumeration: a value the spec does not list, such as one a newer server\n"
            + "sends, is kept as is and {@link #$L()} is {@code false} for it.\n\n"
            + "@param $L the value as it travels on the wire\n",
        plan.names().isKnown(),
        plan.names().value());
    return doc.build();
  }

  private static CodeBlock literal(TypeName type, String value) {
    if (type.equals(ExternalTypes.LONG)) {
      return CodeBlock.of("$LL", new BigDecimal(value).toBigIntegerExact().longValueExact());
    }
    if (type.equals(ExternalTypes.BIG_DECIMAL)) {
      return CodeBlock.of(
          "new $T($S)", ExternalTypes.BIG_DECIMAL, new BigDecimal(value).toPlainString());
    }
    if (type.equals(ExternalTypes.BOOLEAN)) {
      return CodeBlock.of("$L", Boolean.parseBoolean(value));
    }
    return CodeBlock.of("$L", Literals.string(value));
  }
}
