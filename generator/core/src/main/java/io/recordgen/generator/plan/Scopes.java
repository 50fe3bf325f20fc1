package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The naming policy of one generation: which names each package keeps out of its variables and
 * which simple names its files write qualified.
 *
 * <p>Spec type names stay as they are wherever Java allows (a schema called {@code Error}, {@code
 * Record} or {@code List} is {@code Error}, {@code Record}, {@code List}); where one clashes with
 * a type the generated code uses, references are qualified instead. A qualified reference in an
 * expression ({@code java.util.List.copyOf(...)}) starts with a package name, which a variable
 * of that name would hide, so a package with clashes also keeps the first segment of every
 * package it may write out ({@code java}, {@code io}, ...) clear of its variables.
 */
final class Scopes {
  private final Set<String> modelVariables;
  private final Set<String> apiVariables;

  private Scopes(Set<String> modelVariables, Set<String> apiVariables) {
    this.modelVariables = Set.copyOf(modelVariables);
    this.apiVariables = Set.copyOf(apiVariables);
  }

  /** No clashes: nothing kept out. */
  static Scopes none() {
    return new Scopes(Set.of(), Set.of());
  }

  /**
   * The policy a plan needs: packages whose types clash with each other or with an external type
   * keep every package root out of their variables.
   */
  static Scopes needed(GenerationPlan plan, String basePackage) {
    Set<String> model = plan.simpleNames(plan.modelPackage());
    Set<String> api = plan.simpleNames(plan.apiPackage());
    Set<String> external = new HashSet<>();
    Set<String> roots = new TreeSet<>();
    List<ClassName> used = new ArrayList<>(ExternalTypes.all());
    for (MappedType mapped : plan.mappedTypes()) {
      ClassName type = Customizations.className(mapped.qualifiedName());
      if (type != null) {
        used.add(type.topLevelClassName());
      }
    }
    for (ClassName type : used) {
      if (type.enclosingClassName() == null) { // a nested type is written with its outer one
        external.add(type.simpleName());
        roots.add(root(type.packageName()));
      }
    }
    roots.add(root(basePackage));
    boolean modelClashes = intersects(model, external);
    boolean apiClashes = modelClashes || intersects(api, external) || intersects(api, model);
    return new Scopes(modelClashes ? roots : Set.of(), apiClashes ? roots : Set.of());
  }

  /** Whether the policy keeps anything out. */
  boolean isEmpty() {
    return modelVariables.isEmpty() && apiVariables.isEmpty();
  }

  /** The members of a record of the model package. */
  NameScope modelRecord() {
    return NameScope.members(union(RecordPlanner.RESERVED_MEMBERS, modelVariables));
  }

  /** The members of a record of the api package. */
  NameScope apiRecord() {
    return NameScope.members(union(RecordPlanner.RESERVED_MEMBERS, apiVariables));
  }

  /** What the api package's method variables keep clear of. */
  Set<String> apiVariables() {
    return apiVariables;
  }

  /**
   * The simple names that files of a package write qualified: same-package types that share
   * their name with a {@code java.lang} type, which the files use without an import.
   */
  static List<String> qualified(Set<String> samePackage) {
    Set<String> names = new TreeSet<>();
    for (ClassName type : ExternalTypes.all()) {
      if (type.packageName().equals("java.lang") && samePackage.contains(type.simpleName())) {
        names.add(type.simpleName());
      }
    }
    return List.copyOf(names);
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String name : a) {
      if (b.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static String root(String packageName) {
    int dot = packageName.indexOf('.');
    return dot < 0 ? packageName : packageName.substring(0, dot);
  }
}
