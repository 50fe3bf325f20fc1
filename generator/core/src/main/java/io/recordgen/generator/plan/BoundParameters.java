package io.recordgen.generator.plan;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The client-bound parameters of one client ({@code x-recordgen-client-param}): the values its
 * factory takes once, by wire name across its operations, each kept in a field of the
 * implementation that an operation falls back to when its input leaves the parameter out.
 */
final class BoundParameters {
  private final NameScope fields;
  private final NameScope parameters;
  private final Diagnostics diagnostics;
  private final Map<String, Seen> seen = new LinkedHashMap<>();

  /**
   * @param fields the implementation's fields
   * @param client the factory's parameter of the {@code ApiClient}, which the others keep clear
   *     of
   */
  BoundParameters(NameScope fields, String client, Diagnostics diagnostics) {
    this.fields = fields;
    this.parameters = NameScope.members(Set.of(client));
    this.diagnostics = diagnostics;
  }

  /** One bound parameter, as first seen, and whether any operation requires it. */
  private static final class Seen {
    final InputPlanner.Bound first;
    final String parameter;
    final String field;
    boolean required;

    Seen(InputPlanner.Bound first, String parameter, String field) {
      this.first = first;
      this.parameter = parameter;
      this.field = field;
      this.required = first.required();
    }
  }

  /** {@code planned} with its bound parameters falling back to the client's fields. */
  OperationPlan bind(OperationPlanner.Planned planned) {
    if (planned.bound().isEmpty()) {
      return planned.plan();
    }
    Map<String, String> fieldsByWire = new LinkedHashMap<>();
    for (InputPlanner.Bound bound : planned.bound()) {
      Seen known = seen.get(bound.wireName());
      if (known == null) {
        known =
            new Seen(
                bound, parameters.allocate(bound.component()), fields.allocate(bound.component()));
        seen.put(bound.wireName(), known);
      } else if (!known.first.mapped().type().equals(bound.mapped().type())) {
        diagnostics.report(
            Code.EXTENSION_INVALID,
            bound.pointer() + "/x-recordgen-client-param",
            "client parameter \""
                + bound.wireName()
                + "\" has another type here than at "
                + known.first.pointer()
                + "; a client holds one value per name");
        continue;
      }
      known.required |= bound.required();
      fieldsByWire.put(bound.wireName(), known.field);
    }
    List<ParamPlan> params = new ArrayList<>();
    for (ParamPlan param : planned.plan().params()) {
      String field = fieldsByWire.get(param.wireName());
      params.add(field == null ? param : param.bound(field));
    }
    return planned.plan().withParams(params);
  }

  /**
   * Every bound parameter, in order of first use, with what the constructor checks, and the
   * constructor's collector of violations, clear of its parameters and lambdas.
   *
   * @param bound the parameters
   * @param violations the collector's name
   */
  record Planned(List<ClientPlan.Bound> bound, String violations) {}

  /** Every bound parameter, once all operations are bound. */
  Planned all() {
    Constraints.FieldNamer patterns = Constraints.fresh(fields);
    NameScope constructor = parameters.child();
    String violations = constructor.allocate("violations");
    List<ClientPlan.Bound> all = new ArrayList<>();
    for (Seen known : seen.values()) {
      List<Check> checks = new ArrayList<>();
      if (known.required) {
        checks.add(new Check.Required());
      }
      checks.addAll(
          Constraints.named(known.first.mapped().checks(), known.parameter, patterns, constructor));
      all.add(
          new ClientPlan.Bound(
              known.first.wireName(),
              known.parameter,
              known.field,
              known.first.mapped().type(),
              known.first.javadoc(),
              checks,
              known.first.mapped().sensitive()));
    }
    return new Planned(all, violations);
  }
}
