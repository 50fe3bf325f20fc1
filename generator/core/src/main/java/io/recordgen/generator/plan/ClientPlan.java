package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The client for one tag: a public interface and its package-private implementation.
 *
 * @param api the interface
 * @param implementation the implementation class
 * @param javadoc the tag's description, unescaped
 * @param operations its operations in spec order
 * @param names the identifiers of the code around the operations
 */
public record ClientPlan(
    ClassName api,
    ClassName implementation,
    String javadoc,
    List<OperationPlan> operations,
    Names names) {
  public ClientPlan {
    operations = List.copyOf(operations);
  }

  /** A copy with other operations. */
  public ClientPlan withOperations(List<OperationPlan> value) {
    return new ClientPlan(api, implementation, javadoc, value, names);
  }

  /**
   * The identifiers of a client's own code.
   *
   * @param create the interface's static factory
   * @param createParameter its parameter
   * @param clientField the implementation's field that holds the {@code ApiClient}, named clear of
   *     every variable of its methods
   * @param constructorParameter the implementation constructor's parameter
   */
  public record Names(
      String create, String createParameter, String clientField, String constructorParameter) {}
}
