package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Configuration;
import io.recordgen.generator.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plans open enumerations: a record over the wire value, with a constant per listed value named
 * by the naming rules ({@code en-us} is {@code EN_US}).
 */
final class EnumPlanner {
  /** The static method that lists the values, which {@link Check.Known} calls. */
  static final String KNOWN_VALUES = "knownValues";

  /**
   * The members every open enumeration has. Its constants share the fields' namespace with the
   * component and the list of values, so they keep clear of those.
   */
  private static final String VALUE = "value";

  private static final String KNOWN = "KNOWN";

  /**
   * The most values that get a constant each. A constant costs about 22 bytes of the class
   * initialiser (create, store, list), which Java caps at 64 KB: about 2,900 constants.
   */
  static final int MAX_CONSTANTS = 1_000;

  /** The longest chunk of packed values: 3 bytes a character stays within 65,535 bytes. */
  static final int CHUNK = 16_000;

  private final Customizations customizations;
  private final Diagnostics diagnostics;

  EnumPlanner(Customizations customizations, Diagnostics diagnostics) {
    this.customizations = customizations;
    this.diagnostics = diagnostics;
  }

  /**
   * Plans the open enumeration {@code name}.
   *
   * @param target the component name, or the type's own name for an inline enumeration, under
   *     which the configuration names its values
   */
  OpenEnumPlan plan(ClassName name, String target, Schema.EnumType enumType) {
    if (enumType.values().size() > MAX_CONSTANTS) {
      return packed(name, enumType);
    }
    NameScope fields = NameScope.members(Set.of(VALUE, KNOWN));
    List<OpenEnumPlan.Constant> constants = new ArrayList<>();
    for (String value : enumType.values()) {
      Configuration.Mapping chosen = customizations.enumValue(target, value);
      String natural = chosen != null ? chosen.value() : Naming.constantName(value);
      String constant = fields.allocate(natural);
      if (chosen != null) {
        customizations.allocated(chosen, constant, "constant");
      } else if (!constant.equals(natural)) {
        diagnostics.report(
            Code.NAME_CHANGED,
            enumType.meta().pointer(),
            "enum value \""
                + value
                + "\" is the constant "
                + constant
                + " because "
                + natural
                + " is already taken");
      }
      constants.add(new OpenEnumPlan.Constant(constant, value));
    }
    // The Java enum's constants are the open enumeration's, and one for any other value.
    NameScope known =
        NameScope.members(constants.stream().map(OpenEnumPlan.Constant::name).toList());
    return new OpenEnumPlan(
        name,
        DocText.of(enumType.meta().docs()),
        TypeMapping.enumValue(enumType.base()),
        constants,
        enumType.meta().pointer(),
        names(name, known.allocate("UNRECOGNIZED")),
        List.of());
  }

  /** The members of an open enumeration; the nested enum keeps clear of the record's name. */
  private static OpenEnumPlan.Names names(ClassName name, String unrecognized) {
    String knownType = NameScope.types(Set.of(name.simpleName())).allocate("Known");
    String index = NameScope.members(Set.of(VALUE)).allocate("index");
    return new OpenEnumPlan.Names(
        VALUE, KNOWN, "of", "isKnown", KNOWN_VALUES, knownType, "known", unrecognized, index);
  }

  /** An enumeration whose values are packed text rather than a constant each. */
  private OpenEnumPlan packed(ClassName name, Schema.EnumType enumType) {
    diagnostics.report(
        Code.SCHEMA_WEAKENED,
        enumType.meta().pointer(),
        "the enumeration lists "
            + enumType.values().size()
            + " values, more than the "
            + MAX_CONSTANTS
            + " that get a constant each; "
            + name.simpleName()
            + " lists them in knownValues() instead");
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    for (String value : enumType.values()) {
      String entry = value.length() + ":" + value;
      if (chunk.length() > 0 && chunk.length() + entry.length() > CHUNK) {
        chunks.add(chunk.toString());
        chunk.setLength(0);
      }
      chunk.append(entry);
    }
    chunks.add(chunk.toString());
    return new OpenEnumPlan(
        name,
        DocText.of(enumType.meta().docs()),
        TypeMapping.enumValue(enumType.base()),
        List.of(),
        enumType.meta().pointer(),
        names(name, "UNRECOGNIZED"),
        chunks);
  }
}
