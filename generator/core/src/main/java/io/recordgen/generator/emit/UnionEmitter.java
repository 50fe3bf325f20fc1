package io.recordgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
 * Renders a {@link UnionPlan}: a sealed interface that its alternatives implement, with subtypes
 * by discriminator value, or marked {@code @JsonUnion} with a nested class that lists the
 * alternatives, which the runtime's codecs pick from by the shape of the JSON value. Only {@code
 * jackson-annotations} and runtime types appear, so the code runs on Jackson 2 and 3 alike.
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
      ClassName alternatives = plan.name().nestedClass(plan.names().alternatives());
      type.addAnnotation(
          AnnotationSpec.builder(ExternalTypes.JSON_UNION)
              .addMember("value", "$T.class", alternatives)
              .build());
      for (RecordPlan wrapper : plan.wrappers()) {
        type.addType(RecordEmitter.emit(wrapper).build());
      }
      type.addType(alternatives(plan, alternatives));
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
            "$L\n\n@param $L its properties as received\n",
            Javadoc.wrap(
                "A <code>"
                    + Javadoc.escape(plan.target())
                    + "</code> this client does not know, such as one a"
                    + " newer server sends, kept as the JSON object it arrived as."),
            plan.names().json())
        .recordConstructor(
            MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                // Its properties, the discriminator included, as they are: no type id is added
                // when it is written again, by Jackson 2 or 3.
                .addParameter(
                    ParameterSpec.builder(
                            ParameterizedTypeName.get(
                                MAP,
                                ExternalTypes.STRING,
                                Annotations.nullable(ExternalTypes.OBJECT)),
                            plan.names().json())
                        .addAnnotation(ExternalTypes.JSON_ANY_SETTER)
                        .addAnnotation(ExternalTypes.JSON_ANY_GETTER)
                        .build())
                .addStatement(
                    "$L = $T.unmodifiableMap(new $T<>($T.requireNonNull($L, $S)))",
                    plan.names().json(),
                    ExternalTypes.COLLECTIONS,
                    ExternalTypes.LINKED_HASH_MAP,
                    ExternalTypes.OBJECTS,
                    plan.names().json(),
                    plan.names().json())
                .build())
        .build();
  }

  private static TypeSpec alternatives(UnionPlan plan, ClassName alternatives) {
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
    return TypeSpec.classBuilder(alternatives)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ExternalTypes.UNION_ALTERNATIVES, plan.name()))
        .addJavadoc(
            "The alternatives of {@link $T} in spec order, which the JSON codecs try\nby the"
                + " shape of the value, as {@link $T} describes.\n",
            plan.name(),
            ExternalTypes.UNION_RULES)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("For the codecs, which create it.\n")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("alternatives")
                .addAnnotation(Annotations.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(
                    ParameterizedTypeName.get(
                        LIST,
                        ParameterizedTypeName.get(
                            alternative,
                            com.palantir.javapoet.WildcardTypeName.subtypeOf(plan.name()))))
                .addStatement("return $L", list.build())
                .build())
        .build();
  }

  /** {@code String.class}, or a type reference for a generic type. */
  private static CodeBlock typeToken(TypeName type) {
    if (type instanceof ClassName plain) {
      return CodeBlock.of("$T.class", plain);
    }
    return CodeBlock.of("new $T<$T>() {}", ExternalTypes.TYPE_TOKEN, type);
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
