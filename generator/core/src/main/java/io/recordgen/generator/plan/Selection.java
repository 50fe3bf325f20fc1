package io.recordgen.generator.plan;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.Configuration;
import io.recordgen.generator.model.Configuration.Selector;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a spec a configuration's {@code include} and {@code exclude} choose: the operations
 * that match an include (all of them when there is none) and no exclude, and only the component
 * schemas those operations reach, with the descendants of every hierarchy they reach, so that a
 * client for one tag of a large API brings only its own types. A selector that matches no
 * operation is an {@code RG048} warning at its pointer.
 */
final class Selection {
  private Selection() {}

  static ApiSpec apply(ApiSpec spec, Configuration configuration, Diagnostics diagnostics) {
    if (!configuration.selects()) {
      return spec;
    }
    Set<Selector> matched = new HashSet<>();
    List<Operation> kept = new ArrayList<>();
    for (Operation operation : spec.operations()) {
      boolean included =
          configuration.include().isEmpty()
              || matchesAny(operation, configuration.include(), matched);
      boolean excluded = matchesAny(operation, configuration.exclude(), matched);
      if (included && !excluded) {
        kept.add(operation);
      }
    }
    for (List<Selector> selectors : List.of(configuration.include(), configuration.exclude())) {
      for (Selector selector : selectors) {
        if (!matched.contains(selector)) {
          diagnostics.report(
              Code.CONFIG_UNMATCHED,
              selector.pointer(),
              "configuration "
                  + configuration.name()
                  + ": no operation has the "
                  + selector.kind().name().toLowerCase(java.util.Locale.ROOT)
                  + " \""
                  + selector.value()
                  + "\"");
        }
      }
    }
    Set<String> reached = reached(spec, kept);
    List<NamedSchema> schemas = new ArrayList<>();
    for (NamedSchema schema : spec.schemas()) {
      if (reached.contains(schema.name())) {
        schemas.add(schema);
      }
    }
    Set<String> tagsUsed = new HashSet<>();
    kept.forEach(operation -> tagsUsed.addAll(operation.tags()));
    List<Tag> tags = spec.tags().stream().filter(tag -> tagsUsed.contains(tag.name())).toList();
    return new ApiSpec(
        spec.openapi(),
        spec.title(),
        spec.version(),
        spec.docs(),
        spec.servers(),
        tags,
        kept,
        schemas,
        spec.securitySchemes(),
        spec.sourceName());
  }

  private static Set<String> reached(ApiSpec spec, List<Operation> kept) {
    ApiSpec operationsOnly =
        new ApiSpec(
            spec.openapi(),
            spec.title(),
            spec.version(),
            spec.docs(),
            spec.servers(),
            spec.tags(),
            kept,
            spec.schemas(),
            spec.securitySchemes(),
            spec.sourceName());
    Set<String> reached = new LinkedHashSet<>(Usage.of(operationsOnly).reached());
    Map<String, Schema> components = new HashMap<>();
    spec.schemas().forEach(named -> components.put(named.name(), named.schema()));
    SchemaIndex index = new SchemaIndex(spec.schemas());
    // A reached hierarchy root decodes into any of its descendants: they are reached too.
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String name : List.copyOf(reached)) {
        List<String> descendants = index.descendants(name);
        if (descendants == null) {
          continue;
        }
        for (String descendant : descendants) {
          if (reached.add(descendant)) {
            Usage.walk(components.get(descendant), components, reached);
            grew = true;
          }
        }
      }
    }
    return reached;
  }

  private static boolean matchesAny(
      Operation operation, List<Selector> selectors, Set<Selector> matched) {
    boolean any = false;
    for (Selector selector : selectors) {
      if (matches(operation, selector)) {
        matched.add(selector);
        any = true;
      }
    }
    return any;
  }

  private static boolean matches(Operation operation, Selector selector) {
    return switch (selector.kind()) {
      case TAG -> operation.tags().contains(selector.value());
      case OPERATION -> selector.value().equals(operation.operationId());
      case PATH -> pathMatches(segments(selector.value()), 0, segments(operation.path()), 0);
    };
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /** {@code *} matches one segment, {@code **} any number; anything else only itself. */
  private static boolean pathMatches(List<String> glob, int g, List<String> path, int p) {
    if (g == glob.size()) {
      return p == path.size();
    }
    String part = glob.get(g);
    if (part.equals("**")) {
      for (int skip = p; skip <= path.size(); skip++) {
        if (pathMatches(glob, g + 1, path, skip)) {
          return true;
        }
      }
      return false;
    }
    return p < path.size()
        && (part.equals("*") || part.equals(path.get(p)))
        && pathMatches(glob, g + 1, path, p + 1);
  }
}
