package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.ParamLocation;
import io.recordgen.generator.model.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans an operation's parameters: the required ones become positional method parameters, named
 * in the method's scope; the optional ones become the components of a record of their own,
 * {@code <Operation>Params}, with a builder, checked like any record.
 */
final class ParameterPlanner {
  private final SchemaMapper mapper;
  private final Renames renames;

  ParameterPlanner(SchemaMapper mapper, Renames renames) {
    this.mapper = mapper;
    this.renames = renames;
  }

  /**
   * The parameters of an operation, before their checks are named.
   *
   * @param positional required parameters, named in the method's scope
   * @param optional optional parameters under their natural names, until the record names them
   */
  record Parameters(List<ParamPlan> positional, List<ParamPlan> optional) {}

  /** Maps every parameter; required ones take their names in {@code variables}. */
  Parameters plan(Operation operation, String base, NameScope variables) {
    List<ParamPlan> positional = new ArrayList<>();
    List<ParamPlan> optional = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      Mapped mapped =
          mapper.map(
              parameter.schema(),
              base + Naming.typeSuffix(parameter.name()),
              Direction.REQUEST_ONLY);
      boolean nullable = !parameter.required() || mapped.nullable();
      List<Check> checks = new ArrayList<>();
      if (!nullable) {
        checks.add(new Check.Required());
      }
      checks.addAll(mapped.checks());
      String doc =
          parameter.docs().description() == null
              ? mapped.javadoc()
              : parameter.docs().description().strip();
      String natural = Naming.memberName(parameter.name());
      String javaName = parameter.required() ? variables.allocate(natural) : natural;
      if (parameter.required()) {
        renames.report("parameter", parameter.name(), natural, javaName, parameter.pointer());
      }
      ParamPlan plan =
          new ParamPlan(
              javaName,
              parameter.name(),
              location(parameter.location()),
              mapped.type(),
              nullable,
              doc,
              checks,
              parameter.location() == ParamLocation.QUERY
                  && !parameter.explode()
                  && TypeMapping.isList(mapped.type()),
              mapped.sensitive(),
              parameter.pointer());
      (parameter.required() ? positional : optional).add(plan);
    }
    return new Parameters(positional, optional);
  }

  private static ParamPlan.Location location(ParamLocation location) {
    return switch (location) {
      case PATH -> ParamPlan.Location.PATH;
      case QUERY -> ParamPlan.Location.QUERY;
      case HEADER -> ParamPlan.Location.HEADER;
      case COOKIE -> ParamPlan.Location.COOKIE;
    };
  }

  /**
   * Names the checks of positional parameters: pattern fields once per client ({@code shared}),
   * lambdas in the method's scope.
   */
  static List<ParamPlan> named(
      List<ParamPlan> positional, Constraints.FieldNamer shared, NameScope variables) {
    List<ParamPlan> named = new ArrayList<>();
    for (ParamPlan param : positional) {
      named.add(
          param.renamed(
              param.javaName(),
              param.nullable(),
              Constraints.named(param.checks(), param.wireName(), shared, variables)));
    }
    return named;
  }

  /** The record of optional parameters, {@code <Operation>Params}, named in {@code members}. */
  static RecordPlan options(
      Operation operation,
      ClassName name,
      List<ParamPlan> optional,
      NameScope members,
      Renames renames) {
    List<String> names = new ArrayList<>();
    for (ParamPlan param : optional) {
      String javaName = members.allocate(param.javaName());
      renames.report("parameter", param.wireName(), param.javaName(), javaName, param.pointer());
      names.add(javaName);
    }
    NameScope constructor = members.child();
    String violations = constructor.allocate("violations");
    Constraints.FieldNamer patterns = Constraints.fresh(members);
    List<ComponentPlan> components = new ArrayList<>();
    for (int i = 0; i < optional.size(); i++) {
      ParamPlan param = optional.get(i);
      String javaName = names.get(i);
      components.add(
          new ComponentPlan(
              javaName,
              param.wireName(),
              param.type(),
              ComponentPlan.Presence.OPTIONAL,
              param.javadoc(),
              Constraints.named(param.checks(), javaName, patterns, constructor),
              TypeMapping.isList(param.type())
                  ? ComponentPlan.Copy.LIST
                  : TypeMapping.isMap(param.type())
                      ? ComponentPlan.Copy.MAP
                      : ComponentPlan.Copy.NONE,
              param.sensitive(),
              null));
    }
    return new RecordPlan(
        name,
        RecordPlan.Kind.PARAMETERS,
        operation.operationId() == null ? name.simpleName() : operation.operationId(),
        "Optional parameters of " + operation.describe() + ".",
        components,
        operation.pointer(),
        List.of(),
        null,
        true,
        RecordPlanner.names(name, components, null, constructor, violations));
  }

  /** The optional parameters under the names the options record gave them, unchecked. */
  static List<ParamPlan> renamed(List<ParamPlan> optional, RecordPlan options) {
    List<ParamPlan> renamed = new ArrayList<>();
    for (int i = 0; i < optional.size(); i++) {
      renamed.add(optional.get(i).renamed(options.components().get(i).javaName(), true, List.of()));
    }
    return renamed;
  }
}
