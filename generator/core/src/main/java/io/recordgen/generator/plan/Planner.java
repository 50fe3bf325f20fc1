package io.recordgen.generator.plan;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Plans the code for a whole spec: model types first, then clients. */
public final class Planner {
  private Planner() {}

  /**
   * Plans everything for {@code spec} under {@code basePackage}.
   *
   * <p>Planning runs once; when its types clash with ones the generated code uses (a schema
   * called {@code List}, say), it runs again with the naming policy those clashes need, so that
   * the common case pays nothing for the rare one ({@link Scopes}).
   *
   * @return the plan, or {@code null} when an error was reported
   */
  public static @Nullable GenerationPlan plan(
      ApiSpec spec, String basePackage, Diagnostics diagnostics) {
    return plan(spec, basePackage, Configuration.empty(), diagnostics);
  }

  /**
   * Plans what {@code configuration} chooses of {@code spec}, with its types and names.
   *
   * @return the plan, or {@code null} when an error was reported
   */
  public static @Nullable GenerationPlan plan(
      ApiSpec whole, String basePackage, Configuration configuration, Diagnostics diagnostics) {
    ApiSpec spec = Selection.apply(whole, configuration, diagnostics);
    if (!Naming.isPackageName(basePackage)) {
      diagnostics.report(
          Code.PACKAGE_INVALID, "", "\"" + basePackage + "\" is not a valid Java package name");
      return null;
    }
    Diagnostics first = diagnostics.sibling();
    GenerationPlan plan = plan(spec, basePackage, configuration, Scopes.none(), first);
    if (plan != null) {
      Scopes needed = Scopes.needed(plan, basePackage);
      if (!needed.isEmpty()) {
        return plan(spec, basePackage, configuration, needed, diagnostics);
      }
    }
    for (Diagnostic diagnostic : first.all()) {
      diagnostics.add(diagnostic);
    }
    return plan;
  }

  private static @Nullable GenerationPlan plan(
      ApiSpec spec,
      String basePackage,
      Configuration configuration,
      Scopes scopes,
      Diagnostics diagnostics) {
    Customizations customizations = new Customizations(configuration, diagnostics);
    String modelPackage = basePackage + ".model";
    String apiPackage = basePackage + ".api";
    Usage usage = Usage.of(spec);
    NameScope modelTypes = NameScope.types(Set.of("package-info"));
    ModelPlanner models =
        new ModelPlanner(
            modelPackage, spec.schemas(), usage, modelTypes, scopes, customizations, diagnostics);
    models.planComponents();
    NameScope apiTypes = NameScope.types(Set.of("package-info"));
    ClientPlanner clients =
        new ClientPlanner(spec, apiPackage, models, apiTypes, scopes, diagnostics);
    List<ClientPlan> clientPlans = clients.plan();
    customizations.reportUnused();
    if (diagnostics.hasErrors()) {
      return null;
    }
    List<TypePlan> types = new ArrayList<>(models.plans());
    types.addAll(clients.types());
    String source = spec.sourceName() == null ? "an OpenAPI document" : spec.sourceName();
    SecurityPlan security =
        clientPlans.isEmpty() ? null : SecurityPlanner.plan(spec, apiPackage, apiTypes, source);
    if (security != null) {
      types.add(security);
    }
    return new GenerationPlan(
        modelPackage,
        apiPackage,
        source,
        types,
        clientPlans,
        new ExamplePlanner(models).plan(spec),
        customizations.mappedTypes());
  }
}
