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
import io.recordgen.generator.plan.Check;
import io.recordgen.generator.plan.ComponentPlan;
import io.recordgen.generator.plan.RecordPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders a {@link RecordPlan}: the record with its wire names, the compact constructor that
 * checks every constraint and copies collections, the builder, and a redacting {@code
 * toString()} when a component is sensitive.
 */
final class RecordEmitter {
  private static final ClassName PATTERN = ClassName.get("io.recordgen.runtime", "StringPattern");
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName COLLECTIONS = ClassName.get(Collections.class);
  private static final ClassName LINKED_HASH_SET = ClassName.get(LinkedHashSet.class);
  private static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);

  private RecordEmitter() {}

  static TypeSpec.Builder emit(RecordPlan plan) {
    boolean json = plan.kind() == RecordPlan.Kind.MODEL;
    boolean wrapper = plan.kind() == RecordPlan.Kind.WRAPPER;
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(plan.name()).addModifiers(Modifier.PUBLIC).addJavadoc(javadoc(plan));
    if (wrapper) {
      type.addModifiers(Modifier.STATIC); // nested in its union
    } else {
      type.addAnnotation(Types.GENERATED_ANNOTATION);
    }
    if (!plan.interfaces().isEmpty()) {
      type.addSuperinterfaces(plan.interfaces());
      if (json) {
        type.addAnnotation(Types.NO_TYPE_INFO);
      }
      type.addAnnotation(Types.OWN_DESERIALIZER);
    }
    if (json) {
      type.addAnnotation(
              AnnotationSpec.builder(Types.JSON_INCLUDE)
                  .addMember("value", "$T.Include.NON_NULL", Types.JSON_INCLUDE)
                  .build())
          .addAnnotation(
              AnnotationSpec.builder(Types.JSON_IGNORE_PROPERTIES)
                  .addMember("ignoreUnknown", "true")
                  .build());
    }

    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (ComponentPlan component : plan.allComponents()) {
      ParameterSpec.Builder parameter =
          ParameterSpec.builder(declared(component), component.javaName());
      if (component == plan.additional()) {
        parameter.addAnnotation(Types.JSON_ANY_SETTER).addAnnotation(Types.JSON_ANY_GETTER);
      } else if (json) {
        parameter.addAnnotation(
            AnnotationSpec.builder(Types.JSON_PROPERTY)
                .addMember("value", "$L", Literals.string(component.wireName()))
                .build());
        if (component.presence() == ComponentPlan.Presence.REQUIRED_NULLABLE) {
          parameter.addAnnotation(
              AnnotationSpec.builder(Types.JSON_INCLUDE)
                  .addMember("value", "$T.Include.ALWAYS", Types.JSON_INCLUDE)
                  .build());
        }
      } else if (wrapper) {
        parameter.addAnnotation(Types.JSON_VALUE);
      }
      constructor.addParameter(parameter.build());
    }
    if (wrapper) {
      constructor.addAnnotation(Types.DELEGATING_CREATOR);
    }
    constructor.addCode(body(plan));
    type.recordConstructor(constructor.build());

    for (ComponentPlan component : plan.allComponents()) {
      addPatterns(type, component.checks());
    }
    if (plan.builder()) {
      type.addMethod(
          MethodSpec.methodBuilder("builder")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(builderName(plan))
              .addJavadoc("Returns an empty builder.\n\n@return a new builder\n")
              .addStatement("return new $T()", builderName(plan))
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("toBuilder")
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName(plan))
              .addJavadoc(
                  "Returns a builder that starts from this record's values.\n\n"
                      + "@return a new builder\n")
              .addStatement("return new $T(this)", builderName(plan))
              .build());
      type.addType(builder(plan));
    }
    if (plan.hasSensitiveComponents()) {
      type.addMethod(redactingToString(plan));
    }
    return type;
  }

  private static CodeBlock javadoc(RecordPlan plan) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String text = Javadoc.escape(plan.javadoc());
    doc.add(
        "$L\n",
        text.isEmpty()
            ? "The <code>" + Javadoc.escape(plan.target()) + "</code> schema."
            : Javadoc.wrap(text));
    if (!plan.allComponents().isEmpty()) {
      doc.add("\n");
    }
    for (ComponentPlan component : plan.allComponents()) {
      doc.add(
          "@param $L $L\n",
          component.javaName(),
          Javadoc.wrap(componentDoc(component), component.javaName().length() + 8));
    }
    return doc.build();
  }

  static String componentDoc(ComponentPlan component) {
    String text = Javadoc.escape(component.javadoc());
    StringBuilder doc =
        new StringBuilder(
            text.isEmpty()
                ? "the <code>" + Javadoc.escape(component.wireName()) + "</code> value"
                : text);
    if (component.defaultJson() != null) {
      doc.append(" (default <code>")
          .append(Javadoc.escape(component.defaultJson()))
          .append("</code>)");
    }
    if (component.presence() == ComponentPlan.Presence.REQUIRED_NULLABLE) {
      doc.append("; always sent, as <code>null</code> when there is no value");
    } else if (component.presence() == ComponentPlan.Presence.OPTIONAL_NULLABLE) {
      doc.append(
          "; undefined leaves it out, <code>JsonNullable.of(null)</code> sends"
              + " <code>null</code>");
    }
    return doc.toString();
  }

  private static TypeName declared(ComponentPlan component) {
    return switch (component.presence()) {
      case REQUIRED -> component.type();
      case OPTIONAL_NULLABLE -> jsonNullable(component);
      default -> component.type().annotated(AnnotationSpec.builder(Types.NULLABLE).build());
    };
  }

  private static TypeName jsonNullable(ComponentPlan component) {
    return ParameterizedTypeName.get(
        Types.JSON_NULLABLE,
        component.type().annotated(AnnotationSpec.builder(Types.NULLABLE).build()));
  }

  private static boolean tristate(ComponentPlan component) {
    return component.presence() == ComponentPlan.Presence.OPTIONAL_NULLABLE;
  }

  /** The expression of a component's value, {@code null} when absent. */
  private static String value(ComponentPlan component) {
    return tristate(component) ? component.javaName() + ".orElse(null)" : component.javaName();
  }

  private static CodeBlock body(RecordPlan plan) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (ComponentPlan component : plan.allComponents()) {
      if (tristate(component)) {
        code.addStatement(
            "$L = $L == null ? $T.undefined() : $L",
            component.javaName(),
            component.javaName(),
            Types.JSON_NULLABLE,
            component.javaName());
      }
    }
    boolean anyCheck = plan.allComponents().stream().anyMatch(c -> !c.checks().isEmpty());
    if (anyCheck) {
      String v = plan.checksVariable();
      code.addStatement(
          "$T $L = new $T($L)",
          Types.VIOLATIONS,
          v,
          Types.VIOLATIONS,
          Literals.string(plan.target()));
      for (ComponentPlan component : plan.allComponents()) {
        if (component.sensitive() && !component.checks().isEmpty()) {
          code.addStatement("$L.sensitive($L)", v, Literals.string(component.wireName()));
        }
      }
      for (ComponentPlan component : plan.allComponents()) {
        code.add(
            CheckRenderer.render(
                v, Literals.string(component.wireName()), value(component), component.checks(), 1));
      }
      code.addStatement("$L.throwIfAny()", v);
    }
    for (ComponentPlan component : plan.allComponents()) {
      CodeBlock copy = copy(component, tristate(component) ? "value" : component.javaName());
      if (copy == null) {
        continue;
      }
      if (tristate(component)) {
        code.addStatement(
            "$L = $L.map(value -> value == null ? null : $L)",
            component.javaName(),
            component.javaName(),
            copy);
      } else if (component == plan.additional()) {
        code.addStatement(
            "$L = $L == null$W? $T.of()$W: $L",
            component.javaName(),
            component.javaName(),
            ClassName.get(java.util.Map.class),
            copy);
      } else if (component.nullable()) {
        code.addStatement(
            "$L = $L == null ? null : $L", component.javaName(), component.javaName(), copy);
      } else {
        code.addStatement("$L = $L", component.javaName(), copy);
      }
    }
    return code.build();
  }

  /** An unmodifiable copy; {@code List.copyOf} only where items cannot be null. */
  private static CodeBlock copy(ComponentPlan component, String name) {
    boolean itemsChecked =
        component.checks().stream().anyMatch(c -> c instanceof Check.NoNullItems);
    return switch (component.copy()) {
      case NONE -> null;
      case LIST ->
          itemsChecked
              ? CodeBlock.of("$T.copyOf($L)", LIST, name)
              : CodeBlock.of("$T.unmodifiableList(new $T<>($L))", COLLECTIONS, ARRAY_LIST, name);
      case SET ->
          CodeBlock.of("$T.unmodifiableSet(new $T<>($L))", COLLECTIONS, LINKED_HASH_SET, name);
      case MAP ->
          CodeBlock.of("$T.unmodifiableMap(new $T<>($L))", COLLECTIONS, LINKED_HASH_MAP, name);
    };
  }

  private static void addPatterns(TypeSpec.Builder type, List<Check> checks) {
    for (Check check : checks) {
      if (check instanceof Check.Matches matches) {
        type.addField(patternField(matches));
      } else if (check instanceof Check.EachItem each) {
        addPatterns(type, each.checks());
      }
    }
  }

  static FieldSpec patternField(Check.Matches matches) {
    return FieldSpec.builder(
            PATTERN, matches.constant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.compile($L)", PATTERN, Literals.string(matches.regex()))
        .build();
  }

  private static ClassName builderName(RecordPlan plan) {
    return plan.name().nestedClass("Builder");
  }

  private static TypeSpec builder(RecordPlan plan) {
    ClassName builder = builderName(plan);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Builds {@link $T} values; {@link #build()} checks the constraints.\n",
                plan.name());
    MethodSpec.Builder copying =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(plan.name(), "source");
    List<String> names = new ArrayList<>();
    for (ComponentPlan component : plan.allComponents()) {
      String name = component.javaName();
      names.add(name);
      TypeName nullableType =
          component.type().annotated(AnnotationSpec.builder(Types.NULLABLE).build());
      copying.addStatement("this.$L = source.$L", name, name);
      if (tristate(component)) {
        type.addField(
            FieldSpec.builder(jsonNullable(component), name, Modifier.PRIVATE)
                .initializer("$T.undefined()", Types.JSON_NULLABLE)
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
                .addStatement("this.$L = $T.of($L)", name, Types.JSON_NULLABLE, name)
                .addStatement("return this")
                .build());
        continue;
      }
      type.addField(FieldSpec.builder(nullableType, name, Modifier.PRIVATE).build());
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addJavadoc("Sets {@link $T#$L()}.\n", plan.name(), name)
              .addParameter(nullableType, name)
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
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(plan.name())
            .addJavadoc(
                "Returns the record.\n\n@return the record\n@throws $T if a value breaks a "
                    + "constraint of the spec\n",
                Types.CONSTRAINT_VIOLATION)
            .addStatement("return new $T($L)", plan.name(), String.join(", ", names))
            .build());
    return type.build();
  }

  /** {@code additionalProperty(name, value)}: adds one undeclared property. */
  private static MethodSpec additionalPutter(RecordPlan plan, ClassName builder) {
    ComponentPlan additional = plan.additional();
    TypeName value = ((ParameterizedTypeName) additional.type()).typeArguments().get(1);
    String field = additional.javaName();
    return MethodSpec.methodBuilder("additionalProperty")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc(
            "Adds a property the schema does not declare, keeping those added before."
                + "\n\n@param name the property name\n@param value its value\n"
                + "@return this builder\n")
        .addParameter(String.class, "name")
        .addParameter(value, "value")
        .addStatement(
            "$T<$T, $T> copy = $L == null ? new $T<>() : new $T<>($L)",
            ClassName.get(java.util.Map.class),
            String.class,
            value,
            field,
            LINKED_HASH_MAP,
            LINKED_HASH_MAP,
            field)
        .addStatement("copy.put(name, value)")
        .addStatement("this.$L = copy", field)
        .addStatement("return this")
        .build();
  }

  private static MethodSpec redactingToString(RecordPlan plan) {
    CodeBlock.Builder text = CodeBlock.builder().add("return $S$>", plan.name().simpleName() + "[");
    boolean first = true;
    for (ComponentPlan component : plan.allComponents()) {
      String label = (first ? "" : ", ") + component.javaName() + "=";
      first = false;
      if (component.sensitive()) {
        text.add("\n+ $S", label + "<redacted>");
      } else {
        text.add("\n+ $S + $L", label, component.javaName());
      }
    }
    text.add("\n+ $S$<", "]");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("Shows every component but the sensitive ones.\n")
        .addStatement(text.build())
        .build();
  }
}
