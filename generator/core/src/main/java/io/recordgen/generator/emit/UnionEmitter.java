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
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.RecordPlan;
import io.recordgen.generator.plan.UnionPlan;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders a {@link UnionPlan}: a sealed interface that its alternatives implement, with Jackson
 * subtypes by discriminator value, or with a nested {@code Decoder} that picks the alternative
 * by the shape of the JSON value.
 */
final class UnionEmitter {
  private static final ClassName SET = ExternalTypes.SET;
  private static final ClassName MAP = ExternalTypes.MAP;
  private static final ClassName LIST = ExternalTypes.LIST;

  private UnionEmitter() {}

  static TypeSpec.Builder emit(UnionPlan plan) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(plan.name())
            .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
            .addJavadoc(javadoc(plan))
            .addAnnotation(Annotations.GENERATED_ANNOTATION);
    for (UnionPlan.Member member : plan.members()) {
      type.addPermittedSubclass(member.type());
    }
    if (plan.discriminator() != null) {
      ClassName unknown = plan.name().nestedClass(plan.names().unknown());
      type.addAnnotation(
          AnnotationSpec.builder(ExternalTypes.JSON_TYPE_INFO)
              .addMember("use", "$T.Id.NAME", ExternalTypes.JSON_TYPE_INFO)
              .addMember("include", "$T.As.EXISTING_PROPERTY", ExternalTypes.JSON_TYPE_INFO)
              .addMember("property", "$L", Literals.string(plan.discriminator()))
              .addMember("visible", "true")
              .addMember("defaultImpl", "$T.class", unknown)
              .build());
      AnnotationSpec.Builder subtypes = AnnotationSpec.builder(ExternalTypes.JSON_SUB_TYPES);
      for (UnionPlan.Member member : plan.members()) {
        subtypes.addMember("value", "$L", subtype(member));
      }
      type.addAnnotation(subtypes.build());
      type.addPermittedSubclass(unknown);
      type.addType(unknown(plan, unknown));
    } else {
      ClassName decoder = plan.name().nestedClass(plan.names().decoder());
      type.addAnnotation(
          AnnotationSpec.builder(ExternalTypes.JSON_DESERIALIZE)
              .addMember("using", "$T.class", decoder)
              .build());
      for (RecordPlan wrapper : plan.wrappers()) {
        type.addType(RecordEmitter.emit(wrapper).build());
      }
      type.addType(decoder(plan, decoder));
    }
    return type;
  }

  private static CodeBlock javadoc(UnionPlan plan) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String text = Javadoc.escape(plan.javadoc());
    doc.add(
        "$L\n\n",
        text.isEmpty()
            ? "The <code>" + Javadoc.escape(plan.target()) + "</code> schema."
            : Javadoc.wrap(text));
    doc.add("<p>One of:\n<ul>\n");
    for (UnionPlan.Member member : plan.members()) {
      doc.add("  <li>{@link $T}", member.type());
      if (plan.discriminator() != null) {
        doc.add(" when <code>$L</code> is ", Javadoc.escape(plan.discriminator()));
        for (int i = 0; i < member.names().size(); i++) {
          doc.add(
              i == 0 ? "$L" : " or $L",
              "<code>" + Javadoc.escape(Literals.string(member.names().get(i))) + "</code>");
        }
      }
      doc.add("\n");
    }
    if (plan.discriminator() != null) {
      doc.add(
          "  <li>{@link $L} for any other value, such as one a newer server sends\n",
          plan.names().unknown());
    }
    doc.add("</ul>\n");
    return doc.build();
  }

  private static AnnotationSpec subtype(UnionPlan.Member member) {
    AnnotationSpec.Builder type =
        AnnotationSpec.builder(ExternalTypes.JSON_SUB_TYPE)
            .addMember("value", "$T.class", member.type());
    if (member.names().size() == 1) {
      type.addMember("name", "$L", Literals.string(member.names().get(0)));
    } else {
      for (String name : member.names()) {
        type.addMember("names", "$L", Literals.string(name));
      }
    }
    return type.build();
  }

  private static TypeSpec unknown(UnionPlan plan, ClassName unknown) {
    return TypeSpec.recordBuilder(unknown)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addSuperinterface(plan.name())
        .addAnnotation(Annotations.NO_TYPE_INFO)
        .addJavadoc(
            "$L\n\n@param $L the value as received\n",
            Javadoc.wrap(
                "A <code>"
                    + Javadoc.escape(plan.target())
                    + "</code> this client does not know, such as one a"
                    + " newer server sends, kept as the JSON it arrived as."),
            plan.names().json())
        .recordConstructor(
            MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Annotations.DELEGATING_CREATOR)
                .addParameter(
                    ParameterSpec.builder(ExternalTypes.JSON_NODE, plan.names().json())
                        .addAnnotation(ExternalTypes.JSON_VALUE)
                        .build())
                .addStatement(
                    "$T.requireNonNull($L, $S)",
                    ExternalTypes.OBJECTS,
                    plan.names().json(),
                    plan.names().json())
                .build())
        .build();
  }

  private static TypeSpec decoder(UnionPlan plan, ClassName decoder) {
    ClassName alternative = ExternalTypes.UNION_ALTERNATIVE;
    ClassName shape = ExternalTypes.UNION_SHAPE;
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < plan.members().size(); i++) {
      UnionPlan.Member member = plan.members().get(i);
      list.add(i == 0 ? "\n" : ",\n");
      if (member.isWrapper()) {
        list.add(
            "$T.value($T.$L,$W$L,$W$T::new)",
            alternative,
            shape,
            member.shape().name(),
            typeToken(member.valueType()),
            member.type());
      } else {
        list.add(
            "$T.object($T.class,$W$L,$W$L,$W$L)",
            alternative,
            member.type(),
            strings(member.required()),
            strings(member.known()),
            constants(member.constants()));
      }
    }
    list.add(")");
    return TypeSpec.classBuilder(decoder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ExternalTypes.UNION_DESERIALIZER, plan.name()))
        .addJavadoc(
            "Decodes {@link $T} by the shape of the JSON value,\nas {@link $T} " + "describes.\n",
            plan.name(),
            ExternalTypes.UNION_DESERIALIZER)
        .addField(
            FieldSpec.builder(
                    TypeName.LONG,
                    "serialVersionUID",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("1L")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Lists the alternatives in spec order.\n")
                .addStatement("super($T.class, $L)", plan.name(), list.build())
                .build())
        .build();
  }

  /** {@code String.class}, or a type reference for a generic type. */
  private static CodeBlock typeToken(TypeName type) {
    if (type instanceof ClassName plain) {
      return CodeBlock.of("$T.class", plain);
    }
    return CodeBlock.of("new $T<$T>() {}", ExternalTypes.TYPE_REFERENCE, type);
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder set = CodeBlock.builder().add("$T.of(", SET);
    for (int i = 0; i < values.size(); i++) {
      set.add(i == 0 ? "$L" : ",$W$L", Literals.string(values.get(i)));
    }
    return set.add(")").build();
  }

  private static CodeBlock constants(Map<String, String> constants) {
    CodeBlock.Builder map = CodeBlock.builder();
    if (constants.size() <= 10) {
      map.add("$T.of(", MAP);
      int i = 0;
      for (Map.Entry<String, String> entry : constants.entrySet()) {
        map.add(
            i++ == 0 ? "$L, $L" : ",$W$L, $L",
            Literals.string(entry.getKey()),
            Literals.string(entry.getValue()));
      }
      return map.add(")").build();
    }
    map.add("$T.ofEntries(", MAP);
    int i = 0;
    for (Map.Entry<String, String> entry : constants.entrySet()) {
      map.add(
          i++ == 0 ? "$T.entry($L, $L)" : ",$W$T.entry($L, $L)",
          MAP,
          Literals.string(entry.getKey()),
          Literals.string(entry.getValue()));
    }
    return map.add(")").build();
  }
}
