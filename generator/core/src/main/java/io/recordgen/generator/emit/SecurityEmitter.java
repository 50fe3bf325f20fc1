package io.recordgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.SecurityPlan;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders a {@link SecurityPlan}: the name of every security scheme as a constant, and a factory
 * of the runtime's authentication for each scheme the runtime implements.
 */
final class SecurityEmitter {
  private SecurityEmitter() {}

  /** What each factory parameter is, by kind and position. */
  private static final Map<SecurityPlan.Kind, List<String>> PARAMETER_DOCS =
      Map.of(
          SecurityPlan.Kind.BEARER, List.of("the bearer token"),
          SecurityPlan.Kind.BASIC, List.of("the user id", "the password"),
          SecurityPlan.Kind.API_KEY, List.of("the API key"),
          SecurityPlan.Kind.OAUTH2_CLIENT_CREDENTIALS,
              List.of("the OAuth 2.0 client id", "the client's secret"));

  static TypeSpec.Builder emit(SecurityPlan plan) {
    SecurityPlan.Scheme example =
        plan.schemes().stream().filter(s -> s.factory() != null).findFirst().orElse(null);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(plan.name())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(Annotations.GENERATED_ANNOTATION)
            .addJavadoc(
                "$L\n",
                Javadoc.wrap(
                    "The security schemes of "
                        + Javadoc.escape(plan.source())
                        + ": each scheme's name, which ApiClient.Builder.auth(String, Interceptor)"
                        + " takes, and the runtime's authentication configured as the spec"
                        + " declares it. Each operation is authenticated by the first of its"
                        + " schemes that the client has credentials for."));
    if (example != null) {
      type.addJavadoc(
          "\n<pre>{@code\n.auth($T.$L, $T.$L(...))\n}</pre>\n",
          plan.name(),
          example.constant(),
          plan.name(),
          example.factory());
    }
    for (SecurityPlan.Scheme scheme : plan.schemes()) {
      String doc = Javadoc.escape(scheme.javadoc());
      type.addField(
          FieldSpec.builder(
                  ExternalTypes.STRING,
                  scheme.constant(),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "$L\n",
                  Javadoc.wrap(
                      Javadoc.sentence(
                              "<code>"
                                  + Javadoc.escape(scheme.name())
                                  + "</code> ("
                                  + Javadoc.escape(scheme.summary())
                                  + ")"
                                  + (doc.isEmpty() ? "" : ": " + doc))
                          + (scheme.factory() == null
                              ? " The runtime has no authentication for it: pass an interceptor"
                                  + " of your own."
                              : "")))
              .initializer("$L", Literals.string(scheme.name()))
              .build());
    }
    for (SecurityPlan.Scheme scheme : plan.schemes()) {
      if (scheme.factory() != null) {
        type.addMethod(factory(scheme));
      }
    }
    return type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  private static MethodSpec factory(SecurityPlan.Scheme scheme) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(scheme.factory())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(
                "$L\n",
                Javadoc.wrap(
                    "Authenticates as <code>"
                        + Javadoc.escape(scheme.name())
                        + "</code> declares: "
                        + Javadoc.escape(scheme.summary())
                        + "."));
    List<String> p = scheme.parameters();
    switch (scheme.kind()) {
      case BEARER -> {
        method.returns(ExternalTypes.BEARER_AUTH).addParameter(ExternalTypes.SECRET, p.get(0));
        method.addStatement("return $T.of($L)", ExternalTypes.BEARER_AUTH, p.get(0));
      }
      case BASIC -> {
        method
            .returns(ExternalTypes.BASIC_AUTH)
            .addParameter(ExternalTypes.STRING, p.get(0))
            .addParameter(ExternalTypes.SECRET, p.get(1));
        method.addStatement("return $T.of($L, $L)", ExternalTypes.BASIC_AUTH, p.get(0), p.get(1));
      }
      case API_KEY -> {
        method.returns(ExternalTypes.API_KEY_AUTH).addParameter(ExternalTypes.SECRET, p.get(0));
        method.addStatement(
            "return $T.of($T.$L, $L, $L)",
            ExternalTypes.API_KEY_AUTH,
            ExternalTypes.API_KEY_LOCATION,
            scheme.location(),
            Literals.string(scheme.parameterName()),
            p.get(0));
      }
      case OAUTH2_CLIENT_CREDENTIALS -> {
        ClassName builder = ExternalTypes.OAUTH2_CLIENT_CREDENTIALS.nestedClass("Builder");
        method
            .addJavadoc("\n<p>Returns the builder, for scopes, timing or client authentication.\n")
            .returns(builder)
            .addParameter(ExternalTypes.STRING, p.get(0))
            .addParameter(ExternalTypes.SECRET, p.get(1));
        if (!scheme.scopes().isEmpty()) {
          StringBuilder scopes = new StringBuilder();
          for (String scope : scheme.scopes()) {
            scopes.append(scopes.length() == 0 ? "" : ", ");
            scopes.append("<code>").append(Javadoc.escape(scope)).append("</code>");
          }
          method.addJavadoc(
              "$L\n",
              Javadoc.wrap(
                  "No scope is asked for unless you add some with scopes(...); the spec declares "
                      + scopes
                      + "."));
        }
        CodeBlock.Builder body =
            CodeBlock.builder()
                .add(
                    "return $T.builder()$>$>\n.tokenUrl($T.create($L))\n.client($L, $L)",
                    ExternalTypes.OAUTH2_CLIENT_CREDENTIALS,
                    ExternalTypes.URI,
                    Literals.string(scheme.tokenUrl()),
                    p.get(0),
                    p.get(1));
        method.addStatement(body.add("$<$<").build());
      }
      case OTHER -> throw new IllegalStateException("no factory for " + scheme.name());
    }
    method.addJavadoc("\n");
    for (int i = 0; i < p.size(); i++) {
      method.addJavadoc("@param $L $L\n", p.get(i), PARAMETER_DOCS.get(scheme.kind()).get(i));
    }
    return method
        .addJavadoc(
            scheme.kind() == SecurityPlan.Kind.OAUTH2_CLIENT_CREDENTIALS
                ? "@return the provider's builder; {@code build()} it for {@code"
                    + " ApiClient.Builder.auth}\n"
                : "@return the authentication, for {@code ApiClient.Builder.auth}\n")
        .build();
  }
}
