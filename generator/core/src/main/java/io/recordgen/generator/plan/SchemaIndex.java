package io.recordgen.generator.plan;

import io.recordgen.generator.model.Discriminator;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Property;
import io.recordgen.generator.model.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the component schemas of a spec are, structurally, without deciding any Java name or
 * type: which become types, which are aliases, which properties an {@code allOf} merges, which
 * hierarchies a discriminator roots. Every method is a pure read of the spec.
 */
final class SchemaIndex {
  private final Map<String, NamedSchema> components = new LinkedHashMap<>();

  /** Roots of allOf hierarchies with a discriminator, with their descendants in spec order. */
  private final Map<String, List<String>> hierarchies = new LinkedHashMap<>();

  SchemaIndex(List<NamedSchema> schemas) {
    for (NamedSchema schema : schemas) {
      components.put(schema.name(), schema);
    }
    findHierarchies();
  }

  /** The component schemas in spec order. */
  Collection<NamedSchema> components() {
    return components.values();
  }

  /** The component called {@code name}, or {@code null}. */
  @Nullable NamedSchema component(String name) {
    return components.get(name);
  }

  /** Whether a component called {@code name} exists. */
  boolean has(String name) {
    return components.containsKey(name);
  }

  /** The descendants of a hierarchy root, or {@code null} when it roots none. */
  @Nullable List<String> descendants(String root) {
    return hierarchies.get(root);
  }

  /**
   * Finds the component schemas with a discriminator that other components extend through
   * {@code allOf}: each becomes a sealed interface that its record descendants implement.
   */
  private void findHierarchies() {
    for (NamedSchema root : components.values()) {
      if (discriminatorOf(root.schema()) == null) {
        continue;
      }
      List<String> descendants = new ArrayList<>();
      for (NamedSchema candidate : components.values()) {
        if (!candidate.name().equals(root.name())
            && extendsComponent(candidate.schema(), root.name(), new HashSet<>())) {
          descendants.add(candidate.name());
        }
      }
      if (!descendants.isEmpty()) {
        hierarchies.put(root.name(), descendants);
      }
    }
  }

