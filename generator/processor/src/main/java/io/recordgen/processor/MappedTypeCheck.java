package io.recordgen.processor;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.plan.MappedType;
import io.recordgen.generator.plan.Naming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the types a configuration maps schemas and formats to against what javac sees, before
 * anything is generated: each exists, is public, and has every property its schema requires, as
 * a record component, field or accessor, by its wire name, its Java name or {@code
 * @JsonProperty}. A problem is an {@code RG049} error at the configuration's pointer, where
 * otherwise the user would meet a "cannot find symbol" in generated code, or a decoding failure
 * at run time.
 */
final class MappedTypeCheck {
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";

  private final Elements elements;

  MappedTypeCheck(Elements elements) {
    this.elements = elements;
  }

  List<Diagnostic> check(List<MappedType> types) {
    List<Diagnostic> problems = new ArrayList<>();
    for (MappedType mapped : types) {
      String problem = problem(mapped);
      if (problem != null) {
        problems.add(
            new Diagnostic(
                Code.MAPPED_TYPE_INVALID,
                mapped.pointer(),
                "configuration "
                    + mapped.configuration()
                    + " maps #"
                    + mapped.schemaPointer()
                    + " to "
                    + mapped.qualifiedName()
                    + ", which "
                    + problem));
      }
    }
    return problems;
  }

  private @org.jspecify.annotations.Nullable String problem(MappedType mapped) {
    TypeElement type = elements.getTypeElement(mapped.qualifiedName());
    if (type == null) {
      return "is not on the class path of this compilation";
    }
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      return "is not public, so the generated code cannot use it";
    }
    if (mapped.requiredProperties().isEmpty()) {
      return null;
    }
    Set<String> names = propertyNames(type);
    List<String> missing = new ArrayList<>();
    for (String property : mapped.requiredProperties()) {
      if (!names.contains(property) && !names.contains(Naming.memberName(property))) {
        missing.add(property);
      }
    }
    return missing.isEmpty()
        ? null
        : "has no property for "
            + String.join(", ", missing)
            + " (required by the schema; a record component, field or accessor of that name,"
            + " or one annotated @JsonProperty with it)";
  }

  /** Every name a JSON property of {@code type} could be bound under. */
  private Set<String> propertyNames(TypeElement type) {
    Set<String> names = new HashSet<>();
    for (Element member : elements.getAllMembers(type)) {
      ElementKind kind = member.getKind();
      String name = member.getSimpleName().toString();
      if (kind == ElementKind.FIELD || kind == ElementKind.RECORD_COMPONENT) {
        names.add(name);
      } else if (kind == ElementKind.METHOD
          && ((ExecutableElement) member).getParameters().isEmpty()
          && !member.getModifiers().contains(Modifier.STATIC)) {
        names.add(name);
        names.add(beanName(name));
      } else {
        continue;
      }
      String annotated = jsonProperty(member);
      if (annotated != null) {
        names.add(annotated);
      }
    }
    for (Element component : type.getRecordComponents()) {
      String annotated = jsonProperty(component);
      if (annotated != null) {
        names.add(annotated);
      }
    }
    return names;
  }

  private static String beanName(String method) {
    for (String prefix : List.of("get", "is")) {
      if (method.length() > prefix.length()
          && method.startsWith(prefix)
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        String rest = method.substring(prefix.length());
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
      }
    }
    return method;
  }

  private static @org.jspecify.annotations.Nullable String jsonProperty(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
      if (!annotationType.getQualifiedName().contentEquals(JSON_PROPERTY)) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          annotation.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals("value")) {
          return String.valueOf(entry.getValue().getValue());
        }
      }
    }
    return null;
  }
}
