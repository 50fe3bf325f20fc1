package io.recordgen.generator.emit;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.HeadersPlan;
import javax.lang.model.element.Modifier;

/**
 * Renders a {@link HeadersPlan}: a class of {@code HeaderKey} constants, one per header that an
 * operation's success response declares, to read them typed from its {@code ApiResponse}.
 */
final class HeadersEmitter {
  private HeadersEmitter() {}

  static TypeSpec.Builder emit(HeadersPlan plan) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(plan.name())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(Annotations.GENERATED_ANNOTATION)
            .addJavadoc(
                "$L\n\n<pre>{@code\n$T value = response.header($T.$L);\n}</pre>\n",
                Javadoc.wrap(
                    "The headers that the success response of "
                        + Javadoc.escape(plan.operation())
                        + " declares, as keys of their types for ApiResponse.header."),
                plan.headers().get(0).type(),
                plan.name(),
                plan.headers().get(0).constant());
    for (HeadersPlan.Header header : plan.headers()) {
      String doc = Javadoc.escape(header.javadoc());
      type.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(ExternalTypes.HEADER_KEY, header.type()),
                  header.constant(),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "$L\n",
                  Javadoc.wrap(
                      Javadoc.sentence(
                          "<code>"
                              + Javadoc.escape(header.name())
                              + "</code>"
                              + (doc.isEmpty() ? "" : ": " + doc))))
              .initializer(
                  "$T.of($L, $T.class)",
                  ExternalTypes.HEADER_KEY,
                  Literals.string(header.name()),
                  header.type())
              .build());
    }
    return type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }
}
