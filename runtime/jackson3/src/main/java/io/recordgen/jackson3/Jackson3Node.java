package io.recordgen.jackson3;

import io.recordgen.runtime.json.UnionRules;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A Jackson 3 tree node as {@link UnionRules} looks at it. */
final class Jackson3Node implements UnionRules.Node {
  private final JsonNode node;

  Jackson3Node(JsonNode node) {
    this.node = node;
  }

  @Override
  public UnionRules.Kind kind() {
    if (node.isString()) {
      return UnionRules.Kind.STRING;
    }
    if (node.isIntegralNumber()) {
      return UnionRules.Kind.INTEGER;
    }
    if (node.isNumber()) {
      return UnionRules.Kind.DECIMAL;
    }
    if (node.isBoolean()) {
      return UnionRules.Kind.BOOLEAN;
    }
    if (node.isArray()) {
      return UnionRules.Kind.ARRAY;
    }
    return node.isObject() ? UnionRules.Kind.OBJECT : UnionRules.Kind.NULL;
  }

  @Override
  public boolean has(String property) {
    return node.has(property);
  }

  @Override
  public @Nullable String text(String property) {
    JsonNode value = node.get(property);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
  }

  @Override
  public Iterable<String> propertyNames() {
    return List.copyOf(node.propertyNames());
  }

  @Override
  public int size() {
    return node.size();
  }
}
