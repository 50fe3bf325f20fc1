package io.recordgen.generator.plan;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.Example;
import io.recordgen.generator.model.MediaContent;
import io.recordgen.generator.model.NamedSchema;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.Parameter;
import io.recordgen.generator.model.Property;
import io.recordgen.generator.model.Response;
import io.recordgen.generator.model.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Lists every example of a spec — of request and response bodies, parameters, component
 * schemas and their properties — with the generated type it decodes into, for contract checks.
 * Types are looked up in what planning decided, never planned anew: an example of a schema that
 * planning never mapped (an alias no operation uses, say) is listed without one. An example that appears under several operations (through a {@code
 * $ref}) is listed once.
 */
final class ExamplePlanner {
  private final ModelPlanner models;
  private final Map<String, ExampleEntry> entries = new LinkedHashMap<>();

  ExamplePlanner(ModelPlanner models) {
    this.models = models;
  }

  List<ExampleEntry> plan(ApiSpec spec) {
    for (NamedSchema named : spec.schemas()) {
      schemaExamples(named.schema(), models.componentType(named.name()), 0);
    }
    for (Operation operation : spec.operations()) {
      for (Parameter parameter : operation.parameters()) {
        for (Example example : parameter.examples()) {
          add(example, parameter.schema());
        }
      }
      if (operation.requestBody() != null) {
        media(operation.requestBody().content());
      }
      for (Response response : operation.responses()) {
        media(response.content());
      }
    }
    return List.copyOf(entries.values());
  }

  private void media(List<MediaContent> contents) {
    for (MediaContent content : contents) {
      if (content.schema() != null && content.isJson()) {
        for (Example example : content.examples()) {
          add(example, content.schema());
        }
      }
    }
  }

  /** The {@code example} of a schema and of its properties, a few levels down. */
  private void schemaExamples(Schema schema, @Nullable TypeName type, int depth) {
    if (schema.meta().exampleJson() != null) {
      entries.putIfAbsent(
          schema.meta().pointer() + "/example",
          new ExampleEntry(
              schema.meta().pointer() + "/example",
              schema.meta().exampleJson(),
              schema.meta().pointer(),
              type == null ? null : canonical(type)));
    }
    if (depth < 4 && schema instanceof Schema.ObjectType object) {
      for (Property property : object.properties()) {
        schemaExamples(
            property.schema(), models.typeAt(property.schema().meta().pointer()), depth + 1);
      }
    }
  }

  private void add(Example example, Schema schema) {
    entries.putIfAbsent(
        example.pointer(),
        new ExampleEntry(
            example.pointer(), example.json(), schema.meta().pointer(), javaType(schema)));
  }

  /**
   * The type planning mapped the schema to; for a reference planning never mapped (an error
   * response's, which no method returns), the type of the component it refers to.
   */
  private @Nullable String javaType(Schema schema) {
    TypeName type = models.typeAt(schema.meta().pointer());
    if (type == null && schema instanceof Schema.Ref ref) {
      type = models.componentType(ref.name());
    }
    return type == null ? null : canonical(type);
  }

  /** A type as Jackson's {@code TypeFactory.constructFromCanonical} reads it. */
  static String canonical(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      return parameterized.rawType().reflectionName()
          + parameterized.typeArguments().stream()
              .map(ExamplePlanner::canonical)
              .collect(Collectors.joining(",", "<", ">"));
    }
    if (type instanceof ArrayTypeName array) {
      return canonical(array.componentType()) + "[]";
    }
    if (type instanceof ClassName className) {
      return className.reflectionName();
    }
    return type.withoutAnnotations().toString();
  }
}
