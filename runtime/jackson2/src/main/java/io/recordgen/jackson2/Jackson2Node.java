package io.recordgen.jackson2;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.runtime.json.UnionRules;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A Jackson 2 tree node as {@link UnionRules} looks at it. */
final class Jackson2Node implements UnionRules.Node {
  private final JsonNode node;

  Jackson2Node(JsonNode node) {
    this.node = node;
  }

  @Override
  public UnionRules.Kind kind() {
    if (node.isTextual()) {
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
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }

  @Override
  public Iterable<String> propertyNames() {
    List<String> names = new ArrayList<>(node.size());
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Override
  public int size() {
    return node.size();
  }
}
