package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Configuration;
import io.recordgen.generator.model.Configuration.Mapping;
import io.recordgen.generator.model.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The configuration as planning asks about it: the type for a format or a schema, the Java name
 * a user chose for a spec name. Every chosen name goes through the same checks as the names the
 * spec gives ({@link Naming}, then the scope that allocates it), and one that cannot be used as it
 * is stops generation with an {@code RG047} error at the configuration's pointer, rather than
 * being quietly changed. Entries that match nothing are {@code RG048} warnings once planning is
 * done.
 */
final class Customizations {
  private final Configuration configuration;
  private final Diagnostics diagnostics;

  /** Each entry asked for, and whether its value can be used. */
  private final Map<Mapping, Boolean> used = new IdentityHashMap<>();

  private final Map<String, Mapping> formats = new HashMap<>();
  private final Map<String, Mapping> schemas = new HashMap<>();
  private final Map<String, Mapping> schemaNames = new HashMap<>();
  private final Map<String, Mapping> properties = new HashMap<>();
  private final Map<String, Mapping> enumValues = new HashMap<>();
  private final Map<String, Mapping> operations = new HashMap<>();
  private final Map<String, ClassName> types = new HashMap<>();
  private final Map<String, MappedType> mappedTypes = new LinkedHashMap<>();

  Customizations(Configuration configuration, Diagnostics diagnostics) {
    this.configuration = configuration;
    this.diagnostics = diagnostics;
    index(configuration.formats(), formats);
    index(configuration.schemas(), schemas);
    index(configuration.schemaNames(), schemaNames);
    index(configuration.propertyNames(), properties);
    index(configuration.enumValues(), enumValues);
    index(configuration.operationNames(), operations);
  }

  private static void index(List<Mapping> mappings, Map<String, Mapping> into) {
    for (Mapping mapping : mappings) {
      into.putIfAbsent(key(mapping.owner(), mapping.key()), mapping);
    }
  }

  private static String key(String owner, String name) {
    return owner.length() + ":" + owner + "/" + name;
  }

  /** The user's type for values of {@code format} of the schema at {@code pointer}, or null. */
  @Nullable ClassName format(@Nullable String format, String pointer) {
    Mapping mapping = format == null ? null : formats.get(key("", format));
    ClassName type = mapping == null ? null : type(mapping);
    if (type != null) {
      requires(type, mapping, pointer, List.of());
    }
    return type;
  }

  /** The existing type that component {@code schema} maps to, or {@code null}. */
  @Nullable Mapping schema(String schema) {
    return schemas.get(key("", schema));
  }

  /** The type of a schema mapping, or {@code null} after reporting that it is no class name. */
  @Nullable ClassName type(Mapping mapping) {
    used.put(mapping, true);
    if (types.containsKey(mapping.value())) {
      return types.get(mapping.value());
    }
    ClassName type = className(mapping.value());
    if (type == null) {
      invalid(
          mapping,
          "\""
              + mapping.value()
              + "\" is not the qualified name of a class in a named package,"
              + " such as com.acme.Money");
    }
    types.put(mapping.value(), type);
    return type;
  }

  /** Records that the generated code uses {@code type} for a schema, with what it needs. */
  void requires(ClassName type, Mapping mapping, String schemaPointer, List<String> required) {
    mappedTypes.putIfAbsent(
        mapping.pointer(),
        new MappedType(
            type.canonicalName(),
            configuration.name(),
            mapping.pointer(),
            schemaPointer,
            required));
  }

  /** The user's types, with what the spec needs of each. */
  List<MappedType> mappedTypes() {
    return List.copyOf(mappedTypes.values());
  }

  /** Every mapped type, for the naming authority's clash checks. */
  List<ClassName> typesUsed() {
    List<ClassName> all = new ArrayList<>();
    for (ClassName type : types.values()) {
      if (type != null) {
        all.add(type);
      }
    }
    return all;
  }

