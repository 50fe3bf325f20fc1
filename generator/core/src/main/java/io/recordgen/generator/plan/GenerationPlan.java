package io.recordgen.generator.plan;

import java.util.List;

/**
 * Everything to generate for one spec.
 *
 * @param modelPackage the package of records and enums
 * @param apiPackage the package of clients and parameter records
 * @param sourceName the spec's file name, for the header comment
 * @param types records and enums in planning order
 * @param clients one per tag
 * @param examples every example of the spec with the type it decodes into
 */
public record GenerationPlan(
    String modelPackage,
    String apiPackage,
    String sourceName,
    List<TypePlan> types,
    List<ClientPlan> clients,
    List<ExampleEntry> examples) {
  public GenerationPlan {
    types = List.copyOf(types);
    clients = List.copyOf(clients);
    examples = List.copyOf(examples);
  }
}
