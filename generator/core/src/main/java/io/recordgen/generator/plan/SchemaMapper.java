package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.SchemaMeta;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides the Java type of a schema where it is used. Component schemas that are objects, enums
 * or unions are their named types; other components (strings with a pattern, arrays, references)
 * are aliases whose constraints are inlined where they are used. An inline object, enum or union
 * becomes a type named after where it appears ({@code Backup} + {@code status} = {@code
 * BackupStatus}), created by the {@link TypeFactory} on first use, once per spec location.
 */
final class SchemaMapper {
  /** Creates the type planned for an inline schema, under a name already allocated. */
  interface TypeFactory {
    void plan(ClassName name, Schema schema, Direction direction);
  }

  /** Deeper generic types than this overflow javac itself. */
  private static final int MAX_DEPTH = 64;

  private final SchemaIndex index;
  private final ModelTypes types;
  private final Constraints constraints;
  private final Customizations customizations;
  private final Diagnostics diagnostics;
  private @Nullable TypeFactory factory;
  private final Deque<String> aliases = new ArrayDeque<>();

  /**
   * How deep {@link #map} is nested since the last record: arrays, maps and aliases can nest
   * types through references without nesting the document, and a generic type nested that deep
   * would break javac.
   */
  private int depth;

  SchemaMapper(
      SchemaIndex index,
      ModelTypes types,
      Constraints constraints,
      Customizations customizations,
      Diagnostics diagnostics) {
    this.index = index;
    this.customizations = customizations;
    this.types = types;
    this.constraints = constraints;
    this.diagnostics = diagnostics;
  }

  void factory(TypeFactory factory) {
    this.factory = factory;
  }

  /** Runs {@code planning} as the start of a new record: its components count depth anew. */
  <T> T nested(java.util.function.Supplier<T> planning) {
    int outer = depth;
    depth = 0;
    try {
      return planning.get();
    } finally {
      depth = outer;
    }
  }

  /**
   * Maps a schema where it is used.
   *
   * @param schema the schema
   * @param hint the type name to use if an inline type has to be created
   * @param direction which way values travel
   */
  Mapped map(Schema schema, String hint, Direction direction) {
    if (depth >= MAX_DEPTH) {
      diagnostics.report(
          Code.SCHEMA_WEAKENED,
          schema.meta().pointer(),
          "schemas nest more than "
              + MAX_DEPTH
              + " levels deep through references here; generated as Object");
      return Mapped.object(schema.meta().sensitive(), "");
    }
    depth++;
    try {
      Mapped mapped = mapSchema(schema, hint, direction);
      types.mapped(schema.meta().pointer(), mapped.type());
      return mapped;
    } finally {
      depth--;
    }
  }

  private Mapped mapSchema(Schema schema, String hint, Direction direction) {
    SchemaMeta meta = schema.meta();
    String doc = DocText.of(meta.docs());
    if (schema instanceof Schema.Ref ref) {
      return reference(ref, hint, direction);
    }
    ClassName custom = customizations.format(format(schema), meta.pointer());
    if (custom != null) {
      // The user's type validates its own values: the spec's checks are for the JSON scalar.
      return Mapped.plain(custom, meta.nullable(), List.of(), meta.sensitive(), doc);
    }
    if (schema instanceof Schema.StringType string) {
      TypeName type = TypeMapping.string(string);
      List<Check> checks =
          type.equals(ExternalTypes.STRING) ? constraints.string(string) : List.of();
      return Mapped.plain(type, meta.nullable(), checks, meta.sensitive(), doc);
    }
    if (schema instanceof Schema.IntegerType integer) {
      List<Check> checks =
          constraints.bounds(
              integer.minimum(), integer.maximum(), integer.multipleOf(), meta.pointer());
      return Mapped.plain(
          TypeMapping.integer(integer), meta.nullable(), checks, meta.sensitive(), doc);
    }
    if (schema instanceof Schema.NumberType number) {
      List<Check> checks =
          constraints.bounds(
              number.minimum(), number.maximum(), number.multipleOf(), meta.pointer());
      return Mapped.plain(
          TypeMapping.number(number), meta.nullable(), checks, meta.sensitive(), doc);
    }
    if (schema instanceof Schema.BooleanType) {
      return Mapped.plain(ExternalTypes.BOOLEAN, meta.nullable(), List.of(), meta.sensitive(), doc);
    }
    if (schema instanceof Schema.EnumType enumType) {
      ClassName type = inline(schema, SchemaShapes.enumKey(enumType), hint, direction);
      return Mapped.plain(type, meta.nullable(), known(type, direction), meta.sensitive(), doc);
    }
    if (schema instanceof Schema.ArrayType array) {
      return array(array, hint, direction, doc);
    }
    if (schema instanceof Schema.ObjectType object) {
      if (SchemaIndex.isRecord(object)) {
        ClassName type = inline(schema, recordKey(object, direction), hint, direction);
        return Mapped.plain(type, meta.nullable(), List.of(), meta.sensitive(), doc);
      }
      return map(object, hint, direction, doc);
    }
    if (schema instanceof Schema.AllOf all) {
      Schema single = SchemaIndex.solePart(all);
      if (single != null) {
        return map(single, hint, direction).through(meta.nullable(), meta.sensitive(), doc);
      }
      ClassName type = inline(schema, recordKey(all, direction), hint, direction);
      return Mapped.plain(type, meta.nullable(), List.of(), meta.sensitive(), doc);
    }
    if (schema instanceof Schema.OneOf oneOf) {
      return union(oneOf, hint, direction, doc);
    }
    return Mapped.object(meta.sensitive(), doc);
  }

