package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The types of the model package as planning creates them: the names of component types, decided
 * before anything else so inline types never take them; inline types, created once per spec
 * location and shared by identical shapes; and the plans in planning order, a parent before the
 * inline types it made. Reads ({@link #record}, {@link #typeAt}) never plan anything.
 */
final class ModelTypes {
  private final String modelPackage;
  private final NameScope scope;
  private final Map<String, ClassName> components = new HashMap<>();
  private final java.util.Set<String> existing = new java.util.HashSet<>();
  private final Map<String, ClassName> byPointer = new HashMap<>();
  private final Map<String, ClassName> byShape = new HashMap<>();
  private final List<TypePlan> plans = new ArrayList<>();
  private final Map<ClassName, RecordPlan> records = new HashMap<>();
  private final Map<ClassName, OpenEnumPlan> openEnums = new HashMap<>();
  private final Map<ClassName, Set<ClassName>> memberships = new HashMap<>();
  private final Map<String, TypeName> mapped = new HashMap<>();

  ModelTypes(String modelPackage, NameScope scope) {
    this.modelPackage = modelPackage;
    this.scope = scope;
  }

  /** Allocates the type name of a component. */
  ClassName nameComponent(String component, String preferred) {
    ClassName name = ClassName.get(modelPackage, scope.allocate(preferred));
    components.put(component, name);
    return name;
  }

  /** Registers the existing type a component is mapped to, which is not generated. */
  void existingComponent(String component, ClassName type) {
    components.put(component, type);
    existing.add(component);
  }

  /** Whether a component is mapped to an existing type. */
  boolean isExisting(String component) {
    return existing.contains(component);
  }

  /** The type of a component that produces one, or {@code null} for an alias. */
  @Nullable ClassName component(String component) {
    return components.get(component);
  }

  /** The inline type already made for the schema at {@code pointer}, or for its shape. */
  @Nullable ClassName existing(String pointer, @Nullable String shape) {
    ClassName existing = byPointer.get(pointer);
    if (existing == null && shape != null) {
      existing = byShape.get(shape);
    }
    return existing;
  }

  /** Allocates and registers a new inline type for the schema at {@code pointer}. */
  ClassName newInline(String pointer, @Nullable String shape, String preferred) {
    ClassName name = ClassName.get(modelPackage, scope.allocate(preferred));
    byPointer.put(pointer, name);
    if (shape != null) {
      byShape.put(shape, name);
    }
    return name;
  }

  /** Where the next plan goes: a parent keeps this place while its inline types are planned. */
  int position() {
    return plans.size();
  }

  /** Adds a plan at a place from {@link #position()}, before what was planned since. */
  void add(int position, TypePlan plan) {
    plans.add(position, plan);
    if (plan instanceof RecordPlan record) {
      records.put(record.name(), record);
    } else if (plan instanceof OpenEnumPlan openEnum) {
      openEnums.put(openEnum.name(), openEnum);
    }
  }

  /** Records that {@code record} is an alternative of {@code union}. */
  void member(ClassName record, ClassName union) {
    memberships.computeIfAbsent(record, r -> new LinkedHashSet<>()).add(union);
  }

  /** Remembers the type a schema location maps to, for lookups after planning. */
  void mapped(String pointer, TypeName type) {
    mapped.putIfAbsent(pointer, type);
  }

  /** The type the schema at {@code pointer} was mapped to, or {@code null} if it never was. */
  @Nullable TypeName typeAt(String pointer) {
    return mapped.get(pointer);
  }

  /** The record planned under {@code name}, or {@code null}. */
  @Nullable RecordPlan record(TypeName name) {
    return name instanceof ClassName className ? records.get(className) : null;
  }

  /** The open enumeration planned under {@code name}, or {@code null}. */
  @Nullable OpenEnumPlan openEnum(TypeName name) {
    return name instanceof ClassName className ? openEnums.get(className) : null;
  }

  /** Everything planned, in planning order, records with the unions they implement. */
  List<TypePlan> plans() {
    List<TypePlan> result = new ArrayList<>(plans.size());
    for (TypePlan plan : plans) {
      Set<ClassName> unions =
          plan instanceof RecordPlan record ? memberships.get(record.name()) : null;
      result.add(unions == null ? plan : ((RecordPlan) plan).withInterfaces(List.copyOf(unions)));
    }
    return result;
  }
}
