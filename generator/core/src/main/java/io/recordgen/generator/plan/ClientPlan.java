package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The client for one tag: a public interface and its package-private implementation, and the
 * asynchronous interface and its implementation on top of the first.
 *
 * @param api the interface
 * @param implementation the implementation class
 * @param asyncApi the asynchronous interface
 * @param asyncImplementation its implementation
 * @param javadoc the tag's description, unescaped
 * @param operations its operations in spec order
 * @param bound the parameters set once when the client is created, in order of first use
 * @param names the identifiers of the code around the operations
 */
public record ClientPlan(
    ClassName api,
    ClassName implementation,
    ClassName asyncApi,
    ClassName asyncImplementation,
    String javadoc,
    List<OperationPlan> operations,
    List<Bound> bound,
    Names names) {
  public ClientPlan {
    operations = List.copyOf(operations);
    bound = List.copyOf(bound);
  }

  /** A copy with other operations. */
  public ClientPlan withOperations(List<OperationPlan> value) {
    return new ClientPlan(
        api, implementation, asyncApi, asyncImplementation, javadoc, value, bound, names);
  }

  /**
   * A parameter that is set once when the client is created ({@code
   * x-recordgen-client-param}): it leaves every method, and a call's input may still override it.
   *
   * @param wireName its name on the wire
   * @param parameter the factory's and the constructor's parameter
   * @param field the implementation's field that keeps it
   * @param type its Java type
   * @param javadoc its description, unescaped
   * @param checks what the constructor checks of it
   * @param sensitive whether its value must never be shown
   */
  public record Bound(
      String wireName,
      String parameter,
      String field,
      TypeName type,
      String javadoc,
      List<Check> checks,
      boolean sensitive) {
    public Bound {
      checks = List.copyOf(checks);
    }

    /** Whether the client must be created with a value. */
    public boolean required() {
      return checks.stream().anyMatch(Check.Required.class::isInstance);
    }
  }

  /**
   * The identifiers of a client's own code.
   *
   * @param create the interface's static factory
   * @param createParameter its parameter of the {@code ApiClient}
   * @param clientField the implementation's field that holds the {@code ApiClient}, named clear of
   *     every variable of its methods
   * @param constructorParameter the implementation constructor's parameter of it
   * @param violations the constructor's collector of violations of bound values
   * @param calls the asynchronous implementation's field that holds the blocking one, whose
   *     methods build the calls
   */
  public record Names(
      String create,
      String createParameter,
      String clientField,
      String constructorParameter,
      String violations,
      String calls) {}
}
