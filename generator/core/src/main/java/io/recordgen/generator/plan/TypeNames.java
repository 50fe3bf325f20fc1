package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Facts about Java names that several planners keep clear of. */
final class TypeNames {
  /**
   * The methods of {@code Object}: no component or generated method may take their names, which
   * javac refuses or which would override them with another meaning.
   */
  static final Set<String> OBJECT_METHODS =
      Set.of(
          "hashCode",
          "getClass",
          "toString",
          "wait",
          "notify",
          "notifyAll",
          "clone",
          "finalize",
          "equals");

  private TypeNames() {}

  /** The simple names of every class a component's type mentions, type arguments included. */
  static Set<String> simpleNames(Collection<ComponentPlan> components) {
    Set<String> names = new HashSet<>();
    for (ComponentPlan component : components) {
      collect(component.type(), names);
    }
    return names;
  }

  private static void collect(TypeName type, Set<String> into) {
    if (type instanceof ClassName name) {
      into.add(name.simpleName());
    } else if (type instanceof ParameterizedTypeName parameterized) {
      into.add(parameterized.rawType().simpleName());
      parameterized.typeArguments().forEach(argument -> collect(argument, into));
    } else if (type instanceof WildcardTypeName wildcard) {
      wildcard.upperBounds().forEach(bound -> collect(bound, into));
      wildcard.lowerBounds().forEach(bound -> collect(bound, into));
    }
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
