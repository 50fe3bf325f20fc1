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
 */
public record ClientPlan(
    ClassName api, ClassName implementation, String javadoc, List<OperationPlan> operations) {
  public ClientPlan {
    operations = List.copyOf(operations);
  }
}
