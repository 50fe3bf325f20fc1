package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Configuration;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Property;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.SchemaMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans the record of an object schema (its {@code allOf} parts merged): a component per
 * property, named in the record's scope, with its presence and checks; the map of undeclared
 * properties where the schema keeps them; and the names of the code around them.
 */
final class RecordPlanner {
  /**
   * Names a record component cannot have: {@code Object}'s methods (javac refuses most as
   * component names) and the record's own {@code builder} and {@code toBuilder}.
   */
  static final Set<String> RESERVED_MEMBERS =
      TypeNames.union(TypeNames.OBJECT_METHODS, Set.of("builder", "toBuilder"));

  /**
   * The most components a record can have: its canonical constructor takes one slot per
   * component (every component is a reference) and one for {@code this}, of the JVM's 255.
   */
  static final int MAX_COMPONENTS = 254;

  private final SchemaIndex index;
  private final SchemaMapper mapper;
  private final ModelTypes types;
  private final Renames renames;
  private final Scopes scopes;
  private final Customizations customizations;
  private final Diagnostics diagnostics;

  RecordPlanner(
      SchemaIndex index,
      SchemaMapper mapper,
      ModelTypes types,
      Renames renames,
      Scopes scopes,
      Customizations customizations,
      Diagnostics diagnostics) {
    this.index = index;
    this.customizations = customizations;
    this.scopes = scopes;
    this.mapper = mapper;
    this.types = types;
    this.renames = renames;
    this.diagnostics = diagnostics;
  }

  /** The record for {@code schema}; its components start counting nesting depth anew. */
  RecordPlan plan(ClassName name, String target, Schema schema, Direction direction) {
    return mapper.nested(() -> record(name, target, schema, direction));
  }

  private RecordPlan record(ClassName name, String target, Schema schema, Direction direction) {
    Map<String, Property> properties =
        index.properties(
            schema,
            part ->
                diagnostics.report(
                    Code.SCHEMA_WEAKENED,
                    part.meta().pointer(),
                    "only objects can be merged by allOf; this part is ignored"));
    Schema.Additional additional = index.additionalOf(schema);
    int count = properties.size() + (keepsOthers(additional) ? 1 : 0);
    if (count > MAX_COMPONENTS) {
      return wide(name, target, schema, properties.size());
    }
    NameScope members = scopes.modelRecord();
    List<Component> planned = new ArrayList<>();
    for (Property property : properties.values()) {
      Mapped mapped =
          mapper.map(
              property.schema(),
              declaringType(property, name) + Naming.typeSuffix(property.wireName()),
              direction);
      Configuration.Mapping chosen = customizations.propertyName(target, property.wireName());
      String natural = chosen != null ? chosen.value() : Naming.memberName(property.wireName());
      String javaName = members.allocate(natural);
      if (chosen != null) {
        customizations.allocated(chosen, javaName, "component");
      } else {
        renames.report("property", property.wireName(), natural, javaName, property.pointer());
      }
      planned.add(new Component(property, mapped, javaName));
    }
    Others others = others(additional, name, direction);
    String othersName = others == null ? null : members.allocate("additionalProperties");
    // The constructor's locals, constants and lambdas are named once every component is.
    NameScope constructor = members.child();
    String violations = constructor.allocate("violations");
    Constraints.FieldNamer patterns = Constraints.fresh(members);
    List<ComponentPlan> components = new ArrayList<>();
    for (Component component : planned) {
      components.add(component(component, direction, patterns, constructor));
    }
    ComponentPlan extra =
        others == null ? null : others.component(othersName, patterns, constructor);
    return new RecordPlan(
        name,
        RecordPlan.Kind.MODEL,
        target,
        DocText.of(schema.meta().docs()),
        components,
        schema.meta().pointer(),
        List.of(),
        extra,
        true,
        null,
        names(name, components, extra, constructor, violations));
  }

  private record Component(Property property, Mapped mapped, String javaName) {}

  private ComponentPlan component(
      Component component,
      Direction direction,
      Constraints.FieldNamer patterns,
      NameScope constructor) {
    Property property = component.property();
    Mapped mapped = component.mapped();
    ComponentPlan.Presence presence =
        required(property, direction)
            ? mapped.nullable()
                ? ComponentPlan.Presence.REQUIRED_NULLABLE
                : ComponentPlan.Presence.REQUIRED
            : mapped.nullable() && direction.sent()
                ? ComponentPlan.Presence.OPTIONAL_NULLABLE
                : ComponentPlan.Presence.OPTIONAL;
    List<Check> checks = new ArrayList<>();
    if (presence == ComponentPlan.Presence.REQUIRED) {
      checks.add(new Check.Required());
    }
    checks.addAll(Constraints.named(mapped.checks(), component.javaName(), patterns, constructor));
    return new ComponentPlan(
        component.javaName(),
        property.wireName(),
        mapped.type(),
        presence,
        mapped.javadoc(),
        checks,
        mapped.copy(),
        mapped.sensitive(),
        property.schema().meta().defaultJson());
  }

  /**
   * Whether a property must be there: {@code required}, unless it is {@code readOnly} in a
   * record a caller sends (the server assigns it) or {@code writeOnly} in one the server sends
   * (it never comes back).
   */
  private boolean required(Property property, Direction direction) {
    if (!property.required()) {
      return false;
    }
    SchemaMeta.Access access = access(property.schema());
    return !(access == SchemaMeta.Access.READ_ONLY && direction.sent())
        && !(access == SchemaMeta.Access.WRITE_ONLY && direction.received());
  }

