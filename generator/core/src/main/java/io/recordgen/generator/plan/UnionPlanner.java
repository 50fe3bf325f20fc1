package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Discriminator;
import io.recordgen.generator.model.Property;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.SchemaMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans sealed interfaces for {@code oneOf}, {@code anyOf} and {@code allOf} hierarchies: each
 * alternative a record that implements it (a component's record, an inline record, or a nested
 * wrapper of a value that is not an object), chosen by discriminator value when every
 * alternative has one of its own, else by the shape of the JSON.
 */
final class UnionPlanner {
  private final SchemaIndex index;
  private final SchemaMapper mapper;
  private final ModelTypes types;
  private final Scopes scopes;
  private final Diagnostics diagnostics;

  UnionPlanner(
      SchemaIndex index,
      SchemaMapper mapper,
      ModelTypes types,
      Scopes scopes,
      Diagnostics diagnostics) {
    this.index = index;
    this.scopes = scopes;
    this.mapper = mapper;
    this.types = types;
    this.diagnostics = diagnostics;
  }

  /** A sealed interface over {@code alternatives}. */
  UnionPlan plan(
      ClassName name,
      String target,
      SchemaMeta meta,
      List<Schema> alternatives,
      @Nullable Discriminator discriminator,
      Direction direction) {
    // Nested types hide types of the same simple name that the interface refers to.
    Set<String> hidden = new HashSet<>(Set.of(name.simpleName()));
    for (Schema alternative : alternatives) {
      if (SchemaIndex.unwrapped(alternative) instanceof Schema.Ref ref
          && types.component(ref.name()) != null) {
        hidden.add(types.component(ref.name()).simpleName());
      }
    }
    NameScope nested = NameScope.types(hidden);
    UnionPlan.Names names =
        new UnionPlan.Names(nested.allocate("Alternatives"), nested.allocate("Unknown"), "json");
    List<UnionPlan.Member> members = new ArrayList<>();
    List<RecordPlan> wrappers = new ArrayList<>();
    for (int i = 0; i < alternatives.size(); i++) {
      UnionPlan.Member member =
          member(name, target, alternatives.get(i), i, discriminator, nested, wrappers, direction);
      if (members.stream().anyMatch(m -> m.type().equals(member.type()))) {
        // A sealed interface lists each subtype once; the repeat adds nothing a value could be.
        diagnostics.report(
            Code.SCHEMA_WEAKENED,
            alternatives.get(i).meta().pointer(),
            "this alternative is " + member.type().simpleName() + " again; it is listed once");
        continue;
      }
      members.add(member);
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
    return new UnionPlan(
        name,
        target,
        DocText.of(meta.docs()),
        meta.pointer(),
        byName ? discriminator.propertyName() : null,
        members,
        wrappers,
        names);
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
    alternative = SchemaIndex.unwrapped(alternative);
    if (alternative instanceof Schema.Ref ref
        && this.index.isRecordComponent(ref.name())
        && !types.isExisting(ref.name())) {
      Schema schema = this.index.component(ref.name()).schema();
      return objectMember(union, types.component(ref.name()), schema, ref.name(), discriminator);
    }
    String suffix = suffix(alternative, index, discriminator);
    if (SchemaIndex.isRecordSchema(alternative)) {
      ClassName type =
          mapper.inlineAlternative(alternative, union.simpleName() + suffix, direction);
      return objectMember(union, type, alternative, null, discriminator);
    }
    Mapped mapped = mapper.map(alternative, union.simpleName() + suffix, direction);
    ClassName wrapper = union.nestedClass(nested.allocate("Of" + label(mapped.type())));
    wrappers.add(wrapper(wrapper, union, target, alternative, mapped));
    return new UnionPlan.Member(
        wrapper,
        this.index.shape(alternative),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        mapped.type());
  }

  /** A record nested in the union that holds one value of a non-object alternative. */
  private RecordPlan wrapper(
      ClassName wrapper, ClassName union, String target, Schema alternative, Mapped mapped) {
    NameScope members = scopes.modelRecord();
    String value = members.allocate("value");
    NameScope constructor = members.child();
    String violations = constructor.allocate("violations");
    List<Check> checks = new ArrayList<>();
    checks.add(new Check.Required());
    checks.addAll(
        Constraints.named(mapped.checks(), value, Constraints.fresh(members), constructor));
    ComponentPlan component =
        new ComponentPlan(
            value,
            "value",
            mapped.type(),
            ComponentPlan.Presence.REQUIRED,
            "the value",
            checks,
            mapped.copy(),
            mapped.sensitive(),
            null);
    return new RecordPlan(
        wrapper,
        RecordPlan.Kind.WRAPPER,
        target,
        mapped.javadoc().isEmpty()
            ? "A " + target + " that is " + article(label(mapped.type())) + "."
            : mapped.javadoc(),
        List.of(component),
        alternative.meta().pointer(),
        List.of(union),
        null,
        false,
        null,
        RecordPlanner.names(wrapper, List.of(component), null, constructor, violations));
  }

  private UnionPlan.Member objectMember(
      ClassName union,
      ClassName type,
      Schema schema,
      @Nullable String component,
      @Nullable Discriminator discriminator) {
    Map<String, Property> properties = index.properties(schema, ignored -> {});
    List<String> required = new ArrayList<>();
    Map<String, String> constants = new LinkedHashMap<>();
    for (Property property : properties.values()) {
      if (property.required()) {
        required.add(property.wireName());
      }
      String constant = index.constant(property.schema());
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
    types.member(type, union);
    List<String> known = new ArrayList<>(properties.keySet());
    required.sort(null);
    known.sort(null);
    return new UnionPlan.Member(
        type, UnionPlan.Shape.OBJECT, names, required, known, constants, null);
  }

  /** The name suffix of an inline alternative: its title, its fixed type, or its position. */
  private String suffix(Schema alternative, int position, @Nullable Discriminator discriminator) {
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
        String constant = tag ? index.constant(property.schema()) : null;
        if (constant != null) {
          return Naming.typeSuffix(constant);
        }
      }
    }
    return String.valueOf(position + 1);
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
}
