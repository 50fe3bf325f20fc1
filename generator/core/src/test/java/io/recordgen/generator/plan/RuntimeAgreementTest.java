package io.recordgen.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.model.HttpMethod;
import io.recordgen.runtime.ApiException;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.support.StringPattern;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the generator assumes of the runtime, checked against the runtime itself, so that the two
 * cannot drift apart: the exception of every status, the methods resent without being told, the
 * media type a body is sent as by default, which patterns compile, and every runtime type the
 * generated code names.
 */
class RuntimeAgreementTest {
  private static final OperationSpec OPERATION = OperationSpec.of("probe", "GET", "/probe");

  @Test
  void generatedCodeNeedsTheLevelOfTheRuntimeItIsBuiltWith() {
    assertThat(Compatibility.RUNTIME_LEVEL)
        .isEqualTo(io.recordgen.runtime.support.RuntimeLevel.CURRENT);
    assertThat(Compatibility.generatorVersion())
        .isEqualTo(io.recordgen.runtime.support.RuntimeLevel.version())
        .doesNotContain("${");
  }

  @Test
  void everyStatusDocumentsTheExceptionTheRuntimeThrows() throws Exception {
    for (int status = 400; status < 600; status++) {
      Class<?> thrown = thrown(status);
      assertThat(thrown.getName())
          .as("status %d", status)
          .isEqualTo(StatusExceptions.of(String.valueOf(status)).canonicalName());
    }
  }

  @Test
  void aRangeOrDefaultDocumentsAnExceptionThatEveryStatusItCoversIs() throws Exception {
    for (String range : List.of("4XX", "5XX", "4xx", "default")) {
      Class<?> documented = load(StatusExceptions.of(range));
      int from = range.startsWith("4") ? 400 : range.startsWith("5") ? 500 : 400;
      int to = range.equals("default") ? 600 : from + 100;
      for (int status = from; status < to; status++) {
        assertThat(documented).as("%s covers %d", range, status).isAssignableFrom(thrown(status));
      }
    }
    assertThat(load(StatusExceptions.of("default"))).isEqualTo(ApiException.class);
  }

  @Test
  void theMethodsResentWithoutBeingToldAreTheRuntimes() {
    for (HttpMethod method : HttpMethod.values()) {
      assertThat(RuntimeDefaults.idempotent(method))
          .as("%s", method)
          .isEqualTo(OperationSpec.of("x", method.name(), "/x").idempotent());
    }
  }

  @Test
  void aBodySentWithoutAMediaTypeIsSentAsTheDefaultMediaType() {
    ApiCall<Void> call = ApiCall.builder(OPERATION, ResponseType.none()).body("x").build();
    assertThat(call.contentType()).isEqualTo(BodyPlanner.DEFAULT_MEDIA_TYPE);
  }

  @Test
  void thePatternsTheGeneratorAcceptsAreThoseTheRuntimeCompiles() {
    List<String> patterns =
        List.of(
            "^[a-z]+$",
            "^[A-Za-z0-9]{32}in07$",
            "^\\d{4}-\\d{2}$",
            "[a-z",
            "(?<name>x)\\k<name>",
            "^(a|b)*$",
            "a{2,1}",
            "\\p{L}+",
            "\\p{Nope}",
            "^\\u00e9$",
            "(?=x)x",
            "*a",
            "^$",
            "",
            "^[^\\]]+$",
            "\\",
            "^a{0,300}$",
            "x(?!y)",
            "^[\\w.-]+@[\\w.-]+$");
    List<String> disagreements = new ArrayList<>();
    for (String pattern : patterns) {
      boolean generator = Constraints.patternProblem(pattern) == null;
      boolean runtime;
      try {
        StringPattern.compile(pattern);
        runtime = true;
      } catch (IllegalArgumentException e) {
        runtime = false;
      }
      if (generator != runtime) {
        disagreements.add(pattern + ": generator " + generator + ", runtime " + runtime);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void everyExternalTypeTheGeneratedCodeNamesExists() {
    List<String> missing = new ArrayList<>();
    for (ClassName type : ExternalTypes.all()) {
      try {
        load(type);
      } catch (ClassNotFoundException e) {
        missing.add(type.canonicalName());
      }
    }
    assertThat(missing).isEmpty();
  }

  /** The class the runtime throws for a response of {@code status}. */
  private static Class<?> thrown(int status) throws Exception {
    Class<?> mapping = Class.forName("io.recordgen.runtime.ErrorMapping");
    Method toException =
        mapping.getDeclaredMethod(
            "toException", OperationSpec.class, Response.class, JsonCodec.class);
    toException.setAccessible(true);
    Response response = new Response(status, Headers.empty(), new byte[0]);
    return toException.invoke(null, OPERATION, response, JsonCodec.defaultCodec()).getClass();
  }

  private static Class<?> load(ClassName type) throws ClassNotFoundException {
    String binary = type.reflectionName();
    return Class.forName(binary, false, RuntimeAgreementTest.class.getClassLoader());
  }
}