  /** The access a property's schema declares: on the property, or on the component it refers to. */
  private SchemaMeta.Access access(Schema schema) {
    SchemaMeta.Access access = schema.meta().access();
    if (access == SchemaMeta.Access.READ_WRITE && schema instanceof Schema.Ref ref) {
      NamedSchema target = index.component(ref.name());
      return target == null ? access : target.schema().meta().access();
    }
    if (access == SchemaMeta.Access.READ_WRITE && schema instanceof Schema.AllOf all) {
      for (Schema part : all.parts()) {
        if (part.meta().access() != SchemaMeta.Access.READ_WRITE) {
          return part.meta().access();
        }
      }
    }
    return access;
  }

  /** Whether undeclared properties are kept in a map of the record. */
  private static boolean keepsOthers(Schema.Additional additional) {
    return additional instanceof Schema.Additional.Typed
        || additional instanceof Schema.Additional.Any;
  }

  /**
   * The map that keeps undeclared properties, when the schema says what they hold ({@code
   * additionalProperties: {schema}}) or that any are welcome ({@code true}); mapped before the
   * names of the record's code are decided.
   */
  private @Nullable Others others(
      Schema.Additional additional, ClassName name, Direction direction) {
    if (additional instanceof Schema.Additional.Typed typed) {
      Mapped value = mapper.map(typed.values(), name.simpleName() + "Value", direction);
      return new Others(
          value.nullable() ? TypeMapping.nullable(value.type()) : value.type(),
          Constraints.withoutRequired(value.checks()),
          value.sensitive(),
          "properties the schema does not declare, by name");
    }
    if (additional instanceof Schema.Additional.Any) {
      return new Others(
          TypeMapping.nullable(ExternalTypes.OBJECT),
          List.of(),
          false,
          "properties the schema does not declare, by name, as JSON values");
    }
    return null;
  }

  /** The values of undeclared properties: their type, their checks, whether they are secret. */
  private record Others(TypeName values, List<Check> checks, boolean sensitive, String doc) {
    ComponentPlan component(
        String javaName, Constraints.FieldNamer patterns, NameScope constructor) {
      List<Check> named =
          checks.isEmpty()
              ? List.of()
              : Constraints.named(
                  List.of(new Check.EachItem(Check.Container.PROPERTIES, checks, null)),
                  javaName,
                  patterns,
                  constructor);
      return new ComponentPlan(
          javaName,
          "*",
          TypeMapping.mapOf(values),
          ComponentPlan.Presence.REQUIRED,
          doc,
          named,
          ComponentPlan.Copy.MAP,
          sensitive,
          null);
    }
  }

  /**
   * A schema with more properties than a record can hold keeps them all in its map of
   * properties, as JSON values by name: it decodes and encodes every property, and its
   * constraints are not checked.
   */
  private RecordPlan wide(ClassName name, String target, Schema schema, int properties) {
    diagnostics.report(
        Code.SCHEMA_WEAKENED,
        schema.meta().pointer(),
        "the schema has "
            + properties
            + " properties, more than the "
            + MAX_COMPONENTS
            + " components a Java record can hold; "
            + name.simpleName()
            + " keeps them as JSON values by name, unchecked");
    NameScope members = scopes.modelRecord();
    String othersName = members.allocate("additionalProperties");
    NameScope constructor = members.child();
    String violations = constructor.allocate("violations");
    ComponentPlan others =
        new ComponentPlan(
            othersName,
            "*",
            TypeMapping.mapOf(TypeMapping.nullable(ExternalTypes.OBJECT)),
            ComponentPlan.Presence.REQUIRED,
            "every property by name, as JSON values: the schema declares "
                + properties
                + ", more than a record can hold",
            List.of(),
            ComponentPlan.Copy.MAP,
            false,
            null);
    return new RecordPlan(
        name,
        RecordPlan.Kind.MODEL,
        target,
        DocText.of(schema.meta().docs()),
        List.of(),
        schema.meta().pointer(),
        List.of(),
        others,
        true,
        null,
        names(name, List.of(), others, constructor, violations));
  }

  /** The identifiers of the record's code, each in the scope it is declared in. */
  static RecordPlan.Names names(
      ClassName name,
      List<ComponentPlan> components,
      @Nullable ComponentPlan additional,
      NameScope constructor,
      String violations) {
    List<String> fields = new ArrayList<>();
    components.forEach(c -> fields.add(c.javaName()));
    if (additional != null) {
      fields.add(additional.javaName());
    }
    // A nested type hides any type of the same simple name in the record's own header.
    Set<String> hidden = new java.util.HashSet<>(TypeNames.simpleNames(components));
    if (additional != null) {
      hidden.addAll(TypeNames.simpleNames(List.of(additional)));
    }
    hidden.add(name.simpleName());
    NameScope builderType = NameScope.types(hidden);
    NameScope copying = NameScope.members(fields);
    NameScope putting = NameScope.members(fields);
    NameScope lambda = constructor.child();
    return new RecordPlan.Names(
        violations,
        lambda.allocate("value"),
        builderType.allocate("Builder"),
        "builder",
        "toBuilder",
        "build",
        copying.allocate("source"),
        "additionalProperty",
        putting.allocate("name"),
        putting.allocate("value"),
        putting.allocate("copy"));
  }

  /**
   * The type that declares a property, for naming its inline types: a property merged in from
   * another component by {@code allOf} names them after that component, whichever record is
   * planned first.
   */
  private String declaringType(Property property, ClassName record) {
    if (property.declaringComponent() != null) {
      ClassName owner = types.component(property.declaringComponent());
      if (owner != null) {
        return owner.simpleName();
      }
    }
    return record.simpleName();
  }
}
