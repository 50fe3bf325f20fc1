package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ...WithHeaders} method of an operation whose success response declares headers:
 * it returns a record of the body and every declared header, typed.
 *
 * @param methodName the method's name, such as {@code listPetsWithHeaders}
 * @param result the record planned for the result
 * @param bodyComponent the result's component of the body, or {@code null} without a body
 * @param headers the declared headers in spec order
 */
public record HeadersPlan(
    String methodName, RecordPlan result, @Nullable String bodyComponent, List<Header> headers) {

  public HeadersPlan {
    headers = List.copyOf(headers);
  }

  /** The result type. */
  public ClassName resultType() {
    return result.name();
  }

  /**
   * One declared header.
   *
   * @param component the result's component of it
   * @param name the header name
   * @param type its Java type (a plain value type: anything richer is a {@code String})
   */
  public record Header(String component, String name, TypeName type) {}
}
