package io.recordgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.OpenEnumPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Renders an {@link OpenEnumPlan}: a record over the wire value with one constant per listed
 * value. {@code of} returns the constant for a listed value, so {@code ==} works for them, and a
 * new instance for any other.
 */
final class OpenEnumEmitter {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName OBJECTS = ClassName.get(Objects.class);

  private OpenEnumEmitter() {}

  static TypeSpec.Builder emit(OpenEnumPlan plan) {
    ClassName self = plan.name();
    TypeName value = plan.valueType();
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(ParameterizedTypeName.get(Types.OPEN_ENUM, value))
            .addJavadoc(javadoc(plan))
            .addAnnotation(Types.GENERATED_ANNOTATION)
            .recordConstructor(
                MethodSpec.compactConstructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(ParameterSpec.builder(value, "value").build())
                    .addStatement("$T.requireNonNull(value, $S)", OBJECTS, "value")
                    .build());

    CodeBlock.Builder known = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < plan.constants().size(); i++) {
      OpenEnumPlan.Constant constant = plan.constants().get(i);
      type.addField(
          FieldSpec.builder(self, constant.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T($L)", self, literal(value, constant.value()))
              .build());
      known.add(i == 0 ? "$L" : ", $L", constant.name());
    }
    known.add(")");
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(LIST, self),
                "KNOWN",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(known.build())
            .build());

    type.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_CREATOR)
                    .addMember("mode", "$T.Mode.DELEGATING", Types.JSON_CREATOR)
                    .build())
            .addJavadoc(
                "Returns the constant for a listed value, or a new instance for any other."
                    + "\n\n@param value the wire value\n@return the constant or a new instance\n")
            .returns(self)
            .addParameter(value, "value")
            .addStatement("return $T.of(KNOWN, value, $T::new)", Types.OPEN_ENUM, self)
            .build());
    // The overrides take their documentation from OpenEnum and Object.
    type.addMethod(
        MethodSpec.methodBuilder("value")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Types.JSON_VALUE)
            .addAnnotation(Override.class)
            .returns(value)
            .addStatement("return value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Override.class)
            .returns(TypeName.BOOLEAN)
            .addStatement("return KNOWN.contains(this)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "Returns every value the spec lists, in spec order.\n\n"
                    + "@return the listed values\n")
            .returns(ParameterizedTypeName.get(LIST, self))
            .addStatement("return KNOWN")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Override.class)
            .returns(String.class)
            .addStatement("return $T.valueOf(value)", String.class)
            .build());
    return type;
  }

  private static CodeBlock javadoc(OpenEnumPlan plan) {
    String text = Javadoc.escape(plan.javadoc());
    CodeBlock.Builder doc = CodeBlock.builder();
    if (!text.isEmpty()) {
      doc.add("$L\n\n<p>", Javadoc.wrap(text));
    }
    doc.add(
        "An open enumeration: a value the spec does not list, such as one a newer server\n"
            + "sends, is kept as is and {@link #isKnown()} is {@code false} for it.\n\n"
            + "@param value the value as it travels on the wire\n");
    return doc.build();
  }

  private static CodeBlock literal(TypeName type, String value) {
    if (type.equals(ClassName.get(Long.class))) {
      return CodeBlock.of("$LL", new BigDecimal(value).toBigIntegerExact().longValueExact());
    }
    if (type.equals(ClassName.get(BigDecimal.class))) {
      return CodeBlock.of("new $T($S)", BigDecimal.class, new BigDecimal(value).toPlainString());
    }
    if (type.equals(ClassName.get(Boolean.class))) {
      return CodeBlock.of("$L", Boolean.parseBoolean(value));
    }
    return CodeBlock.of("$L", Literals.string(value));
  }
}
