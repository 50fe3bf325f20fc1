package io.recordgen.generator.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything to generate for one spec.
 *
 * @param modelPackage the package of records and enums
 * @param apiPackage the package of clients and parameter records
 * @param sourceName the spec's file name, for the header comment
 * @param types records and enums in planning order
 * @param clients one per tag
 * @param examples every example of the spec with the type it decodes into
 * @param mappedTypes the user's types the configuration maps schemas and formats to
 */
public record GenerationPlan(
    String modelPackage,
    String apiPackage,
    String sourceName,
    List<TypePlan> types,
    List<ClientPlan> clients,
    List<ExampleEntry> examples,
    List<MappedType> mappedTypes) {
  public GenerationPlan {
    mappedTypes = List.copyOf(mappedTypes);
    types = List.copyOf(types);
    clients = List.copyOf(clients);
    examples = List.copyOf(examples);
  }

  /** The simple names of the top-level types generated in {@code packageName}. */
  public Set<String> simpleNames(String packageName) {
    Set<String> names = new HashSet<>();
    for (TypePlan type : types) {
      if (type.name().packageName().equals(packageName)) {
        names.add(type.name().simpleName());
      }
    }
    for (ClientPlan client : clients) {
      if (client.api().packageName().equals(packageName)) {
        names.add(client.api().simpleName());
        names.add(client.implementation().simpleName());
      }
    }
    return names;
  }

  /**
   * The simple names that files of {@code packageName} write qualified: types of the package that
   * share their name with a {@code java.lang} type the files use without an import.
   */
  public List<String> qualified(String packageName) {
    return Scopes.qualified(simpleNames(packageName));
  }
}
