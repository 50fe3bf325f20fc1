package io.recordgen.generator.emit;

import static io.recordgen.generator.plan.ExternalTypes.ARRAY_LIST;
import static io.recordgen.generator.plan.ExternalTypes.COLLECTIONS;
import static io.recordgen.generator.plan.ExternalTypes.LINKED_HASH_MAP;
import static io.recordgen.generator.plan.ExternalTypes.LIST;
import static io.recordgen.generator.plan.ExternalTypes.MAP;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.Check;
import io.recordgen.generator.plan.ComponentPlan;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.RecordPlan;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders a {@link RecordPlan}: the record with its wire names, the compact constructor that
 * checks every constraint and copies collections, the builder, and a redacting {@code
 * toString()} when a component is sensitive.
 */
final class RecordEmitter {
  private RecordEmitter() {}

  static TypeSpec.Builder emit(RecordPlan plan) {
    boolean json = plan.kind() == RecordPlan.Kind.MODEL;
    boolean wrapper = plan.kind() == RecordPlan.Kind.WRAPPER;
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(plan.name()).addModifiers(Modifier.PUBLIC).addJavadoc(javadoc(plan));
    if (wrapper) {
      type.addModifiers(Modifier.STATIC); // nested in its union
    } else {
      type.addAnnotation(Annotations.GENERATED_ANNOTATION);
    }
    if (!plan.interfaces().isEmpty()) {
      type.addSuperinterfaces(plan.interfaces());
      if (json) {
        type.addAnnotation(Annotations.NO_TYPE_INFO);
      }
    }
    if (json) {
      type.addAnnotation(
              AnnotationSpec.builder(ExternalTypes.JSON_INCLUDE)
                  .addMember("value", "$T.Include.NON_NULL", ExternalTypes.JSON_INCLUDE)
                  .build())
          .addAnnotation(
              AnnotationSpec.builder(ExternalTypes.JSON_IGNORE_PROPERTIES)
                  .addMember("ignoreUnknown", "true")
                  .build());
    }

    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (ComponentPlan component : plan.allComponents()) {
      ParameterSpec.Builder parameter =
          ParameterSpec.builder(declared(component), component.javaName());
      if (component == plan.additional()) {
        parameter
            .addAnnotation(ExternalTypes.JSON_ANY_SETTER)
            .addAnnotation(ExternalTypes.JSON_ANY_GETTER);
      } else if (json) {
        parameter.addAnnotation(
            AnnotationSpec.builder(ExternalTypes.JSON_PROPERTY)
                .addMember("value", "$L", Literals.string(component.wireName()))
                .build());
        if (tristate(component)) {
          parameter.addAnnotation(Annotations.ABSENT_LEFT_OUT);
        }
        if (component.presence() == ComponentPlan.Presence.REQUIRED_NULLABLE) {
          parameter.addAnnotation(
              AnnotationSpec.builder(ExternalTypes.JSON_INCLUDE)
                  .addMember("value", "$T.Include.ALWAYS", ExternalTypes.JSON_INCLUDE)
                  .build());
        }
      } else if (wrapper) {
        parameter.addAnnotation(ExternalTypes.JSON_VALUE);
      }
      constructor.addParameter(parameter.build());
    }
    if (wrapper) {
      constructor.addAnnotation(Annotations.DELEGATING_CREATOR);
    }
    constructor.addCode(body(plan));
    type.recordConstructor(constructor.build());

    for (ComponentPlan component : plan.allComponents()) {
      addPatterns(type, component.checks());
    }
    RecordPlan.Names names = plan.names();
    if (plan.factory() != null) {
      type.addMethod(factory(plan));
    }
    if (plan.builder()) {
      type.addMethod(
          MethodSpec.methodBuilder(names.builderMethod())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(BuilderEmitter.name(plan))
              .addJavadoc("Returns an empty builder.\n\n@return a new builder\n")
              .addStatement("return new $T()", BuilderEmitter.name(plan))
              .build());
      type.addMethod(
          MethodSpec.methodBuilder(names.toBuilderMethod())
              .addModifiers(Modifier.PUBLIC)
              .returns(BuilderEmitter.name(plan))
              .addJavadoc(
                  "Returns a builder that starts from this record's values.\n\n"
                      + "@return a new builder\n")
              .addStatement("return new $T(this)", BuilderEmitter.name(plan))
              .build());
      type.addType(BuilderEmitter.emit(plan));
    }
    if (plan.hasSensitiveComponents()) {
      type.addMethod(redactingToString(plan));
    }
    return type;
  }

