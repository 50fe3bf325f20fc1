package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.ParamLocation;
import io.recordgen.generator.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans an operation's input: one record, {@code <Operation>Input}, with a component per
 * parameter (path, query, header and cookie, in spec order) and the body last, checked like any
 * record, with {@code of(required...)} and a builder. A client-bound parameter is an optional
 * component: the input may override the value the client was created with.
 */
final class InputPlanner {
  /** The input's static factory of the required components. */
  static final String FACTORY = "of";

  private final SchemaMapper mapper;
  private final BodyPlanner bodies;
  private final Renames renames;
  private final Scopes scopes;

  InputPlanner(SchemaMapper mapper, BodyPlanner bodies, Renames renames, Scopes scopes) {
    this.mapper = mapper;
    this.bodies = bodies;
    this.renames = renames;
    this.scopes = scopes;
  }

  /**
   * An operation's input.
   *
   * @param record the input record
   * @param params every parameter, with the component that holds it
   * @param body the body, with the component that holds it
   * @param bound the client-bound parameters, for the client's factory
   */
  record Input(
      RecordPlan record, List<ParamPlan> params, @Nullable BodyPlan body, List<Bound> bound) {}

  /**
   * A client-bound parameter of an input.
   *
   * @param wireName its name on the wire
   * @param component the input's component of it
   * @param mapped its type and unnamed checks
   * @param javadoc its description
   * @param required whether the spec requires it, so the client must be created with a value
   * @param pointer the JSON pointer of the parameter
   */
  record Bound(
      String wireName,
      String component,
      Mapped mapped,
      String javadoc,
      boolean required,
      String pointer) {}

  /** The input of {@code operation}, or {@code null} when its body cannot be generated. */
  @Nullable Input plan(Operation operation, String base, ClassName name) {
    NameScope members = scopes.apiRecord().child(Set.of(FACTORY));
    List<Part> parts = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      Mapped mapped =
          mapper.map(
              parameter.schema(),
              base + Naming.typeSuffix(parameter.name()),
              Direction.REQUEST_ONLY);
      String natural = Naming.memberName(parameter.name());
      String javaName = members.allocate(natural);
      renames.report("parameter", parameter.name(), natural, javaName, parameter.pointer());
      boolean required = parameter.required() && !parameter.clientBound() && !mapped.nullable();
      String doc =
          parameter.docs().description() == null
              ? mapped.javadoc()
              : parameter.docs().description().strip();
      parts.add(new Part(parameter, mapped, javaName, required, doc));
    }
    BodyPlanner.Outcome outcome = bodies.plan(operation, base, members);
    if (outcome instanceof BodyPlanner.Outcome.Skipped) {
      return null;
    }
    BodyPlan body = outcome instanceof BodyPlanner.Outcome.Body b ? b.body() : null;
    NameScope constructor = members.child();
    String violations = constructor.allocate("violations");
    Constraints.FieldNamer patterns = Constraints.fresh(members);
    List<ComponentPlan> components = new ArrayList<>();
    List<ParamPlan> params = new ArrayList<>();
    List<String> factory = new ArrayList<>();
    List<Bound> bound = new ArrayList<>();
    for (Part part : parts) {
      components.add(part.component(patterns, constructor));
      params.add(part.param());
      if (part.required()) {
        factory.add(part.javaName());
      }
      if (part.parameter().clientBound()) {
        bound.add(
            new Bound(
                part.parameter().name(),
                part.javaName(),
                part.mapped(),
                part.doc(),
                part.parameter().required(),
                part.parameter().pointer()));
      }
    }
    if (body != null) {
      components.add(
          new ComponentPlan(
              body.javaName(),
              "body",
              body.type(),
              body.nullable() ? ComponentPlan.Presence.OPTIONAL : ComponentPlan.Presence.REQUIRED,
              body.javadoc().isEmpty() ? "the request body" : body.javadoc(),
              body.nullable() ? List.of() : List.of(new Check.Required()),
              ComponentPlan.Copy.NONE,
              false,
              null));
      // The body is the factory's even when the spec leaves it optional, as requestBody does
      // unless it says otherwise: sending nothing to a POST is rarely what a caller means.
      factory.add(body.javaName());
    }
    RecordPlan record =
        new RecordPlan(
            name,
            RecordPlan.Kind.INPUT,
            operation.operationId() == null ? name.simpleName() : operation.operationId(),
            "The parameters and the body of " + operation.describe() + ".",
            components,
            operation.pointer(),
            List.of(),
            null,
            true,
            new RecordPlan.Factory(FACTORY, factory),
            RecordPlanner.names(name, components, null, constructor, violations));
    return new Input(record, params, body, bound);
  }

  /** One parameter on its way to a component. */
  private record Part(
      Parameter parameter, Mapped mapped, String javaName, boolean required, String doc) {

    ComponentPlan component(Constraints.FieldNamer patterns, NameScope constructor) {
      List<Check> checks = new ArrayList<>();
      if (required) {
        checks.add(new Check.Required());
      }
      checks.addAll(Constraints.named(mapped.checks(), javaName, patterns, constructor));
      return new ComponentPlan(
          javaName,
          parameter.name(),
          mapped.type(),
          required ? ComponentPlan.Presence.REQUIRED : ComponentPlan.Presence.OPTIONAL,
          parameter.clientBound()
              ? (doc.isEmpty() ? "" : doc + "; ") + "the client's own value when <code>null</code>"
              : doc,
          checks,
          TypeMapping.isList(mapped.type())
              ? ComponentPlan.Copy.LIST
              : TypeMapping.isMap(mapped.type()) ? ComponentPlan.Copy.MAP : ComponentPlan.Copy.NONE,
          mapped.sensitive(),
          null);
    }

    ParamPlan param() {
      return new ParamPlan(
          javaName,
          parameter.name(),
          location(parameter.location()),
          mapped.type(),
          !required,
          doc,
          List.of(),
          parameter.location() == ParamLocation.QUERY
              && !parameter.explode()
              && TypeMapping.isList(mapped.type()),
          mapped.sensitive(),
          parameter.pointer(),
          null);
    }
  }

  private static ParamPlan.Location location(ParamLocation location) {
    return switch (location) {
      case PATH -> ParamPlan.Location.PATH;
      case QUERY -> ParamPlan.Location.QUERY;
      case HEADER -> ParamPlan.Location.HEADER;
      case COOKIE -> ParamPlan.Location.COOKIE;
    };
  }
}