  private static @Nullable String format(Schema schema) {
    if (schema instanceof Schema.StringType string) {
      return string.format();
    }
    if (schema instanceof Schema.IntegerType integer) {
      return integer.format();
    }
    return schema instanceof Schema.NumberType number ? number.format() : null;
  }

  /** Values of an open enum sent to the server must be listed; those received need not be. */
  private static List<Check> known(ClassName type, Direction direction) {
    return direction.strictEnums()
        ? List.of(new Check.Known(type, EnumPlanner.KNOWN_VALUES))
        : List.of();
  }

  private Mapped reference(Schema.Ref ref, String hint, Direction direction) {
    SchemaMeta meta = ref.meta();
    NamedSchema target = index.component(ref.name());
    if (target == null) {
      diagnostics.report(
          Code.REF_UNRESOLVED,
          meta.pointer(),
          "schema \"" + ref.name() + "\" does not exist under #/components/schemas");
      return Mapped.object(false, "");
    }
    String doc = DocText.of(meta.docs());
    boolean nullable = meta.nullable();
    boolean sensitive = meta.sensitive();
    // A chain of aliases (A: {$ref: B}, B: {$ref: C}, ...) is followed in a loop, however long.
    Set<String> chain = new HashSet<>();
    while (target.schema() instanceof Schema.Ref next
        && types.component(ref.name()) == null
        && index.has(next.name())
        && chain.add(ref.name())) {
      nullable |= next.meta().nullable();
      sensitive |= next.meta().sensitive();
      if (doc.isEmpty()) {
        doc = DocText.of(next.meta().docs());
      }
      ref = next;
      target = index.component(next.name());
    }
    SchemaMeta targetMeta = target.schema().meta();
    if (doc.isEmpty()) {
      doc = DocText.of(targetMeta.docs());
    }
    ClassName named = types.component(ref.name());
    if (named != null) {
      boolean isEnum = target.schema() instanceof Schema.EnumType && !types.isExisting(ref.name());
      return Mapped.plain(
          named,
          nullable || targetMeta.nullable(),
          isEnum ? known(named, direction) : List.of(),
          sensitive || targetMeta.sensitive(),
          doc);
    }
    if (aliases.contains(ref.name())) {
      diagnostics.report(
          Code.SCHEMA_WEAKENED,
          meta.pointer(),
          "schema \""
              + ref.name()
              + "\" contains itself without an object in between; "
              + "generated as Object");
      return Mapped.object(false, doc);
    }
    aliases.push(ref.name());
    try {
      Mapped inner = map(target.schema(), Naming.typeName(ref.name()), direction);
      return new Mapped(
          inner.type(),
          inner.nullable() || nullable,
          inner.checks(),
          inner.copy(),
          inner.sensitive() || sensitive,
          doc);
    } finally {
      aliases.pop();
    }
  }

