package io.recordgen.generator.plan;

import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.MediaContent;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Parameter;
import io.recordgen.generator.model.Property;
import io.recordgen.generator.model.Response;
import io.recordgen.generator.model.ResponseHeader;
import io.recordgen.generator.model.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which component schemas travel in requests and which in responses.
 *
 * <p>Records that only ever travel to the server reject enum values the spec does not list (the
 * value is the caller's typo); anything a server sends keeps unknown values, so that a server
 * adding a value cannot break a deployed client. Schemas no operation reaches count as both.
 */
final class Usage {
  private final Set<String> requests = new HashSet<>();
  private final Set<String> responses = new HashSet<>();

  private Usage() {}

  static Usage of(ApiSpec spec) {
    Map<String, Schema> components = new HashMap<>();
    for (NamedSchema named : spec.schemas()) {
      components.put(named.name(), named.schema());
    }
    Usage usage = new Usage();
    for (Operation operation : spec.operations()) {
      for (Parameter parameter : operation.parameters()) {
        walk(parameter.schema(), components, usage.requests);
      }
      if (operation.requestBody() != null) {
        for (MediaContent content : operation.requestBody().content()) {
          if (content.schema() != null) {
            walk(content.schema(), components, usage.requests);
          }
        }
      }
      for (Response response : operation.responses()) {
        for (MediaContent content : response.content()) {
          if (content.schema() != null) {
            walk(content.schema(), components, usage.responses);
          }
        }
        for (ResponseHeader header : response.headers()) {
          walk(header.schema(), components, usage.responses);
        }
      }
    }
    return usage;
  }

  /** Which way a component travels; one that no operation reaches counts as both. */
  Direction direction(String component) {
    boolean sent = requests.contains(component);
    boolean received = responses.contains(component);
    return sent == received
        ? Direction.BOTH
        : sent ? Direction.REQUEST_ONLY : Direction.RESPONSE_ONLY;
  }

  /** The components any operation reaches, directly or through other components. */
  Set<String> reached() {
    Set<String> all = new HashSet<>(requests);
    all.addAll(responses);
    return all;
  }

  /** Adds to {@code into} every component {@code start} reaches. */
  static void walk(Schema start, Map<String, Schema> components, Set<String> into) {
    Deque<Schema> stack = new ArrayDeque<>();
    stack.push(start);
    while (!stack.isEmpty()) {
      Schema schema = stack.pop();
      if (schema instanceof Schema.Ref ref) {
        Schema target = components.get(ref.name());
        if (into.add(ref.name()) && target != null) {
          stack.push(target);
        }
      } else if (schema instanceof Schema.ArrayType array) {
        stack.push(array.items());
      } else if (schema instanceof Schema.ObjectType object) {
        for (Property property : object.properties()) {
          stack.push(property.schema());
        }
        if (object.additional() instanceof Schema.Additional.Typed typed) {
          stack.push(typed.values());
        }
      } else if (schema instanceof Schema.AllOf all) {
        all.parts().forEach(stack::push);
      } else if (schema instanceof Schema.OneOf one) {
        one.alternatives().forEach(stack::push);
      }
    }
  }
}