  /** The type name the user chose for component {@code schema}, or {@code null}. */
  @Nullable Mapping schemaName(String schema) {
    return chosen(schemaNames.get(key("", schema)), true);
  }

  /** The component name the user chose for {@code property} of {@code owner}, or {@code null}. */
  @Nullable Mapping propertyName(String owner, String property) {
    Mapping mapping = properties.get(key(owner, property));
    return chosen(
        mapping != null ? mapping : properties.get(key(Configuration.ANY_OWNER, property)), false);
  }

  /** The constant name the user chose for {@code value} of {@code owner}, or {@code null}. */
  @Nullable Mapping enumValue(String owner, String value) {
    Mapping mapping = enumValues.get(key(owner, value));
    return chosen(
        mapping != null ? mapping : enumValues.get(key(Configuration.ANY_OWNER, value)), false);
  }

  /** The method name the user chose for {@code operation}, by operationId or method and path. */
  @Nullable Mapping operationName(Operation operation) {
    Mapping mapping =
        operation.operationId() == null ? null : operations.get(key("", operation.operationId()));
    return chosen(
        mapping != null
            ? mapping
            : operations.get(key("", operation.method() + " " + operation.path())),
        false);
  }

  private @Nullable Mapping chosen(@Nullable Mapping mapping, boolean type) {
    if (mapping == null) {
      return null;
    }
    Boolean valid = used.get(mapping);
    if (valid == null) {
      String why = Naming.whyNotChosen(mapping.value(), type);
      valid = why == null;
      used.put(mapping, valid);
      if (why != null) {
        invalid(mapping, why);
      }
    }
    return valid ? mapping : null;
  }

  /**
   * Checks that the scope gave a chosen name as chosen: a name another one has, or that the
   * generated code needs itself, is an error rather than a quiet {@code 2} suffix.
   */
  void allocated(Mapping mapping, String allocated, String what) {
    if (!allocated.equals(mapping.value())) {
      invalid(
          mapping,
          "the "
              + what
              + " name \""
              + mapping.value()
              + "\" is already taken in its scope (it would be "
              + allocated
              + ")");
    }
  }

  private void invalid(Mapping mapping, String message) {
    diagnostics.report(
        Code.CONFIG_INVALID,
        mapping.pointer(),
        "configuration " + configuration.name() + ": " + message);
  }

  /** Reports the entries nothing in the spec asked for. */
  void reportUnused() {
    List<List<Mapping>> all =
        List.of(
            configuration.formats(),
            configuration.schemas(),
            configuration.schemaNames(),
            configuration.propertyNames(),
            configuration.enumValues(),
            configuration.operationNames());
    for (List<Mapping> mappings : all) {
      for (Mapping mapping : mappings) {
        if (!used.containsKey(mapping)) {
          diagnostics.report(
              Code.CONFIG_UNMATCHED,
              mapping.pointer(),
              "configuration "
                  + configuration.name()
                  + ": \""
                  + (mapping.owner().isEmpty() ? "" : mapping.owner() + ".")
                  + mapping.key()
                  + "\" matches nothing in the spec, so this entry changes nothing");
        }
      }
    }
  }

  /** {@code com.acme.Money}, {@code com.acme.Outer.Inner} or {@code com.acme.Outer$Inner}. */
  static @Nullable ClassName className(String qualified) {
    String[] parts = qualified.replace('$', '.').split("\\.", -1);
    int first = -1;
    for (int i = 0; i < parts.length; i++) {
      if (Naming.whyNotChosen(parts[i], false) != null) {
        return null;
      }
      if (first < 0 && Character.isUpperCase(parts[i].charAt(0))) {
        first = i;
      }
    }
    if (first <= 0) {
      return null; // no class name, or no package: a type of the unnamed package cannot be imported
    }
    String packageName = String.join(".", java.util.Arrays.asList(parts).subList(0, first));
    String[] nested = java.util.Arrays.copyOfRange(parts, first + 1, parts.length, String[].class);
    return ClassName.get(packageName, parts[first], nested);
  }
}