  private Mapped array(Schema.ArrayType array, String hint, Direction direction, String doc) {
    SchemaMeta meta = array.meta();
    Mapped item = map(array.items(), hint + "Item", direction);
    TypeName itemType = item.nullable() ? TypeMapping.nullable(item.type()) : item.type();
    return new Mapped(
        TypeMapping.listOf(itemType),
        meta.nullable(),
        Constraints.array(array, item.nullable(), item.checks()),
        ComponentPlan.Copy.LIST,
        meta.sensitive() || item.sensitive(),
        doc);
  }

  private Mapped map(Schema.ObjectType object, String hint, Direction direction, String doc) {
    SchemaMeta meta = object.meta();
    TypeName values = ExternalTypes.OBJECT;
    List<Check> valueChecks = List.of();
    if (object.additional() instanceof Schema.Additional.Typed typed) {
      Mapped value = map(typed.values(), hint + "Value", direction);
      values = value.type();
      valueChecks = value.checks();
    }
    return new Mapped(
        TypeMapping.mapOf(values),
        meta.nullable(),
        Constraints.map(object, valueChecks),
        ComponentPlan.Copy.MAP,
        meta.sensitive(),
        doc);
  }

  private Mapped union(Schema.OneOf oneOf, String hint, Direction direction, String doc) {
    SchemaMeta meta = oneOf.meta();
    SchemaIndex.Alternatives alternatives = SchemaIndex.Alternatives.of(oneOf);
    boolean nullable = meta.nullable() || alternatives.nullable();
    if (alternatives.any() || alternatives.real().isEmpty()) {
      return Mapped.object(meta.sensitive(), doc);
    }
    if (alternatives.real().size() == 1) {
      return map(alternatives.real().get(0), hint, direction)
          .through(nullable, meta.sensitive(), doc);
    }
    String[] structural = oneOf.discriminator() == null ? structural(alternatives.real()) : null;
    // Unions of named types and plain values are shared, and named after their alternatives.
    String key = structural == null ? recordKey(oneOf, direction) : "union:" + structural[0];
    String name = structural == null ? hint : structural[1];
    ClassName type = inline(oneOf, key, name, direction);
    return Mapped.plain(type, nullable, List.of(), meta.sensitive(), doc);
  }

  /**
   * A key and a name for a union of references and plain values, such as {@code
   * StringOrCustomer}; {@code null} when an alternative is inline or the name would be long.
   */
  private String @Nullable [] structural(List<Schema> alternatives) {
    if (alternatives.size() > 4) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Schema alternative : alternatives) {
      if (alternative instanceof Schema.Ref ref && index.has(ref.name())) {
        keys.add("ref:" + ref.name());
        names.add(ref.name());
      } else if (alternative instanceof Schema.StringType
          || alternative instanceof Schema.IntegerType
          || alternative instanceof Schema.NumberType
          || alternative instanceof Schema.BooleanType) {
        Mapped mapped = map(alternative, "Unused", Direction.BOTH);
        keys.add(mapped.type() + mapped.checks().toString());
        names.add(((ClassName) mapped.type()).simpleName());
      } else {
        return null;
      }
    }
    String name = Naming.typeName(String.join(" or ", names));
    return name.length() > 60 ? null : new String[] {String.join("|", keys), name};
  }

  /** The type of the inline schema, created on first use. */
  private ClassName inline(
      Schema schema, @Nullable String shape, String hint, Direction direction) {
    String pointer = schema.meta().pointer();
    ClassName existing = types.existing(pointer, shape);
    if (existing != null) {
      return existing;
    }
    ClassName name = types.newInline(pointer, shape, inlineHint(schema.meta(), hint));
    java.util.Objects.requireNonNull(factory, "factory").plan(name, schema, direction);
    return name;
  }

  /** The type of an inline alternative of a union, named {@code hint}, created on first use. */
  ClassName inlineAlternative(Schema schema, String hint, Direction direction) {
    return inline(schema, null, hint, direction);
  }

  /** Identical inline records and unions travelling the same way share one type. */
  private static String recordKey(Schema schema, Direction direction) {
    return direction + ":" + SchemaShapes.key(schema);
  }

  /** Schemas under a named component parameter, response or body take that component's name. */
  private static String inlineHint(SchemaMeta meta, String hint) {
    SchemaMeta.Owner owner = meta.owner();
    return owner == null
        ? hint
        : Naming.typeName(owner.component()) + (owner.items() ? "Item" : "");
  }
}
