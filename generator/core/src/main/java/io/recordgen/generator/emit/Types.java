package io.recordgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** Classes generated code refers to. */
final class Types {
  static final String RUNTIME = "io.recordgen.runtime";

  static final ClassName API_CLIENT = ClassName.get(RUNTIME, "ApiClient");
  static final ClassName API_CALL = ClassName.get(RUNTIME, "ApiCall");
  static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");
  static final ClassName OPERATION_SPEC = ClassName.get(RUNTIME, "OperationSpec");
  static final ClassName RESPONSE_TYPE = ClassName.get(RUNTIME, "ResponseType");
  static final ClassName VIOLATIONS = ClassName.get(RUNTIME, "Violations");
  static final ClassName OPEN_ENUM = ClassName.get(RUNTIME, "OpenEnum");
  static final ClassName CONSTRAINT_VIOLATION =
      ClassName.get(RUNTIME, "ConstraintViolationException");
  static final ClassName TRANSPORT_EXCEPTION = ClassName.get(RUNTIME, "TransportException");
  static final ClassName DECODING_EXCEPTION = ClassName.get(RUNTIME, "DecodingException");

  static final ClassName PAGED = ClassName.get(RUNTIME, "Paged");
  static final ClassName MULTIPART = ClassName.get(RUNTIME, "Multipart");
  static final ClassName API_RESPONSE = ClassName.get(RUNTIME, "ApiResponse");
  static final ClassName HEADER_VALUES = ClassName.get(RUNTIME, "HeaderValues");
  static final ClassName JOB_WAITER = ClassName.get(RUNTIME + ".jobs", "JobWaiter");
  static final ClassName JOB_PROBE = ClassName.get(RUNTIME + ".jobs", "JobProbe");
  static final ClassName JOB_FIELDS = ClassName.get(RUNTIME + ".jobs", "JobFields");
  static final ClassName AWAITED = ClassName.get(RUNTIME + ".jobs", "Awaited");
  static final ClassName JOB_FAILED = ClassName.get(RUNTIME + ".jobs", "JobFailedException");
  static final ClassName JOB_TIMEOUT = ClassName.get(RUNTIME + ".jobs", "JobTimeoutException");

  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
  static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");

  static final ClassName JSON_PROPERTY =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_INCLUDE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
  static final ClassName JSON_IGNORE_PROPERTIES =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnoreProperties");
  static final ClassName JSON_CREATOR =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
  static final ClassName JSON_VALUE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");

  static final ClassName JSON_ANY_SETTER =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
  static final ClassName JSON_ANY_GETTER =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
  static final ClassName JSON_TYPE_INFO =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonTypeInfo");
  static final ClassName JSON_SUB_TYPES =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonSubTypes");
  static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  static final ClassName JSON_DESERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName UNION_DESERIALIZER = ClassName.get(RUNTIME, "UnionDeserializer");
  static final ClassName JSON_NULLABLE =
      ClassName.get("org.openapitools.jackson.nullable", "JsonNullable");

  /** {@code @JsonTypeInfo(use = NONE)}: a union member decodes as itself when asked for. */
  static final AnnotationSpec NO_TYPE_INFO =
      AnnotationSpec.builder(JSON_TYPE_INFO).addMember("use", "$T.Id.NONE", JSON_TYPE_INFO).build();

  /** {@code @JsonDeserialize(using = None.class)}: not through its union's decoder. */
  static final AnnotationSpec OWN_DESERIALIZER =
      AnnotationSpec.builder(JSON_DESERIALIZE)
          .addMember("using", "$T.None.class", JSON_DESERIALIZER)
          .build();

  /** {@code @JsonCreator(mode = DELEGATING)}. */
  static final AnnotationSpec DELEGATING_CREATOR =
      AnnotationSpec.builder(JSON_CREATOR)
          .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR)
          .build();

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  static final AnnotationSpec GENERATED_ANNOTATION =
      AnnotationSpec.builder(GENERATED).addMember("value", "$S", "io.recordgen").build();

  private Types() {}
}
