package io.recordgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.runtime.ConstraintViolationException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evolution policy of docs/evolution.md, case by case: a caller written against version 1 of
 * a spec is compiled (and, where it runs on its own, run) against version 2 after one change, and
 * the outcome is the one the policy's table states. Every caller compiles and runs against
 * version 1.
 */
class EvolutionPolicyTest {
  private static final String V1 =
      """
      openapi: 3.0.3
      info: {title: Pets, version: '1'}
      paths:
        /pets/{id}:
          get:
            operationId: getPet
            tags: [pets]
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              '200':
                description: the pet
                content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
      components:
        schemas:
          Pet:
            type: object
            required: [name]
            properties:
              name: {type: string}
              status: {$ref: '#/components/schemas/Status'}
          Status: {type: string, enum: [available, sold]}
      """;

  /** What a caller meets after a change. */
  enum Outcome {
    /** Its source compiles and it runs as before. */
    KEEPS,
    /** Its source no longer compiles. */
    BREAKS,
    /** It compiles, and the record it builds is refused: a value it never set is required. */
    REFUSED
  }

  /** One spec change. */
  enum Change {
    OPTIONAL_PROPERTY(
        s ->
            s.replace(
                "        name: {type: string}\n",
                "        name: {type: string}\n        tag: {type: string}\n")),
    OPTIONAL_PARAMETER(
        s ->
            s.replace(
                "        - {name: id, in: path, required: true, schema: {type: string}}\n",
                "        - {name: id, in: path, required: true, schema: {type: string}}\n"
                    + "        - {name: fields, in: query, schema: {type: string}}\n")),
    ENUM_VALUE(s -> s.replace("enum: [available, sold]", "enum: [available, sold, pending]")),
    PROPERTY_REQUIRED(s -> s.replace("required: [name]", "required: [name, status]")),
    PARAMETER_REQUIRED(
        s ->
            s.replace(
                "        - {name: id, in: path, required: true, schema: {type: string}}\n",
                "        - {name: id, in: path, required: true, schema: {type: string}}\n"
                    + "        - {name: version, in: query, required: true,"
                    + " schema: {type: integer}}\n")),
    NEW_OPERATION(
        s ->
            s.replace(
                "components:\n",
                "  /pets:\n    get:\n      operationId: countPets\n      tags: [pets]\n"
                    + "      responses: {'204': {description: none}}\ncomponents:\n"));

    final UnaryOperator<String> edit;

    Change(UnaryOperator<String> edit) {
      this.edit = edit;
    }
  }

  /**
   * One way of calling generated code.
   *
   * @param body the statements of {@code static Object run(PetsApi api)}, or a class body
   * @param runs whether it runs without a service (it builds records only)
   */
  enum Caller {
    CANONICAL_CONSTRUCTOR("return new Pet(\"rex\", null);", true),
    RECORD_BUILDER("return Pet.builder().name(\"rex\").build();", true),
    POSITIONAL_CALL("return api.getPet(\"p1\");", false),
    INPUT_BUILDER("return GetPetInput.builder().id(\"p1\").build();", true),
    INPUT_CONSTRUCTOR("return new GetPetInput(\"p1\");", true),
    EXHAUSTIVE_SWITCH(
        "return switch (Status.of(\"sold\").known()) {"
            + " case AVAILABLE -> 1; case SOLD -> 2; case UNRECOGNIZED -> 0; };",
        true),
    SWITCH_WITH_DEFAULT(
        "return switch (Status.of(\"sold\").known()) { case SOLD -> 2; default -> 0; };", true),
    FAKE(
        "return new PetsApi() { @Override public ApiResponse<Pet> getPetWithResponse("
            + "GetPetInput input, CallOptions options) { throw new UnsupportedOperationException(); }"
            + " };",
        true);

    final String body;
    final boolean runs;

    Caller(String body, boolean runs) {
      this.body = body;
      this.runs = runs;
    }
  }

  /** The policy's table: the outcome of each change for each caller not listed is KEEPS. */
  private static final Map<Change, Map<Caller, Outcome>> POLICY =
      Map.of(
          Change.OPTIONAL_PROPERTY, Map.of(Caller.CANONICAL_CONSTRUCTOR, Outcome.BREAKS),
          Change.OPTIONAL_PARAMETER, Map.of(Caller.INPUT_CONSTRUCTOR, Outcome.BREAKS),
          Change.ENUM_VALUE, Map.of(Caller.EXHAUSTIVE_SWITCH, Outcome.BREAKS),
          Change.PROPERTY_REQUIRED,
              Map.of(
                  Caller.CANONICAL_CONSTRUCTOR, Outcome.REFUSED,
                  Caller.RECORD_BUILDER, Outcome.REFUSED),
          Change.PARAMETER_REQUIRED,
              Map.of(
                  Caller.POSITIONAL_CALL, Outcome.BREAKS,
                  Caller.INPUT_CONSTRUCTOR, Outcome.BREAKS,
                  Caller.INPUT_BUILDER, Outcome.REFUSED),
          Change.NEW_OPERATION, Map.of(Caller.FAKE, Outcome.BREAKS));

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Change change : Change.values()) {
      for (Caller caller : Caller.values()) {
        cases.add(
            Arguments.of(change, caller, POLICY.get(change).getOrDefault(caller, Outcome.KEEPS)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with {1}: {2}")
  @MethodSource("cases")
  void aChangeDoesToACallerWhatThePolicySays(Change change, Caller caller, Outcome expected)
      throws Exception {
    assertThat(outcome(V1, caller)).as("against version 1").isEqualTo(Outcome.KEEPS);
    String v2 = change.edit.apply(V1);
    assertThat(v2).as("the change applies").isNotEqualTo(V1);

    assertThat(outcome(v2, caller)).isEqualTo(expected);
  }

  private static Outcome outcome(String spec, Caller caller) throws Exception {
    GenerationResult result =
        Recordgen.generate(
            new SpecSource("pets.yaml", spec.getBytes(StandardCharsets.UTF_8), null),
            GeneratorOptions.of("t"));
    assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
    List<JavaFileObject> sources = new ArrayList<>();
    for (SourceFile file : result.files()) {
      sources.add(JavaFileObjects.forSourceString(file.qualifiedName(), file.content()));
    }
    sources.add(
        JavaFileObjects.forSourceString(
            "t.caller.Caller",
            "package t.caller;\n"
                + "import io.recordgen.runtime.*;\nimport t.api.*;\nimport t.model.*;\n"
                + "public final class Caller {\n"
                + "  public static Object run(PetsApi api) {\n    "
                + caller.body
                + "\n  }\n}\n"));
    Compilation compilation = InMemory.compileSources(sources);
    if (compilation.status() != Compilation.Status.SUCCESS) {
      assertThat(InMemory.errors(compilation, 5))
          .as("only the caller breaks")
          .contains("Caller.java");
      return Outcome.BREAKS;
    }
    if (!caller.runs) {
      return Outcome.KEEPS;
    }
    ClassLoader loader = InMemory.load(compilation);
    try {
      loader
          .loadClass("t.caller.Caller")
          .getMethod("run", loader.loadClass("t.api.PetsApi"))
          .invoke(null, (Object) null);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof ConstraintViolationException) {
        return Outcome.REFUSED;
      }
      throw e;
    }
    return Outcome.KEEPS;
  }
}
