package io.recordgen.generator.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An operation of the spec and the generated code that calls it, for tools that drive every
 * operation of a generated client (contract checks against a stub, say) without reading the
 * generated sources: which interface, which method, which input record, and which spec
 * parameter each input component carries. Names are the ones planning decided.
 *
 * @param operationId the operationId on record (derived when the spec has none)
 * @param httpMethod the HTTP method in upper case
 * @param path the path template
 * @param pointer the JSON pointer of the operation
 * @param api the blocking client interface, as a binary name
 * @param create its static factory, which takes the {@code ApiClient} and then the values of
 *     {@code bound}, in order
 * @param method the interface's {@code ...WithResponse(input, options)} method
 * @param input the input record, as a binary name
 * @param arguments the input record's components, in order
 * @param returns what a success decodes into, as a canonical name such as {@code
 *     java.util.List<a.b.Pet>}, or {@code java.lang.Void}
 * @param bound the parameters the factory takes, by wire name
 */
public record OperationEntry(
    String operationId,
    String httpMethod,
    String path,
    String pointer,
    String api,
    String create,
    String method,
    String input,
    List<Argument> arguments,
    String returns,
    List<String> bound) {
  public OperationEntry {
    arguments = List.copyOf(arguments);
    bound = List.copyOf(bound);
  }

  /**
   * A component of an input record and what it carries.
   *
   * @param javaName the component's name
   * @param in {@code path}, {@code query}, {@code header}, {@code cookie} or {@code body}
   * @param name the parameter's wire name, or for the body its media type
   * @param type the component's type, as a canonical name
   * @param required whether the input must have a value
   */
  public record Argument(String javaName, String in, String name, String type, boolean required) {}

  /** The operations of every client of {@code plan}, client by client, in spec order. */
  public static List<OperationEntry> of(GenerationPlan plan) {
    List<OperationEntry> entries = new ArrayList<>();
    for (ClientPlan client : plan.clients()) {
      List<String> bound = client.bound().stream().map(ClientPlan.Bound::wireName).toList();
      for (OperationPlan operation : client.operations()) {
        entries.add(entry(client, operation, bound));
      }
    }
    return entries;
  }

  private static OperationEntry entry(
      ClientPlan client, OperationPlan operation, List<String> bound) {
    List<Argument> arguments = new ArrayList<>();
    for (ParamPlan param : operation.params()) {
      arguments.add(
          new Argument(
              param.javaName(),
              param.location().name().toLowerCase(Locale.ROOT),
              param.wireName(),
              ExamplePlanner.canonical(param.type()),
              !param.nullable()));
    }
    @Nullable BodyPlan body = operation.body();
    if (body != null) {
      arguments.add(
          new Argument(
              body.javaName(),
              "body",
              body.mediaType(),
              ExamplePlanner.canonical(body.type()),
              !body.nullable()));
    }
    OperationPlan.Identity id = operation.id();
    return new OperationEntry(
        id.operationId(),
        id.httpMethod(),
        id.path(),
        id.pointer(),
        client.api().reflectionName(),
        client.names().create(),
        operation.methods().withResponse(),
        operation.input().name().reflectionName(),
        arguments,
        ExamplePlanner.canonical(operation.outcome().type()),
        bound);
  }
}