  /** {@code of(required...)}: the required components, every other one left out. */
  private static MethodSpec factory(RecordPlan plan) {
    RecordPlan.Factory factory = plan.factory();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(factory.name())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(plan.name());
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                factory.components().isEmpty()
                    ? "Returns a value with every component left out.\n\n"
                    : "Returns a value of the required components, every other one left out.\n\n");
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (ComponentPlan component : plan.allComponents()) {
      boolean taken = factory.components().contains(component.javaName());
      arguments.add(arguments.isEmpty() ? "$L" : ",$W$L", taken ? component.javaName() : "null");
      if (taken) {
        method.addParameter(
            Annotations.declared(component.type(), component.nullable()), component.javaName());
        doc.add(
            "@param $L $L\n",
            component.javaName(),
            Javadoc.wrap(componentDoc(component), component.javaName().length() + 8));
      }
    }
    doc.add("@return the value\n");
    if (plan.allComponents().stream().anyMatch(c -> !c.checks().isEmpty())) {
      doc.add(
          "@throws $T if a value breaks a constraint of the spec\n",
          ExternalTypes.CONSTRAINT_VIOLATION);
    }
    return method
        .addJavadoc(doc.build())
        .addStatement("return new $T($L)", plan.name(), arguments.build())
        .build();
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
          "; <code>Tristate.absent()</code> leaves it out, <code>Tristate.ofNull()</code> sends"
              + " <code>null</code>");
    }
    return doc.toString();
  }

  private static TypeName declared(ComponentPlan component) {
    return switch (component.presence()) {
      case REQUIRED -> component.type();
      case OPTIONAL_NULLABLE -> tristateType(component);
      default -> Annotations.nullable(component.type());
    };
  }

  static TypeName tristateType(ComponentPlan component) {
    return ParameterizedTypeName.get(
        ExternalTypes.TRISTATE, Annotations.nullable(component.type()));
  }

  static boolean tristate(ComponentPlan component) {
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
            "$L = $L == null ? $T.absent() : $L",
            component.javaName(),
            component.javaName(),
            ExternalTypes.TRISTATE,
            component.javaName());
      }
    }
    boolean anyCheck = plan.allComponents().stream().anyMatch(c -> !c.checks().isEmpty());
    if (anyCheck) {
      String v = plan.names().violations();
      code.addStatement(
          "$T $L = new $T($L)",
          ExternalTypes.VIOLATIONS,
          v,
          ExternalTypes.VIOLATIONS,
          Literals.string(plan.target()));
      for (ComponentPlan component : plan.allComponents()) {
        if (component.sensitive() && !component.checks().isEmpty()) {
          code.addStatement("$L.sensitive($L)", v, Literals.string(component.wireName()));
        }
      }
      for (ComponentPlan component : plan.allComponents()) {
        code.add(
            CheckRenderer.render(
                v, Literals.string(component.wireName()), value(component), component.checks()));
      }
      code.addStatement("$L.throwIfAny()", v);
    }
    String present = plan.names().present();
    for (ComponentPlan component : plan.allComponents()) {
      CodeBlock copy = copy(component, tristate(component) ? present : component.javaName());
      if (copy == null) {
        continue;
      }
      if (tristate(component)) {
        // Tristate.map passes values only: absent and null stay as they are.
        code.addStatement(
            "$L = $L.map($L -> $L)", component.javaName(), component.javaName(), present, copy);
      } else if (component == plan.additional()) {
        code.addStatement(
            "$L = $L == null$W? $T.of()$W: $L",
            component.javaName(),
            component.javaName(),
            MAP,
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
            ExternalTypes.STRING_PATTERN,
            matches.constant(),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(
            "$T.compile($L)", ExternalTypes.STRING_PATTERN, Literals.string(matches.regex()))
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
        .addAnnotation(Annotations.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .returns(ExternalTypes.STRING)
        .addJavadoc("Shows every component but the sensitive ones.\n")
        .addStatement(text.build())
        .build();
  }
}
