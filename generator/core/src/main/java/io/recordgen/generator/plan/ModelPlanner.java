package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Bound;
import io.recordgen.generator.model.Discriminator;
import io.recordgen.generator.model.Docs;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Property;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.SchemaMeta;
import io.recordgen.generator.plan.ComponentPlan.Copy;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Decides the Java type of every schema and plans the records and open enums of the model
 * package.
 *
 * <p>Component schemas that are objects or enums become types named after the component; other
 * components (strings with a pattern, arrays, references) are aliases whose constraints are
 * inlined where they are used. Inline objects and enums become types too, named after where
 * they appear ({@code Backup} + {@code status} = {@code BackupStatus}) and created once per spec
 * location.
 */
final class ModelPlanner {
  /** Names a record component cannot have: {@code Object}'s methods and the record's own. */
  static final Set<String> RESERVED_MEMBERS =
      Set.of(
          "hashCode",
          "getClass",
          "toString",
          "wait",
          "notify",
          "notifyAll",
          "clone",
          "finalize",
          "equals",
          "builder",
          "toBuilder");

  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName OBJECT = ClassName.get(Object.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName SET = ClassName.get(Set.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName BYTES = ClassName.get("io.recordgen.runtime", "Bytes");

  /**
   * What a schema maps to where it is used.
   *
   * @param type the Java type
   * @param nullable whether the schema admits {@code null}
   * @param checks constraints to check
   * @param copy how a constructor copies it
   * @param sensitive whether its values are secret
   * @param javadoc its description
   */
  record Mapped(
      TypeName type,
      boolean nullable,
      List<Check> checks,
      Copy copy,
      boolean sensitive,
      String javadoc) {}

  private final String modelPackage;
  private final Map<String, NamedSchema> components = new LinkedHashMap<>();
  private final Map<String, ClassName> componentTypes = new HashMap<>();
  private final Map<String, ClassName> inlineTypes = new HashMap<>();

  /** Inline types by shape: a spec that repeats an enum or object gets one type for it. */
  private final Map<String, ClassName> sharedTypes = new HashMap<>();

  private final NameScope typeScope;
  private final Usage usage;
  private Diagnostics diagnostics;
  private boolean frozen;
  private final List<TypePlan> plans = new ArrayList<>();
  private final Map<ClassName, RecordPlan> records = new HashMap<>();
  private final Deque<String> aliases = new ArrayDeque<>();

  /**
   * How deep {@link #map} is nested since the last record: arrays, maps and aliases can nest
   * types through references without nesting the document, and a generic type nested that deep
   * would break javac.
   */
  private int depth;

  private static final int MAX_DEPTH = 64; // deeper generic types overflow javac itself

  /** Roots of allOf hierarchies with a discriminator, with their descendants in spec order. */
  private final Map<String, List<String>> hierarchies = new LinkedHashMap<>();

  /** The unions each record is an alternative of, in planning order. */
  private final Map<ClassName, Set<ClassName>> memberships = new HashMap<>();

  ModelPlanner(
      String modelPackage,
      List<NamedSchema> schemas,
      Usage usage,
      NameScope typeScope,
      Diagnostics diagnostics) {
    this.modelPackage = modelPackage;
    this.usage = usage;
    this.typeScope = typeScope;
    this.diagnostics = diagnostics;
    for (NamedSchema schema : schemas) {
      components.put(schema.name(), schema);
    }
  }

  /** Plans the component types; names are reserved first, so inline types never take them. */
  void planComponents() {
    findHierarchies();
    List<NamedSchema> typed = new ArrayList<>();
    for (NamedSchema named : components.values()) {
      if (producesType(named.schema())) {
        String natural = Naming.typeName(named.name());
        String name = typeScope.allocate(natural);
        reportRename("schema", named.name(), natural, name, named.schema().meta().pointer());
        componentTypes.put(named.name(), ClassName.get(modelPackage, name));
        typed.add(named);
      }
    }
    for (NamedSchema named : typed) {
      ClassName name = componentTypes.get(named.name());
      List<String> descendants = hierarchies.get(named.name());
      if (descendants != null) {
        List<Schema> members = new ArrayList<>();
        for (String descendant : descendants) {
          members.add(new Schema.Ref(SchemaMeta.at(named.schema().meta().pointer()), descendant));
        }
        planUnion(
            name,
            named.name(),
            named.schema().meta(),
            members,
            discriminatorOf(named.schema()),
            usage.direction(named.name()));
      } else {
        plan(name, named.name(), named.schema(), usage.direction(named.name()));
      }
    }
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

  private static @Nullable Discriminator discriminatorOf(Schema schema) {
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

  /**
   * The type a schema already maps to, without planning anything new: {@code null} when a type
   * would have to be created for it.
   */
  @Nullable TypeName lookup(Schema schema) {
    Diagnostics real = diagnostics;
    frozen = true;
    diagnostics = new Diagnostics();
    try {
      return map(schema, "Unplanned", Direction.BOTH).type();
    } catch (Unplanned e) {
      return null;
    } finally {
      frozen = false;
      diagnostics = real;
    }
  }

  /** Thrown by {@link #inline} while frozen: a lookup that would create a type. */
  private static final class Unplanned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unplanned() {
      super(null, null, false, false);
    }
  }

  /** The record planned under {@code name}, or {@code null}. */
  @Nullable RecordPlan record(TypeName name) {
    return name instanceof ClassName className ? records.get(className) : null;
  }

  /** Everything planned so far, in planning order, records with the unions they implement. */
  List<TypePlan> plans() {
    List<TypePlan> result = new ArrayList<>(plans.size());
    for (TypePlan plan : plans) {
      Set<ClassName> unions =
          plan instanceof RecordPlan record ? memberships.get(record.name()) : null;
      result.add(unions == null ? plan : ((RecordPlan) plan).withInterfaces(List.copyOf(unions)));
    }
    return result;
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
      return new Mapped(OBJECT, true, List.of(), Copy.NONE, schema.meta().sensitive(), "");
    }
    depth++;
    try {
      return mapSchema(schema, hint, direction);
    } finally {
      depth--;
    }
  }

  private Mapped mapSchema(Schema schema, String hint, Direction direction) {
    SchemaMeta meta = schema.meta();
    String doc = docs(meta.docs());
    if (schema instanceof Schema.Ref ref) {
      return reference(ref, hint, direction);
    }
    if (schema instanceof Schema.StringType string) {
      return string(string, doc);
    }
    if (schema instanceof Schema.IntegerType integer) {
      TypeName type =
          "int32".equals(integer.format())
              ? ClassName.get(Integer.class)
              : ClassName.get(Long.class);
      return new Mapped(
          type,
          meta.nullable(),
          bounds(integer.minimum(), integer.maximum(), integer.multipleOf(), meta.pointer()),
          Copy.NONE,
          meta.sensitive(),
          doc);
    }
    if (schema instanceof Schema.NumberType number) {
      TypeName type =
          "float".equals(number.format())
              ? ClassName.get(Float.class)
              : "double".equals(number.format())
                  ? ClassName.get(Double.class)
                  : ClassName.get(BigDecimal.class);
      return new Mapped(
          type,
          meta.nullable(),
          bounds(number.minimum(), number.maximum(), number.multipleOf(), meta.pointer()),
          Copy.NONE,
          meta.sensitive(),
          doc);
    }
    if (schema instanceof Schema.BooleanType) {
      return new Mapped(
          ClassName.get(Boolean.class),
          meta.nullable(),
          List.of(),
          Copy.NONE,
          meta.sensitive(),
          doc);
    }
    if (schema instanceof Schema.EnumType enumType) {
      ClassName type =
          inline(
              meta.pointer(),
              SchemaShapes.enumKey(enumType),
              hint,
              name -> plans.add(openEnum(name, enumType)));
      return new Mapped(
          type,
          meta.nullable(),
          direction.strictEnums() ? List.of(new Check.Known(type)) : List.of(),
          Copy.NONE,
          meta.sensitive(),
          doc);
    }
    if (schema instanceof Schema.ArrayType array) {
      return array(array, hint, direction, doc);
    }
    if (schema instanceof Schema.ObjectType object) {
      if (isRecord(object)) {
        ClassName type =
            inline(
                meta.pointer(),
                recordKey(object, direction),
                hint,
                name -> plan(name, name.simpleName(), object, direction));
        return new Mapped(type, meta.nullable(), List.of(), Copy.NONE, meta.sensitive(), doc);
      }
      return map(object, hint, direction, doc);
    }
    if (schema instanceof Schema.AllOf all) {
      Schema single = solePart(all);
      if (single != null) {
        Mapped inner = map(single, hint, direction);
        return new Mapped(
            inner.type(),
            inner.nullable() || meta.nullable(),
            inner.checks(),
            inner.copy(),
            inner.sensitive() || meta.sensitive(),
            doc.isEmpty() ? inner.javadoc() : doc);
      }
      ClassName type =
          inline(
              meta.pointer(),
              recordKey(all, direction),
              hint,
              name -> plan(name, name.simpleName(), all, direction));
      return new Mapped(type, meta.nullable(), List.of(), Copy.NONE, meta.sensitive(), doc);
    }
    if (schema instanceof Schema.OneOf oneOf) {
      return union(oneOf, hint, direction, doc);
    }
    return new Mapped(OBJECT, true, List.of(), Copy.NONE, meta.sensitive(), doc);
  }

  private Mapped reference(Schema.Ref ref, String hint, Direction direction) {
    SchemaMeta meta = ref.meta();
    NamedSchema target = components.get(ref.name());
    if (target == null) {
      diagnostics.report(
          Code.REF_UNRESOLVED,
          meta.pointer(),
          "schema \"" + ref.name() + "\" does not exist under #/components/schemas");
      return new Mapped(OBJECT, true, List.of(), Copy.NONE, false, "");
    }
    String doc = docs(meta.docs());
    boolean nullable = meta.nullable();
    boolean sensitive = meta.sensitive();
    // A chain of aliases (A: {$ref: B}, B: {$ref: C}, ...) is followed in a loop, however long.
    Set<String> chain = new HashSet<>();
    while (target.schema() instanceof Schema.Ref next
        && !componentTypes.containsKey(ref.name())
        && components.containsKey(next.name())
        && chain.add(ref.name())) {
      nullable |= next.meta().nullable();
      sensitive |= next.meta().sensitive();
      if (doc.isEmpty()) {
        doc = docs(next.meta().docs());
      }
      ref = next;
      target = components.get(next.name());
    }
    meta =
        new SchemaMeta(
            meta.pointer(),
            meta.docs(),
            nullable,
            meta.access(),
            meta.deprecated(),
            sensitive,
            meta.defaultJson(),
            meta.exampleJson());
    SchemaMeta targetMeta = target.schema().meta();
    if (doc.isEmpty()) {
      doc = docs(targetMeta.docs());
    }
    ClassName named = componentTypes.get(ref.name());
    if (named != null) {
      boolean isEnum = target.schema() instanceof Schema.EnumType;
      return new Mapped(
          named,
          meta.nullable() || targetMeta.nullable(),
          isEnum && direction.strictEnums() ? List.of(new Check.Known(named)) : List.of(),
          Copy.NONE,
          meta.sensitive() || targetMeta.sensitive(),
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
      return new Mapped(OBJECT, true, List.of(), Copy.NONE, false, doc);
    }
    aliases.push(ref.name());
    try {
      Mapped inner = map(target.schema(), Naming.typeName(ref.name()), direction);
      return new Mapped(
          inner.type(),
          inner.nullable() || meta.nullable(),
          inner.checks(),
          inner.copy(),
          inner.sensitive() || meta.sensitive(),
          doc);
    } finally {
      aliases.pop();
    }
  }

  private Mapped string(Schema.StringType string, String doc) {
    SchemaMeta meta = string.meta();
    String format = string.format() == null ? "" : string.format();
    TypeName type =
        switch (format) {
          case "date-time" -> ClassName.get(java.time.OffsetDateTime.class);
          case "date" -> ClassName.get(java.time.LocalDate.class);
          case "uuid" -> ClassName.get(java.util.UUID.class);
          case "uri" -> ClassName.get(java.net.URI.class);
          case "byte", "binary" -> BYTES;
          default -> STRING;
        };
    List<Check> checks = new ArrayList<>();
    if (type.equals(STRING)) {
      Integer min = string.minLength();
      Integer max = string.maxLength();
      if (min != null && max != null && min > max) {
        diagnostics.report(
            Code.CONSTRAINT_CONTRADICTORY,
            meta.pointer(),
            "minLength " + min + " is greater than maxLength " + max);
      }
      if (min != null && min > 0) {
        checks.add(new Check.MinLength(min));
      }
      if (max != null) {
        checks.add(new Check.MaxLength(max));
      }
      if (string.pattern() != null) {
        try {
          Pattern.compile(string.pattern());
          checks.add(new Check.Matches(string.pattern(), null));
        } catch (PatternSyntaxException e) {
          diagnostics.report(
              Code.PATTERN_INVALID,
              meta.pointer() + "/pattern",
              "pattern is not a valid regular expression: "
                  + e.getDescription()
                  + " near index "
                  + e.getIndex());
        }
      }
    }
    return new Mapped(type, meta.nullable(), checks, Copy.NONE, meta.sensitive(), doc);
  }

  private List<Check> bounds(
      @Nullable Bound minimum,
      @Nullable Bound maximum,
      @Nullable BigDecimal multipleOf,
      String pointer) {
    List<Check> checks = new ArrayList<>();
    if (minimum != null && maximum != null && minimum.value().compareTo(maximum.value()) > 0) {
      diagnostics.report(
          Code.CONSTRAINT_CONTRADICTORY,
          pointer,
          "minimum " + minimum.value() + " is greater than maximum " + maximum.value());
    }
    if (minimum != null) {
      checks.add(new Check.Minimum(minimum.value(), minimum.exclusive(), integral(minimum)));
    }
    if (maximum != null) {
      checks.add(new Check.Maximum(maximum.value(), maximum.exclusive(), integral(maximum)));
    }
    if (multipleOf != null && multipleOf.signum() > 0) {
      checks.add(new Check.MultipleOf(multipleOf));
    }
    return checks;
  }

  private static boolean integral(Bound bound) {
    BigDecimal value = bound.value();
    return value.signum() == 0
        || value.stripTrailingZeros().scale() <= 0
            && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
  }

  private Mapped array(Schema.ArrayType array, String hint, Direction direction, String doc) {
    SchemaMeta meta = array.meta();
    Mapped item = map(array.items(), hint + "Item", direction);
    TypeName itemType = item.nullable() ? nullable(item.type()) : item.type();
    boolean set = array.uniqueItems();
    TypeName type = ParameterizedTypeName.get(set ? SET : LIST, itemType);
    List<Check> checks = new ArrayList<>();
    if (array.minItems() != null && array.minItems() > 0) {
      checks.add(new Check.MinItems(array.minItems()));
    }
    if (array.maxItems() != null) {
      checks.add(new Check.MaxItems(array.maxItems()));
    }
    if (!item.nullable()) {
      checks.add(new Check.NoNullItems());
    }
    List<Check> itemChecks = withoutRequired(item.checks());
    if (!itemChecks.isEmpty()) {
      checks.add(new Check.EachItem(Check.Container.COLLECTION, itemChecks));
    }
    return new Mapped(
        type,
        meta.nullable(),
        checks,
        set ? Copy.SET : Copy.LIST,
        meta.sensitive() || item.sensitive(),
        doc);
  }

  private Mapped map(Schema.ObjectType object, String hint, Direction direction, String doc) {
    SchemaMeta meta = object.meta();
    TypeName values = OBJECT;
    List<Check> itemChecks = List.of();
    if (object.additional() instanceof Schema.Additional.Typed typed) {
      Mapped value = map(typed.values(), hint + "Value", direction);
      values = value.type();
      itemChecks = withoutRequired(value.checks());
    }
    List<Check> checks = new ArrayList<>();
    if (object.minProperties() != null && object.minProperties() > 0) {
      checks.add(new Check.MinProperties(object.minProperties()));
    }
    if (object.maxProperties() != null) {
      checks.add(new Check.MaxProperties(object.maxProperties()));
    }
    if (!itemChecks.isEmpty()) {
      checks.add(new Check.EachItem(Check.Container.MAP, itemChecks));
    }
    return new Mapped(
        ParameterizedTypeName.get(MAP, STRING, values),
        meta.nullable(),
        checks,
        Copy.MAP,
        meta.sensitive(),
        doc);
  }

  private static List<Check> withoutRequired(List<Check> checks) {
    return checks.stream().filter(c -> !(c instanceof Check.Required)).toList();
  }

  /** Whether a component schema becomes a type of its own rather than an alias. */
  private boolean producesType(Schema schema) {
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
      Alternatives alternatives = alternatives(oneOf);
      return !alternatives.any() && alternatives.real().size() > 1;
    }
    return false;
  }

  private static boolean isRecord(Schema.ObjectType object) {
    return !object.properties().isEmpty()
        || object.additional() instanceof Schema.Additional.Forbidden;
  }

  /**
   * {@code allOf: [{$ref: X}]} with nothing else: X with extra docs. Parts that only annotate
   * ({@code {readOnly: true}}, a description) do not count.
   */
  private static Schema.@Nullable Ref soleReference(Schema.AllOf all) {
    if (all.discriminator() != null) {
      return null;
    }
    Schema.Ref only = null;
    for (Schema part : all.parts()) {
      if (part instanceof Schema.AnyType) {
        continue;
      }
      if (only != null || !(part instanceof Schema.Ref ref)) {
        return null;
      }
      only = ref;
    }
    return only;
  }

  /**
   * The one part of an {@code allOf} that is not just annotations, such as an enum wrapped to
   * give it a description; {@code null} when several parts constrain or a discriminator is set.
   */
  private static @Nullable Schema solePart(Schema.AllOf all) {
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

  /** A type for the inline schema at {@code pointer}, created on first use. */
  private ClassName inline(
      String pointer,
      @Nullable String shape,
      String hint,
      java.util.function.Consumer<ClassName> planner) {
    ClassName existing = inlineTypes.get(pointer);
    if (existing == null && shape != null) {
      existing = sharedTypes.get(shape);
    }
    if (existing != null) {
      return existing;
    }
    if (frozen) {
      throw new Unplanned();
    }
    ClassName name = ClassName.get(modelPackage, typeScope.allocate(inlineHint(pointer, hint)));
    inlineTypes.put(pointer, name);
    if (shape != null) {
      sharedTypes.put(shape, name);
    }
    planner.accept(name);
    return name;
  }

  /** Identical inline records and unions travelling the same way share one type. */
  private static String recordKey(Schema schema, Direction direction) {
    return direction + ":" + SchemaShapes.key(schema);
  }

  /** Schemas under a named component parameter, response or body take that component's name. */
  private static String inlineHint(String pointer, String hint) {
    for (String kind :
        new String[] {
          "/components/parameters/",
          "/components/requestBodies/",
          "/components/responses/",
          "/components/headers/"
        }) {
      if (pointer.startsWith(kind)) {
        String rest = pointer.substring(kind.length());
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        String suffix = rest.endsWith("/items") ? "Item" : "";
        return Naming.typeName(name.replace("~1", "/").replace("~0", "~")) + suffix;
      }
    }
    return hint;
  }

  private void plan(ClassName name, String target, Schema schema, Direction direction) {
    if (schema instanceof Schema.AllOf all && solePart(all) != null) {
      schema = solePart(all); // an enum or object with annotations around it
    }
    if (schema instanceof Schema.EnumType enumType) {
      plans.add(openEnum(name, enumType));
      return;
    }
    if (schema instanceof Schema.OneOf oneOf) {
      planUnion(
          name, target, oneOf.meta(), alternatives(oneOf).real(), oneOf.discriminator(), direction);
      return;
    }
    // Add a placeholder position first so that nested inline types follow their parent.
    int position = plans.size();
    RecordPlan record = record(name, target, schema, direction);
    plans.add(position, record);
    records.put(name, record);
  }

  private RecordPlan record(ClassName name, String target, Schema schema, Direction direction) {
    // A record ends a chain of nested types: its components start counting again.
    int outer = depth;
    depth = 0;
    try {
      return recordPlan(name, target, schema, direction);
    } finally {
      depth = outer;
    }
  }

  private RecordPlan recordPlan(ClassName name, String target, Schema schema, Direction direction) {
    Map<String, Property> properties = new LinkedHashMap<>();
    flatten(schema, properties, new ArrayDeque<>(), true);
    NameScope members = NameScope.members(RESERVED_MEMBERS);
    NameScope constants = NameScope.members(Set.of());
    List<ComponentPlan> components = new ArrayList<>();
    for (Property property : properties.values()) {
      Mapped mapped =
          map(
              property.schema(),
              declaringType(property, name) + Naming.typeSuffix(property.wireName()),
              direction);
      String natural = Naming.memberName(property.wireName());
      String javaName = members.allocate(natural);
      reportRename("property", property.wireName(), natural, javaName, property.pointer());
      List<Check> checks = new ArrayList<>();
      ComponentPlan.Presence presence =
          property.required()
              ? mapped.nullable()
                  ? ComponentPlan.Presence.REQUIRED_NULLABLE
                  : ComponentPlan.Presence.REQUIRED
              : mapped.nullable() && direction.sent()
                  ? ComponentPlan.Presence.OPTIONAL_NULLABLE
                  : ComponentPlan.Presence.OPTIONAL;
      if (presence == ComponentPlan.Presence.REQUIRED) {
        checks.add(new Check.Required());
      }
      for (Check check : mapped.checks()) {
        checks.add(nameConstants(check, javaName, constants));
      }
      components.add(
          new ComponentPlan(
              javaName,
              property.wireName(),
              mapped.type(),
              presence,
              mapped.javadoc(),
              checks,
              mapped.copy(),
              mapped.sensitive(),
              property.schema().meta().defaultJson()));
    }
    ComponentPlan additional = additional(schema, name, members, constants, direction);
    boolean builder = direction.sent() && components.size() + (additional == null ? 0 : 1) > 2;
    return new RecordPlan(
        name,
        RecordPlan.Kind.MODEL,
        target,
        docs(schema.meta().docs()),
        components,
        members.allocate("violations"),
        schema.meta().pointer(),
        List.of(),
        additional,
        builder);
  }

  /**
   * The map that keeps undeclared properties, when the schema says what they hold ({@code
   * additionalProperties: {schema}}) or that any are welcome ({@code true}).
   */
  private @Nullable ComponentPlan additional(
      Schema schema, ClassName name, NameScope members, NameScope constants, Direction direction) {
    Schema.Additional additional = additionalOf(schema, new HashSet<>());
    TypeName values;
    List<Check> checks = new ArrayList<>();
    boolean sensitive = false;
    String doc;
    if (additional instanceof Schema.Additional.Typed typed) {
      Mapped value = map(typed.values(), name.simpleName() + "Value", direction);
      values = value.nullable() ? nullable(value.type()) : value.type();
      sensitive = value.sensitive();
      String javaName = "additionalProperties";
      List<Check> itemChecks =
          withoutRequired(value.checks()).stream()
              .map(check -> nameConstants(check, javaName, constants))
              .toList();
      if (!itemChecks.isEmpty()) {
        checks.add(new Check.EachItem(Check.Container.PROPERTIES, itemChecks));
      }
      doc = "properties the schema does not declare, by name";
    } else if (additional instanceof Schema.Additional.Any) {
      values = nullable(OBJECT);
      doc = "properties the schema does not declare, by name, as JSON values";
    } else {
      return null;
    }
    return new ComponentPlan(
        members.allocate("additionalProperties"),
        "*",
        ParameterizedTypeName.get(MAP, STRING, values),
        ComponentPlan.Presence.REQUIRED,
        doc,
        checks,
        Copy.MAP,
        sensitive,
        null);
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

  /**
   * The type that declares a property, for naming its inline types: a property merged in from
   * another component by {@code allOf} names them after that component, whichever record is
   * planned first.
   */
  private String declaringType(Property property, ClassName record) {
    String prefix = "/components/schemas/";
    String pointer = property.pointer();
    if (pointer.startsWith(prefix)) {
      String[] segments = pointer.substring(prefix.length()).split("/", -1);
      // Only a property declared directly on a component: <name>/properties/<property>.
      if (segments.length == 3 && segments[1].equals("properties")) {
        ClassName owner = componentTypes.get(segments[0].replace("~1", "/").replace("~0", "~"));
        if (owner != null) {
          return owner.simpleName();
        }
      }
    }
    return record.simpleName();
  }

  /** Gives every pattern check the name of its precompiled field. */
  static Check nameConstants(Check check, String javaName, NameScope constants) {
    if (check instanceof Check.Matches matches) {
      return matches.named(constants.allocate(Naming.constantName(javaName) + "_PATTERN"));
    }
    if (check instanceof Check.EachItem each) {
      List<Check> named = new ArrayList<>();
      for (Check inner : each.checks()) {
        named.add(nameConstants(inner, javaName + "Item", constants));
      }
      return new Check.EachItem(each.container(), named);
    }
    return check;
  }

  /** The properties of an object or of every part of an {@code allOf}, later ones winning. */
  private void flatten(
      Schema schema, Map<String, Property> into, Deque<String> seen, boolean report) {
    if (schema instanceof Schema.ObjectType object) {
      for (Property property : object.properties()) {
        Property earlier = into.remove(property.wireName());
        boolean required = property.required() || (earlier != null && earlier.required());
        into.put(
            property.wireName(),
            new Property(property.wireName(), property.schema(), required, property.pointer()));
      }
    } else if (schema instanceof Schema.AllOf all) {
      for (Schema part : all.parts()) {
        flatten(part, into, seen, report);
      }
    } else if (schema instanceof Schema.Ref ref) {
      NamedSchema target = components.get(ref.name());
      if (target != null && !seen.contains(ref.name())) {
        seen.push(ref.name());
        flatten(target.schema(), into, seen, report);
        seen.pop();
      }
    } else if (report && !(schema instanceof Schema.AnyType)) {
      // An unconstrained part only annotates ({readOnly: true}); anything else is lost.
      diagnostics.report(
          Code.SCHEMA_WEAKENED,
          schema.meta().pointer(),
          "only objects can be merged by allOf; this part is ignored");
    }
  }

  // ---- unions: oneOf, anyOf and allOf hierarchies ----

  /**
   * The alternatives of a {@code oneOf} or {@code anyOf}: {@code null} alternatives make it
   * nullable, and an unconstrained one admits anything.
   */
  private record Alternatives(List<Schema> real, boolean nullable, boolean any) {}

  private static Alternatives alternatives(Schema.OneOf oneOf) {
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
    return new Alternatives(real, nullable, any);
  }

  private Mapped union(Schema.OneOf oneOf, String hint, Direction direction, String doc) {
    SchemaMeta meta = oneOf.meta();
    Alternatives alternatives = alternatives(oneOf);
    boolean nullable = meta.nullable() || alternatives.nullable();
    if (alternatives.any() || alternatives.real().isEmpty()) {
      return new Mapped(OBJECT, true, List.of(), Copy.NONE, meta.sensitive(), doc);
    }
    if (alternatives.real().size() == 1) {
      Mapped inner = map(alternatives.real().get(0), hint, direction);
      return new Mapped(
          inner.type(),
          inner.nullable() || nullable,
          inner.checks(),
          inner.copy(),
          inner.sensitive() || meta.sensitive(),
          doc.isEmpty() ? inner.javadoc() : doc);
    }
    String[] structural = oneOf.discriminator() == null ? structural(alternatives.real()) : null;
    // Unions of named types and plain values are shared, and named after their alternatives.
    String key = structural == null ? recordKey(oneOf, direction) : "union:" + structural[0];
    String name = structural == null ? hint : structural[1];
    ClassName type =
        inline(
            meta.pointer(),
            key,
            name,
            planned ->
                planUnion(
                    planned,
                    planned.simpleName(),
                    meta,
                    alternatives.real(),
                    oneOf.discriminator(),
                    direction));
    return new Mapped(type, nullable, List.of(), Copy.NONE, meta.sensitive(), doc);
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
      if (alternative instanceof Schema.Ref ref && components.containsKey(ref.name())) {
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

  /** Plans a sealed interface over {@code alternatives}. */
  private void planUnion(
      ClassName name,
      String target,
      SchemaMeta meta,
      List<Schema> alternatives,
      @Nullable Discriminator discriminator,
      Direction direction) {
    int position = plans.size();
    NameScope nested = NameScope.types(Set.of(name.simpleName(), "Decoder", "Unknown"));
    List<UnionPlan.Member> members = new ArrayList<>();
    List<RecordPlan> wrappers = new ArrayList<>();
    for (int i = 0; i < alternatives.size(); i++) {
      members.add(
          member(name, target, alternatives.get(i), i, discriminator, nested, wrappers, direction));
    }
    boolean byName =
        discriminator != null
            && members.stream().allMatch(m -> !m.isWrapper() && !m.names().isEmpty())
            && distinctNames(members);
    if (discriminator != null && !byName) {
      diagnostics.report(
          Code.SCHEMA_WEAKENED,
          meta.pointer() + "/discriminator",
          "not every alternative is an object with a discriminator value of its own; the "
              + "alternative is chosen by the shape of the JSON instead");
      members = withDiscriminatorConstants(members, discriminator.propertyName());
    }
    plans.add(
        position,
        new UnionPlan(
            name,
            target,
            docs(meta.docs()),
            meta.pointer(),
            byName ? discriminator.propertyName() : null,
            members,
            wrappers));
  }

  private static boolean distinctNames(List<UnionPlan.Member> members) {
    Set<String> seen = new HashSet<>();
    for (UnionPlan.Member member : members) {
      for (String name : member.names()) {
        if (!seen.add(name)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Without dispatch by name, a member's one discriminator value still rules it in or out. */
  private static List<UnionPlan.Member> withDiscriminatorConstants(
      List<UnionPlan.Member> members, String property) {
    List<UnionPlan.Member> result = new ArrayList<>();
    for (UnionPlan.Member m : members) {
      if (m.names().size() == 1 && !m.constants().containsKey(property)) {
        Map<String, String> constants = new LinkedHashMap<>(m.constants());
        constants.put(property, m.names().get(0));
        m =
            new UnionPlan.Member(
                m.type(), m.shape(), m.names(), m.required(), m.known(), constants, m.valueType());
      }
      result.add(m);
    }
    return result;
  }

  private UnionPlan.Member member(
      ClassName union,
      String target,
      Schema alternative,
      int index,
      @Nullable Discriminator discriminator,
      NameScope nested,
      List<RecordPlan> wrappers,
      Direction direction) {
    if (alternative instanceof Schema.AllOf all && solePart(all) != null) {
      alternative = solePart(all);
    }
    if (alternative instanceof Schema.Ref ref && isRecordComponent(ref.name())) {
      Schema schema = components.get(ref.name()).schema();
      return objectMember(union, componentTypes.get(ref.name()), schema, ref.name(), discriminator);
    }
    String suffix = suffix(alternative, index, discriminator);
    if (isRecordSchema(alternative)) {
      Schema inline = alternative;
      ClassName type =
          inline(
              alternative.meta().pointer(),
              null,
              union.simpleName() + suffix,
              planned -> plan(planned, planned.simpleName(), inline, direction));
      return objectMember(union, type, alternative, null, discriminator);
    }
    Mapped mapped = map(alternative, union.simpleName() + suffix, direction);
    ClassName wrapper = union.nestedClass(nested.allocate("Of" + label(mapped.type())));
    NameScope constants = NameScope.members(Set.of());
    List<Check> checks = new ArrayList<>();
    checks.add(new Check.Required());
    for (Check check : mapped.checks()) {
      checks.add(nameConstants(check, "value", constants));
    }
    wrappers.add(
        new RecordPlan(
            wrapper,
            RecordPlan.Kind.WRAPPER,
            target,
            mapped.javadoc().isEmpty()
                ? "A " + target + " that is " + article(label(mapped.type())) + "."
                : mapped.javadoc(),
            List.of(
                new ComponentPlan(
                    "value",
                    "value",
                    mapped.type(),
                    ComponentPlan.Presence.REQUIRED,
                    "the value",
                    checks,
                    mapped.copy(),
                    mapped.sensitive(),
                    null)),
            "violations",
            alternative.meta().pointer(),
            List.of(union),
            null,
            false));
    return new UnionPlan.Member(
        wrapper,
        shape(alternative, new HashSet<>()),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        mapped.type());
  }

  private UnionPlan.Member objectMember(
      ClassName union,
      ClassName type,
      Schema schema,
      @Nullable String component,
      @Nullable Discriminator discriminator) {
    Map<String, Property> properties = new LinkedHashMap<>();
    flatten(schema, properties, new ArrayDeque<>(), false);
    List<String> required = new ArrayList<>();
    Map<String, String> constants = new LinkedHashMap<>();
    for (Property property : properties.values()) {
      if (property.required()) {
        required.add(property.wireName());
      }
      String constant = constant(property.schema(), 0);
      if (constant != null) {
        constants.put(property.wireName(), constant);
      }
    }
    List<String> names = new ArrayList<>();
    if (discriminator != null) {
      discriminator
          .mapping()
          .forEach(
              (value, mapped) -> {
                if (mapped.equals(component)) {
                  names.add(value);
                }
              });
      String constant = constants.get(discriminator.propertyName());
      if (names.isEmpty() && constant != null) {
        names.add(constant);
      } else if (names.isEmpty() && component != null) {
        names.add(component);
      }
    }
    memberships.computeIfAbsent(type, t -> new java.util.LinkedHashSet<>()).add(union);
    List<String> known = new ArrayList<>(properties.keySet());
    required.sort(null);
    known.sort(null);
    return new UnionPlan.Member(
        type, UnionPlan.Shape.OBJECT, names, required, known, constants, null);
  }

  /** Whether a component is generated as a record (and so can implement a union). */
  private boolean isRecordComponent(String component) {
    NamedSchema named = components.get(component);
    if (named == null || hierarchies.containsKey(component)) {
      return false;
    }
    return isRecordSchema(named.schema());
  }

  /** Whether a schema is generated as a record: an object with properties, or merged parts. */
  private static boolean isRecordSchema(Schema schema) {
    if (schema instanceof Schema.ObjectType object) {
      return isRecord(object);
    }
    if (schema instanceof Schema.AllOf all) {
      Schema single = solePart(all);
      return single == null || isRecordSchema(single);
    }
    return false;
  }

  /** The one value a property may have ({@code enum} of one, or {@code const}), if any. */
  private @Nullable String constant(Schema schema, int depth) {
    if (schema instanceof Schema.EnumType enumType && enumType.values().size() == 1) {
      return enumType.values().get(0);
    }
    if (schema instanceof Schema.Ref ref && depth < 8) {
      NamedSchema target = components.get(ref.name());
      return target == null ? null : constant(target.schema(), depth + 1);
    }
    return null;
  }

  /** The name suffix of an inline alternative: its title, its fixed type, or its position. */
  private String suffix(Schema alternative, int index, @Nullable Discriminator discriminator) {
    String title = alternative.meta().docs().summary();
    if (title != null && !title.isBlank()) {
      return Naming.typeSuffix(title);
    }
    if (alternative instanceof Schema.ObjectType object) {
      for (Property property : object.properties()) {
        boolean tag =
            discriminator != null
                ? property.wireName().equals(discriminator.propertyName())
                : List.of("type", "kind", "object").contains(property.wireName());
        String constant = tag ? constant(property.schema(), 0) : null;
        if (constant != null) {
          return Naming.typeSuffix(constant);
        }
      }
    }
    return String.valueOf(index + 1);
  }

  /** The JSON type an alternative accepts, through references. */
  private UnionPlan.Shape shape(Schema schema, Set<String> seen) {
    if (schema instanceof Schema.Ref ref) {
      NamedSchema target = components.get(ref.name());
      return target == null || !seen.add(ref.name())
          ? UnionPlan.Shape.ANY
          : shape(target.schema(), seen);
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
    if (schema instanceof Schema.EnumType enumType) {
      return switch (enumType.base()) {
        case STRING -> UnionPlan.Shape.STRING;
        case INTEGER -> UnionPlan.Shape.INTEGER;
        case NUMBER -> UnionPlan.Shape.NUMBER;
        case BOOLEAN -> UnionPlan.Shape.BOOLEAN;
      };
    }
    if (schema instanceof Schema.ObjectType) {
      return UnionPlan.Shape.OBJECT;
    }
    if (schema instanceof Schema.AllOf all && solePart(all) != null) {
      return shape(solePart(all), seen);
    }
    return UnionPlan.Shape.ANY;
  }

  /** A short name for a wrapped type: {@code String}, {@code List}, {@code Pet}. */
  private static String label(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      return parameterized.rawType().simpleName();
    }
    if (type instanceof ClassName className) {
      return className.simpleName();
    }
    return "Value";
  }

  private static String article(String noun) {
    return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private OpenEnumPlan openEnum(ClassName name, Schema.EnumType enumType) {
    TypeName valueType =
        switch (enumType.base()) {
          case INTEGER -> ClassName.get(Long.class);
          case NUMBER -> ClassName.get(BigDecimal.class);
          case BOOLEAN -> ClassName.get(Boolean.class);
          case STRING -> STRING;
        };
    NameScope constants = NameScope.members(Set.of("KNOWN"));
    List<OpenEnumPlan.Constant> list = new ArrayList<>();
    for (String value : enumType.values()) {
      String natural = Naming.constantName(value);
      String constant = constants.allocate(natural);
      if (!constant.equals(natural)) {
        diagnostics.report(
            Code.NAME_CHANGED,
            enumType.meta().pointer(),
            "enum value \""
                + value
                + "\" is the constant "
                + constant
                + " because "
                + natural
                + " is already taken");
      }
      list.add(new OpenEnumPlan.Constant(constant, value));
    }
    return new OpenEnumPlan(
        name, docs(enumType.meta().docs()), valueType, list, enumType.meta().pointer());
  }

  /** Reports a name that is not simply the camel-cased spec name. */
  void reportRename(String what, String raw, String natural, String chosen, String pointer) {
    boolean collision = !chosen.equals(natural);
    // A "_" at either end marks a keyword, a reserved or device name, or a leading digit.
    boolean rewritten =
        natural.endsWith("_")
            || natural.startsWith("_")
            || !Naming.toAscii(raw).equals(raw)
            || Naming.words(raw).isEmpty();
    if (collision) {
      diagnostics.report(
          Code.NAME_CHANGED,
          pointer,
          what
              + " \""
              + raw
              + "\" is named "
              + chosen
              + " because "
              + natural
              + " is already taken");
    } else if (rewritten) {
      diagnostics.report(
          Code.NAME_CHANGED,
          pointer,
          what + " \"" + raw + "\" is named " + chosen + " to be a valid Java name");
    }
  }

  static TypeName nullable(TypeName type) {
    return type.annotated(
        com.palantir.javapoet.AnnotationSpec.builder(
                ClassName.get("org.jspecify.annotations", "Nullable"))
            .build());
  }

  /** The longest description copied into Javadoc; longer ones are cut and say so. */
  static final int MAX_DOC_LENGTH = 16 * 1024;

  static String docs(Docs docs) {
    String summary = cut(docs.summary() == null ? "" : docs.summary().strip());
    String description = cut(docs.description() == null ? "" : docs.description().strip());
    if (summary.isEmpty()) {
      return description;
    }
    if (description.isEmpty() || description.equals(summary)) {
      return summary;
    }
    return summary + "\n\n" + description;
  }

  private static String cut(String text) {
    if (text.length() <= MAX_DOC_LENGTH) {
      return text;
    }
    int end = MAX_DOC_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end)
        + "\n\n(Cut: the spec's text has "
        + text.length()
        + " characters.)";
  }
}
