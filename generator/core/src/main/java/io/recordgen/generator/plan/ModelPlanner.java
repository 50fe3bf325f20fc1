package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Configuration;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.SchemaMeta;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plans the model package: names every component type first, so inline types never take those
 * names, then plans each component's record, open enum or sealed interface, and every inline type
 * they use. Client planning maps its parameters and bodies through {@link #mapper()} and reads
 * the results; reads never plan anything.
 */
final class ModelPlanner implements SchemaMapper.TypeFactory {
  private final SchemaIndex index;
  private final ModelTypes types;
  private final SchemaMapper mapper;
  private final RecordPlanner records;
  private final UnionPlanner unions;
  private final EnumPlanner enums;
  private final Usage usage;
  private final Renames renames;
  private final Customizations customizations;

  ModelPlanner(
      String modelPackage,
      List<NamedSchema> schemas,
      Usage usage,
      NameScope typeScope,
      Scopes scopes,
      Customizations customizations,
      Diagnostics diagnostics) {
    this.index = new SchemaIndex(schemas);
    this.customizations = customizations;
    this.types = new ModelTypes(modelPackage, typeScope);
    this.renames = new Renames(diagnostics);
    this.mapper =
        new SchemaMapper(index, types, new Constraints(diagnostics), customizations, diagnostics);
    this.records =
        new RecordPlanner(index, mapper, types, renames, scopes, customizations, diagnostics);
    this.unions = new UnionPlanner(index, mapper, types, scopes, diagnostics);
    this.enums = new EnumPlanner(customizations, diagnostics);
    this.usage = usage;
    mapper.factory(this);
  }

  /** Plans the component types; names are reserved first, so inline types never take them. */
  void planComponents() {
    List<NamedSchema> typed = new ArrayList<>();
    for (NamedSchema named : index.components()) {
      Configuration.Mapping mapped = customizations.schema(named.name());
      if (mapped != null) {
        existing(named, mapped);
      } else if (index.producesType(named.schema())) {
        Configuration.Mapping chosen = customizations.schemaName(named.name());
        String natural = chosen != null ? chosen.value() : Naming.typeName(named.name());
        ClassName name = types.nameComponent(named.name(), natural);
        if (chosen != null) {
          customizations.allocated(chosen, name.simpleName(), "type");
        } else {
          renames.report(
              "schema", named.name(), natural, name.simpleName(), named.schema().meta().pointer());
        }
        typed.add(named);
      }
    }
    for (NamedSchema named : typed) {
      ClassName name = types.component(named.name());
      Direction direction = usage.direction(named.name());
      List<String> descendants = index.descendants(named.name());
      if (descendants == null) {
        plan(name, named.name(), named.schema(), direction);
        continue;
      }
      SchemaMeta meta = named.schema().meta();
      List<Schema> members = new ArrayList<>();
      for (String descendant : descendants) {
        members.add(new Schema.Ref(SchemaMeta.at(meta.pointer()), descendant));
      }
      int position = types.position();
      types.add(
          position,
          unions.plan(
              name,
              named.name(),
              meta,
              members,
              SchemaIndex.discriminatorOf(named.schema()),
              direction));
    }
  }

  /**
   * A component the configuration maps to an existing type: references use that type, nothing is
   * generated for it, and the type must have the properties the schema requires.
   */
  private void existing(NamedSchema named, Configuration.Mapping mapping) {
    ClassName type = customizations.type(mapping);
    if (type == null) {
      return;
    }
    types.existingComponent(named.name(), type);
    List<String> required = new ArrayList<>();
    Schema unwrapped = SchemaIndex.unwrapped(named.schema());
    if (unwrapped instanceof Schema.ObjectType || unwrapped instanceof Schema.AllOf) {
      index
          .properties(unwrapped, part -> {})
          .values()
          .forEach(
              property -> {
                if (property.required()) {
                  required.add(property.wireName());
                }
              });
    }
    customizations.requires(type, mapping, named.schema().meta().pointer(), required);
  }

  /** The configuration, as planning asks about it. */
  Customizations customizations() {
    return customizations;
  }

  @Override
  public void plan(ClassName name, Schema schema, Direction direction) {
    plan(name, name.simpleName(), schema, direction);
  }

  private void plan(ClassName name, String target, Schema schema, Direction direction) {
    Schema unwrapped = SchemaIndex.unwrapped(schema); // an enum or object with annotations
    // The plan keeps its place while the inline types it uses are planned after it.
    int position = types.position();
    if (unwrapped instanceof Schema.EnumType enumType) {
      types.add(position, enums.plan(name, target, enumType));
    } else if (unwrapped instanceof Schema.OneOf oneOf) {
      types.add(
          position,
          unions.plan(
              name,
              target,
              oneOf.meta(),
              SchemaIndex.Alternatives.of(oneOf).real(),
              oneOf.discriminator(),
              direction));
    } else {
      types.add(position, records.plan(name, target, unwrapped, direction));
    }
  }

  /** Maps the schemas of parameters, bodies and headers. */
  SchemaMapper mapper() {
    return mapper;
  }

  /** Reports renames of names other planners decide. */
  Renames renames() {
    return renames;
  }

  /** The record planned under {@code name}, or {@code null}. */
  @Nullable RecordPlan record(TypeName name) {
    return types.record(name);
  }

  /** The open enumeration planned under {@code name}, or {@code null}. */
  @Nullable OpenEnumPlan openEnum(TypeName name) {
    return types.openEnum(name);
  }

  /** The type a reference to component {@code name} maps to, if planning decided one. */
  @Nullable TypeName componentType(String name) {
    ClassName named = types.component(name);
    if (named != null) {
      return named;
    }
    NamedSchema component = index.component(name);
    return component == null ? null : types.typeAt(component.schema().meta().pointer());
  }

  /** The type the schema at {@code pointer} was mapped to, or {@code null} if it never was. */
  @Nullable TypeName typeAt(String pointer) {
    return types.typeAt(pointer);
  }

  /** Everything planned, in planning order. */
  List<TypePlan> plans() {
    return types.plans();
  }
}
