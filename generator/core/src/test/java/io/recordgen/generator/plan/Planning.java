package io.recordgen.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecLoader;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.model.ApiSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Runs planners on small specs written inline, for the planners' own tests. */
final class Planning {
  private Planning() {}

  /** A spec with {@code schemas} under components and {@code paths}, both YAML blocks. */
  static ApiSpec spec(String paths, String schemas) {
    return spec(paths, schemas, "");
  }

  /** A spec with {@code schemas} and {@code parameters} under components, and {@code paths}. */
  static ApiSpec spec(String paths, String schemas, String parameters) {
    String yaml =
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
            + indent(paths.isBlank() ? "{}" : paths)
            + "\ncomponents:\n  schemas:\n"
            + indent(indent(schemas.isBlank() ? "{}" : schemas))
            + (parameters.isBlank() ? "" : "\n  parameters:\n" + indent(indent(parameters)));
    Diagnostics diagnostics = new Diagnostics();
    ApiSpec spec =
        SpecLoader.load(
            new SpecSource("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), null),
            LoadOptions.defaults(),
            diagnostics);
    assertThat(diagnostics.all()).as(yaml).noneMatch(Diagnostic::isError);
    return spec;
  }

  /** The model planner of a spec, its components planned. */
  static Models models(String schemas) {
    ApiSpec spec = spec("", schemas);
    Diagnostics diagnostics = new Diagnostics();
    ModelPlanner planner =
        new ModelPlanner(
            "t.model",
            spec.schemas(),
            Usage.of(spec),
            NameScope.types(Set.of("package-info")),
            Scopes.none(),
            new Customizations(io.recordgen.generator.model.Configuration.empty(), diagnostics),
            diagnostics);
    planner.planComponents();
    return new Models(planner, diagnostics);
  }

  /** A model planner with what it reported. */
  record Models(ModelPlanner planner, Diagnostics diagnostics) {
    TypePlan type(String simpleName) {
      return planner.plans().stream()
          .filter(p -> p.name().simpleName().equals(simpleName))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no type " + simpleName + " in " + names()));
    }

    RecordPlan record(String simpleName) {
      return (RecordPlan) type(simpleName);
    }

    List<String> names() {
      return planner.plans().stream().map(p -> p.name().simpleName()).toList();
    }

    List<String> messages() {
      return diagnostics.all().stream().map(Diagnostic::format).toList();
    }
  }

  /** The whole plan of a spec, with what planning reported. */
  static Planned plan(String paths, String schemas) {
    return plan(paths, schemas, "");
  }

  /** The whole plan of a spec with shared parameters, with what planning reported. */
  static Planned plan(String paths, String schemas, String parameters) {
    Diagnostics diagnostics = new Diagnostics();
    GenerationPlan plan = Planner.plan(spec(paths, schemas, parameters), "t", diagnostics);
    return new Planned(plan, diagnostics);
  }

  /** A plan with what planning reported. */
  record Planned(GenerationPlan plan, Diagnostics diagnostics) {
    ClientPlan client(String simpleName) {
      return plan.clients().stream()
          .filter(c -> c.api().simpleName().equals(simpleName))
          .findFirst()
          .orElseThrow();
    }

    OperationPlan operation(String methodName) {
      return plan.clients().stream()
          .flatMap(c -> c.operations().stream())
          .filter(o -> o.methods().plain().equals(methodName))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no operation " + methodName));
    }

    List<String> messages() {
      return diagnostics.all().stream().map(Diagnostic::format).toList();
    }
  }

  static String indent(String text) {
    return "  " + text.stripTrailing().replace("\n", "\n  ");
  }
}