  /** Whether {@code schema} reaches component {@code root} through {@code allOf} parts. */
  private boolean extendsComponent(Schema schema, String root, Set<String> seen) {
    if (!(schema instanceof Schema.AllOf all) || soleReference(all) != null) {
      return false;
    }
    for (Schema part : all.parts()) {
      if (part instanceof Schema.Ref ref) {
        if (ref.name().equals(root)) {
          return true;
        }
        NamedSchema next = components.get(ref.name());
        if (next != null && seen.add(ref.name()) && extendsComponent(next.schema(), root, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  static @Nullable Discriminator discriminatorOf(Schema schema) {
    if (schema instanceof Schema.ObjectType object) {
      return object.discriminator();
    }
    if (schema instanceof Schema.AllOf all) {
      return all.discriminator();
    }
    if (schema instanceof Schema.OneOf oneOf) {
      return oneOf.discriminator();
    }
    return null;
  }

  /** Whether a component schema becomes a type of its own rather than an alias. */
  boolean producesType(Schema schema) {
    if (schema instanceof Schema.EnumType) {
      return true;
    }
    if (schema instanceof Schema.ObjectType object) {
      return isRecord(object);
    }
    if (schema instanceof Schema.AllOf all) {
      Schema single = solePart(all);
      return single == null || !(single instanceof Schema.Ref) && producesType(single);
    }
    if (schema instanceof Schema.OneOf oneOf) {
      Alternatives alternatives = Alternatives.of(oneOf);
      return !alternatives.any() && alternatives.real().size() > 1;
    }
    return false;
  }

  /** Whether an object schema is a record: it declares properties, or forbids any. */
  static boolean isRecord(Schema.ObjectType object) {
    return !object.properties().isEmpty()
        || object.additional() instanceof Schema.Additional.Forbidden;
  }

  /** Whether a schema is generated as a record: an object with properties, or merged parts. */
  static boolean isRecordSchema(Schema schema) {
    if (schema instanceof Schema.ObjectType object) {
      return isRecord(object);
    }
    if (schema instanceof Schema.AllOf all) {
      Schema single = solePart(all);
      return single == null || isRecordSchema(single);
    }
    return false;
  }

  /** Whether a component is generated as a record (and so can implement a union). */
  boolean isRecordComponent(String component) {
    NamedSchema named = components.get(component);
    if (named == null || hierarchies.containsKey(component)) {
      return false;
    }
    return isRecordSchema(named.schema());
  }

  /**
   * {@code allOf: [{$ref: X}]} with nothing else: X with extra docs. Parts that only annotate
   * ({@code {readOnly: true}}, a description) do not count.
   */
  static Schema.@Nullable Ref soleReference(Schema.AllOf all) {
    Schema only = solePart(all);
    return only instanceof Schema.Ref ref ? ref : null;
  }

  /**
   * The one part of an {@code allOf} that is not just annotations, such as an enum wrapped to
   * give it a description; {@code null} when several parts constrain or a discriminator is set.
   */
  static @Nullable Schema solePart(Schema.AllOf all) {
    if (all.discriminator() != null) {
      return null;
    }
    Schema only = null;
    for (Schema part : all.parts()) {
      if (part instanceof Schema.AnyType) {
        continue;
      }
      if (only != null) {
        return null;
      }
      only = part;
    }
    return only;
  }

  /** {@code schema}, or the one part of an {@code allOf} that only wraps it. */
  static Schema unwrapped(Schema schema) {
    return schema instanceof Schema.AllOf all && solePart(all) != null ? solePart(all) : schema;
  }

  /**
   * The alternatives of a {@code oneOf} or {@code anyOf}: {@code null} alternatives make it
   * nullable, and an unconstrained one admits anything.
   */
  record Alternatives(List<Schema> real, boolean nullable, boolean any) {
    static Alternatives of(Schema.OneOf oneOf) {
      List<Schema> real = new ArrayList<>();
      boolean nullable = false;
      boolean any = false;
      for (Schema alternative : oneOf.alternatives()) {
        if (alternative instanceof Schema.AnyType) {
          if (alternative.meta().nullable()) {
            nullable = true;
          } else {
            any = true;
          }
        } else {
          real.add(alternative);
        }
      }
      return new Alternatives(List.copyOf(real), nullable, any);
    }
  }

  /**
   * The properties of an object or of every part of an {@code allOf}, later ones winning.
   *
   * @param ignored told of each {@code allOf} part that is neither an object nor a reference,
   *     whose constraints are lost
   */
  Map<String, Property> properties(Schema schema, java.util.function.Consumer<Schema> ignored) {
    Map<String, Property> into = new LinkedHashMap<>();
    flatten(schema, into, new ArrayDeque<>(), ignored);
    return into;
  }

  private void flatten(
      Schema schema,
      Map<String, Property> into,
      Deque<String> seen,
      java.util.function.Consumer<Schema> ignored) {
    if (schema instanceof Schema.ObjectType object) {
      for (Property property : object.properties()) {
        Property earlier = into.remove(property.wireName());
        boolean required = property.required() || (earlier != null && earlier.required());
        into.put(property.wireName(), property.withRequired(required));
      }
    } else if (schema instanceof Schema.AllOf all) {
      for (Schema part : all.parts()) {
        flatten(part, into, seen, ignored);
      }
    } else if (schema instanceof Schema.Ref ref) {
      NamedSchema target = components.get(ref.name());
      if (target != null && !seen.contains(ref.name())) {
        seen.push(ref.name());
        flatten(target.schema(), into, seen, ignored);
        seen.pop();
      }
    } else if (!(schema instanceof Schema.AnyType)) {
      // An unconstrained part only annotates ({readOnly: true}); anything else is lost.
      ignored.accept(schema);
    }
  }

  /** What {@code additionalProperties} the schema (or its merged parts) says. */
  Schema.Additional additionalOf(Schema schema) {
    return additionalOf(schema, new HashSet<>());
  }

  private Schema.Additional additionalOf(Schema schema, Set<String> seen) {
    if (schema instanceof Schema.ObjectType object) {
      return object.additional();
    }
    if (schema instanceof Schema.Ref ref && seen.add(ref.name())) {
      NamedSchema target = components.get(ref.name());
      return target == null
          ? new Schema.Additional.Unspecified()
          : additionalOf(target.schema(), seen);
    }
    if (schema instanceof Schema.AllOf all) {
      Schema.Additional found = new Schema.Additional.Unspecified();
      for (Schema part : all.parts()) {
        Schema.Additional each = additionalOf(part, seen);
        if (!(each instanceof Schema.Additional.Unspecified)) {
          found = each;
        }
      }
      return found;
    }
    return new Schema.Additional.Unspecified();
  }

  /** The one value a property may have ({@code enum} of one, or {@code const}), if any. */
  @Nullable String constant(Schema schema) {
    Schema current = schema;
    for (int depth = 0; depth <= 8; depth++) {
      if (current instanceof Schema.EnumType enumType) {
        return enumType.values().size() == 1 ? enumType.values().get(0) : null;
      }
      if (depth == 8
          || !(current instanceof Schema.Ref ref)
          || !components.containsKey(ref.name())) {
        return null;
      }
      current = components.get(ref.name()).schema();
    }
    return null;
  }

  /** The JSON type an alternative accepts, through references. */
  UnionPlan.Shape shape(Schema schema) {
    return shape(schema, new HashSet<>());
  }

  private UnionPlan.Shape shape(Schema schema, Set<String> seen) {
    if (schema instanceof Schema.Ref ref) {
      NamedSchema target = components.get(ref.name());
      return target == null || !seen.add(ref.name())
          ? UnionPlan.Shape.ANY
          : shape(target.schema(), seen);
    }
    if (schema instanceof Schema.EnumType enumType) {
      return switch (enumType.base()) {
        case STRING -> UnionPlan.Shape.STRING;
        case INTEGER -> UnionPlan.Shape.INTEGER;
        case NUMBER -> UnionPlan.Shape.NUMBER;
        case BOOLEAN -> UnionPlan.Shape.BOOLEAN;
      };
    }
    if (schema instanceof Schema.AllOf all && solePart(all) != null) {
      return shape(solePart(all), seen);
    }
    if (schema instanceof Schema.StringType) {
      return UnionPlan.Shape.STRING;
    }
    if (schema instanceof Schema.IntegerType) {
      return UnionPlan.Shape.INTEGER;
    }
    if (schema instanceof Schema.NumberType) {
      return UnionPlan.Shape.NUMBER;
    }
    if (schema instanceof Schema.BooleanType) {
      return UnionPlan.Shape.BOOLEAN;
    }
    if (schema instanceof Schema.ArrayType) {
      return UnionPlan.Shape.ARRAY;
    }
    return schema instanceof Schema.ObjectType ? UnionPlan.Shape.OBJECT : UnionPlan.Shape.ANY;
  }
}
