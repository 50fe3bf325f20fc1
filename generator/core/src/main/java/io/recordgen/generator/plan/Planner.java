package io.recordgen.generator.plan;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
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
   * @return the plan, or {@code null} when an error was reported
   */
  public static @Nullable GenerationPlan plan(
      ApiSpec spec, String basePackage, Diagnostics diagnostics) {
    if (!Naming.isPackageName(basePackage)) {
      diagnostics.report(
          Code.PACKAGE_INVALID, "", "\"" + basePackage + "\" is not a valid Java package name");
      return null;
    }
    String modelPackage = basePackage + ".model";
    String apiPackage = basePackage + ".api";
    Usage usage = Usage.of(spec);
    NameScope modelTypes = NameScope.types(Set.of("package-info"));
    ModelPlanner models =
        new ModelPlanner(modelPackage, spec.schemas(), usage, modelTypes, diagnostics);
    models.planComponents();
    NameScope apiTypes = NameScope.types(Set.of("package-info"));
    ClientPlanner clients = new ClientPlanner(spec, apiPackage, models, apiTypes, diagnostics);
    List<ClientPlan> clientPlans = clients.plan();
    if (diagnostics.hasErrors()) {
      return null;
    }
    List<TypePlan> types = new ArrayList<>(models.plans());
    types.addAll(clients.optionRecords());
    String source = spec.sourceName() == null ? "an OpenAPI document" : spec.sourceName();
    return new GenerationPlan(
        modelPackage,
        apiPackage,
        source,
        types,
        clientPlans,
        new ExamplePlanner(models).plan(spec));
  }
}
