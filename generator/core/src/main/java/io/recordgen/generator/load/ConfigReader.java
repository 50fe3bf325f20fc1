package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Configuration;
import io.recordgen.generator.model.Configuration.Mapping;
import io.recordgen.generator.model.Configuration.Selector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a configuration file (YAML or JSON, with the limits of a spec) into a {@link
 * Configuration}:
 *
 * <pre>{@code
 * types:
 *   formats:    {email: com.acme.Email}          # a format to a type of the user's
 *   schemas:    {Money: com.acme.shared.Money}   # a schema to an existing type
 * names:
 *   schemas:    {backup_info: BackupSummary}
 *   properties: {Backup: {begin_time: startedAt}, "*": {"@type": kind}}
 *   enumValues: {BackupStatus: {BUILDING: IN_PROGRESS}}
 *   operations: {CreateManualBackup: create, "GET /v3/{project_id}/backups": list}
 * include:      {tags: [...], operations: [...], paths: ["/v3/{project_id}/backups/**"]}
 * exclude:      {tags: [...], operations: [...], paths: [...]}
 * }</pre>
 *
 * An unknown key or a value of the wrong kind is an {@code RG047} error at its pointer, so that a
 * typo never silently changes nothing. Whether the names and types are valid Java is for
 * planning to decide, where every other name is decided.
 */
public final class ConfigReader {
  private static final Set<String> TOP = Set.of("types", "names", "include", "exclude");
  private static final Set<String> TYPES = Set.of("formats", "schemas");
  private static final Set<String> NAMES =
      Set.of("schemas", "properties", "enumValues", "operations");
  private static final Map<String, Selector.Kind> SELECTORS =
      Map.of(
          "tags", Selector.Kind.TAG,
          "operations", Selector.Kind.OPERATION,
          "paths", Selector.Kind.PATH);

  private final String name;
  private final Diagnostics diagnostics;
  private boolean valid = true;

  private ConfigReader(String name, Diagnostics diagnostics) {
    this.name = name;
    this.diagnostics = diagnostics;
  }

  /** The configuration in {@code source}, or {@code null} after reporting why it is invalid. */
  public static @Nullable Configuration read(
      SpecSource source, LoadOptions options, Diagnostics diagnostics) {
    JsonNode tree = new DocumentReader(options, diagnostics).read(source);
    if (tree == null) {
      return null;
    }
    return new ConfigReader(source.name(), diagnostics).configuration(tree);
  }

  private @Nullable Configuration configuration(JsonNode root) {
    keys(root, "", TOP);
    JsonNode types = section(root, "", "types", TYPES);
    JsonNode names = section(root, "", "names", NAMES);
    Configuration configuration =
        new Configuration(
            name,
            flat(types, "/types", "formats"),
            flat(types, "/types", "schemas"),
            flat(names, "/names", "schemas"),
            owned(names, "/names", "properties"),
            owned(names, "/names", "enumValues"),
            flat(names, "/names", "operations"),
            selectors(root, "include"),
            selectors(root, "exclude"));
    return valid ? configuration : null;
  }

  /** The object under {@code key}, checked for unknown keys; a missing one is empty. */
  private @Nullable JsonNode section(JsonNode parent, String at, String key, Set<String> known) {
    JsonNode node = parent.get(key);
    String pointer = Pointers.child(at, key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      invalid(pointer, "\"" + key + "\" must be a mapping");
      return null;
    }
    keys(node, pointer, known);
    return node;
  }

  private void keys(JsonNode node, String at, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!known.contains(key)) {
        invalid(
            Pointers.child(at, key),
            "unknown key \"" + key + "\"; expected one of " + new java.util.TreeSet<>(known));
      }
    }
  }

  /** {@code key: {name: value, ...}}. */
  private List<Mapping> flat(@Nullable JsonNode parent, String at, String key) {
    List<Mapping> mappings = new ArrayList<>();
    JsonNode node = object(parent, at, key);
    String pointer = Pointers.child(at, key);
    if (node != null) {
      node.properties()
          .forEach(
              e -> {
                String value = text(e.getValue(), Pointers.child(pointer, e.getKey()));
                if (value != null) {
                  mappings.add(Mapping.of(e.getKey(), value, Pointers.child(pointer, e.getKey())));
                }
              });
    }
    return mappings;
  }

  /** {@code key: {owner: {name: value, ...}, ...}}. */
  private List<Mapping> owned(@Nullable JsonNode parent, String at, String key) {
    List<Mapping> mappings = new ArrayList<>();
    JsonNode node = object(parent, at, key);
    String pointer = Pointers.child(at, key);
    if (node != null) {
      node.properties()
          .forEach(
              owner -> {
                for (Mapping mapping : flat(node, pointer, owner.getKey())) {
                  mappings.add(
                      new Mapping(
                          owner.getKey(), mapping.key(), mapping.value(), mapping.pointer()));
                }
              });
    }
    return mappings;
  }

  private List<Selector> selectors(JsonNode root, String key) {
    List<Selector> selectors = new ArrayList<>();
    JsonNode node = section(root, "", key, SELECTORS.keySet());
    String at = Pointers.child("", key);
    if (node == null) {
      return selectors;
    }
    node.properties()
        .forEach(
            e -> {
              String pointer = Pointers.child(at, e.getKey());
              Selector.Kind kind = SELECTORS.get(e.getKey());
              if (kind == null) {
                return; // reported as an unknown key
              }
              if (!e.getValue().isArray()) {
                invalid(pointer, "\"" + e.getKey() + "\" must be a list");
                return;
              }
              for (int i = 0; i < e.getValue().size(); i++) {
                String item = Pointers.child(pointer, i);
                String value = text(e.getValue().get(i), item);
                if (value != null) {
                  selectors.add(new Selector(kind, value, item));
                }
              }
            });
    return selectors;
  }

  private @Nullable JsonNode object(@Nullable JsonNode parent, String at, String key) {
    JsonNode node = parent == null ? null : parent.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      invalid(Pointers.child(at, key), "\"" + key + "\" must be a mapping");
      return null;
    }
    return node;
  }

  private @Nullable String text(JsonNode node, String pointer) {
    if (!node.isTextual() || node.asText().isBlank()) {
      invalid(pointer, "expected a non-empty string");
      return null;
    }
    return node.asText().strip();
  }

  private void invalid(String pointer, String message) {
    valid = false;
    diagnostics.report(Code.CONFIG_INVALID, pointer, "configuration " + name + ": " + message);
  }
}
