package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The headers a success response declares, as typed keys: a class of {@code HeaderKey}
 * constants that read them from the {@code ApiResponse}.
 *
 * @param name the class of the keys, such as {@code ListPetsHeaders}
 * @param operation the operation, for documentation
 * @param headers the declared headers in spec order
 */
public record HeadersPlan(ClassName name, String operation, List<Header> headers)
    implements TypePlan {

  public HeadersPlan {
    headers = List.copyOf(headers);
  }

  /**
   * One declared header.
   *
   * @param constant the key's constant
   * @param name the header name
   * @param type its Java type (a plain value type: anything richer is a {@code String})
   * @param javadoc its description, unescaped
   */
  public record Header(String constant, String name, TypeName type, String javadoc) {}
}
