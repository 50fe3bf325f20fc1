package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every type that generated code refers to and does not generate: the JDK's, the runtime's,
 * Jackson's annotations and JSpecify's. Planners and emitters take them from here, so that the
 * naming authority knows every simple name a generated type could clash with, and a test can
 * check each runtime name against the runtime itself.
 */
public final class ExternalTypes {
  /** The runtime's package. */
  public static final String RUNTIME = "io.recordgen.runtime";

  public static final String SUPPORT = "io.recordgen.runtime.support";

  private static final String JOBS = RUNTIME + ".jobs";
  private static final String JACKSON = "com.fasterxml.jackson.annotation";

  // java.lang
  public static final ClassName STRING = ClassName.get("java.lang", "String");
  public static final ClassName OBJECT = ClassName.get("java.lang", "Object");
  public static final ClassName INTEGER = ClassName.get("java.lang", "Integer");
  public static final ClassName LONG = ClassName.get("java.lang", "Long");
  public static final ClassName FLOAT = ClassName.get("java.lang", "Float");
  public static final ClassName DOUBLE = ClassName.get("java.lang", "Double");
  public static final ClassName BOOLEAN = ClassName.get("java.lang", "Boolean");
  public static final ClassName VOID = ClassName.get("java.lang", "Void");
  public static final ClassName MATH = ClassName.get("java.lang", "Math");
  public static final ClassName OVERRIDE = ClassName.get("java.lang", "Override");
  public static final ClassName DEPRECATED = ClassName.get("java.lang", "Deprecated");

  // the JDK beyond java.lang
  public static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
  public static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
  public static final ClassName LOCAL_DATE = ClassName.get("java.time", "LocalDate");
  public static final ClassName UUID = ClassName.get("java.util", "UUID");
  public static final ClassName URI = ClassName.get("java.net", "URI");
  public static final ClassName LIST = ClassName.get("java.util", "List");
  public static final ClassName SET = ClassName.get("java.util", "Set");
  public static final ClassName MAP = ClassName.get("java.util", "Map");
  public static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  public static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  public static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  public static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  public static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  public static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
  public static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  public static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  // the runtime
  public static final ClassName API_CLIENT = ClassName.get(RUNTIME, "ApiClient");
  public static final ClassName API_CALL = ClassName.get(SUPPORT, "ApiCall");
  public static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");
  public static final ClassName API_RESPONSE = ClassName.get(RUNTIME, "ApiResponse");
  public static final ClassName CALL_OPTIONS = ClassName.get(RUNTIME, "CallOptions");
  public static final ClassName HEADER_KEY = ClassName.get(RUNTIME, "HeaderKey");
  public static final ClassName PAGES = ClassName.get(RUNTIME, "Pages");
  public static final ClassName OPERATION_SPEC = ClassName.get(SUPPORT, "OperationSpec");
  public static final ClassName RESPONSE_TYPE = ClassName.get(SUPPORT, "ResponseType");
  public static final ClassName VIOLATIONS = ClassName.get(SUPPORT, "Violations");
  public static final ClassName OPEN_ENUM = ClassName.get(RUNTIME, "OpenEnum");
  public static final ClassName STRING_PATTERN = ClassName.get(SUPPORT, "StringPattern");
  public static final ClassName RUNTIME_LEVEL = ClassName.get(SUPPORT, "RuntimeLevel");
  public static final ClassName SECRET = ClassName.get(RUNTIME + ".auth", "Secret");
  public static final ClassName BEARER_AUTH = ClassName.get(RUNTIME + ".auth", "BearerAuth");
  public static final ClassName BASIC_AUTH = ClassName.get(RUNTIME + ".auth", "BasicAuth");
  public static final ClassName API_KEY_AUTH = ClassName.get(RUNTIME + ".auth", "ApiKeyAuth");
  public static final ClassName API_KEY_LOCATION = API_KEY_AUTH.nestedClass("Location");
  public static final ClassName OAUTH2_CLIENT_CREDENTIALS =
      ClassName.get(RUNTIME + ".auth", "OAuth2ClientCredentials");
  public static final ClassName BYTES = ClassName.get(RUNTIME, "Bytes");
  public static final ClassName UPLOAD = ClassName.get(RUNTIME, "Upload");
  public static final ClassName DOWNLOAD = ClassName.get(RUNTIME, "Download");
  public static final ClassName EVENT_STREAM = ClassName.get(RUNTIME, "EventStream");
  public static final ClassName PAGED = ClassName.get(RUNTIME, "Paged");
  public static final ClassName MULTIPART = ClassName.get(SUPPORT, "Multipart");
  public static final ClassName TRISTATE = ClassName.get(RUNTIME + ".json", "Tristate");
  public static final ClassName TYPE_TOKEN = ClassName.get(RUNTIME + ".json", "TypeToken");
  public static final ClassName JSON_UNION = ClassName.get(RUNTIME + ".json", "JsonUnion");
  public static final ClassName UNION_ALTERNATIVE =
      ClassName.get(RUNTIME + ".json", "UnionAlternative");
  public static final ClassName UNION_RULES = ClassName.get(RUNTIME + ".json", "UnionRules");
  public static final ClassName UNION_ALTERNATIVES =
      ClassName.get(RUNTIME + ".json", "UnionAlternatives");
  public static final ClassName CONSTRAINT_VIOLATION =
      ClassName.get(RUNTIME, "ConstraintViolationException");
  public static final ClassName TRANSPORT_EXCEPTION = ClassName.get(RUNTIME, "TransportException");
  public static final ClassName DECODING_EXCEPTION = ClassName.get(RUNTIME, "DecodingException");
  public static final ClassName JOB_WAITER = ClassName.get(JOBS, "JobWaiter");
  public static final ClassName JOB_PROBE = ClassName.get(JOBS, "JobProbe");
  public static final ClassName JOB_STATES = ClassName.get(JOBS, "JobStates");
  public static final ClassName AWAITED = ClassName.get(JOBS, "Awaited");
  public static final ClassName JOB_FAILED = ClassName.get(JOBS, "JobFailedException");
  public static final ClassName JOB_TIMEOUT = ClassName.get(JOBS, "JobTimeoutException");

  // annotations and Jackson
  public static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
  public static final ClassName NULL_MARKED =
      ClassName.get("org.jspecify.annotations", "NullMarked");
  public static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  public static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  public static final ClassName JSON_IGNORE_PROPERTIES =
      ClassName.get(JACKSON, "JsonIgnoreProperties");
  public static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  public static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  public static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
  public static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
  public static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON, "JsonTypeInfo");
  public static final ClassName JSON_SUB_TYPES = ClassName.get(JACKSON, "JsonSubTypes");

  // nested types of the above
  public static final ClassName API_CALL_BUILDER = API_CALL.nestedClass("Builder");
  public static final ClassName UNION_SHAPE = UNION_ALTERNATIVE.nestedClass("Shape");
  public static final ClassName TRISTATE_ABSENT = TRISTATE.nestedClass("Absent");
  public static final ClassName JSON_SUB_TYPE = JSON_SUB_TYPES.nestedClass("Type");

  private static final List<ClassName> ALL = collect();

  private ExternalTypes() {}

  /** Every external type, in declaration order. */
  public static List<ClassName> all() {
    return ALL;
  }

  private static List<ClassName> collect() {
    List<ClassName> all = new ArrayList<>();
    for (Field field : ExternalTypes.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ClassName.class) {
        try {
          all.add((ClassName) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Collections.unmodifiableList(all);
  }
}
