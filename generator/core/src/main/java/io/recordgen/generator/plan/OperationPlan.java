package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One client method (with its overloads and asynchronous variants).
 *
 * @param methodName the Java method name
 * @param asyncMethodName the name of its asynchronous variant, allocated like any method name
 * @param constantName the name of its {@code OperationSpec} constant in the implementation
 * @param responseConstantName the name of its {@code ResponseType} constant
 * @param callMethodName the name of the implementation's static method that builds the call
 * @param operationId the operationId on record (derived when the spec has none)
 * @param httpMethod the HTTP method in upper case
 * @param path the path template
 * @param javadoc summary and description, unescaped
 * @param deprecated whether the spec deprecates it
 * @param positional required parameters in spec order
 * @param body the request body, if any
 * @param options the record of optional parameters, if there are any
 * @param optional the optional parameters, in the order of the record's components
 * @param returnType what a success decodes into, or {@code void}
 * @param returnKind how the success body is read
 * @param returnJavadoc the success response's description
 * @param errors documented error responses
 * @param idempotentOverride whether it may be resent, when that differs from what the runtime
 *     assumes for its HTTP method; {@code null} when it does not
 * @param security names of the security schemes that authorise it
 * @param pager the method that pages through it, for offset/limit list operations
 * @param job the methods that wait for a job, for the operation that shows jobs
 * @param waits the method that waits for the job it starts, for operations that start one
 * @param headers the method that also returns the declared response headers, if any
 * @param pointer the JSON pointer of the operation
 * @param names the parameters and locals its methods declare besides the spec's parameters
 */
public record OperationPlan(
    String methodName,
    String asyncMethodName,
    String constantName,
    String responseConstantName,
    String callMethodName,
    String operationId,
    String httpMethod,
    String path,
    String javadoc,
    boolean deprecated,
    List<ParamPlan> positional,
    @Nullable BodyPlan body,
    @Nullable RecordPlan options,
    List<ParamPlan> optional,
    TypeName returnType,
    ReturnKind returnKind,
    String returnJavadoc,
    List<ErrorPlan> errors,
    @Nullable Boolean idempotentOverride,
    List<String> security,
    @Nullable PagerPlan pager,
    @Nullable JobPlan job,
    @Nullable JobWaitPlan waits,
    @Nullable HeadersPlan headers,
    String pointer,
    Names names) {

  public OperationPlan {
    positional = List.copyOf(positional);
    optional = List.copyOf(optional);
    errors = List.copyOf(errors);
    security = List.copyOf(security);
  }

  /**
   * The variables of an operation's methods besides the spec's parameters, allocated in one scope
   * with those parameters, so none clashes with another or with the implementation's fields.
   *
   * @param options the parameter of the optional parameters' record
   * @param violations the collector of violations of the call method
   * @param call the call method's builder
   * @param response the response a method keeps before reading it
   * @param jobId the id of the job a method waits for, a local or the probe's lambda parameter
   * @param waiter the parameter of the job waiter
   * @param client the {@code ApiClient} parameter of the job probe
   * @param first the first page's parameters of the pager
   * @param offset the pager's lambda parameter of the next offset
   * @param page the pager's lambda parameter of a page
   */
  public record Names(
      String options,
      String violations,
      String call,
      String response,
      String jobId,
      String waiter,
      String client,
      String first,
      String offset,
      String page) {}

  /** A copy that also waits for the job it starts. */
  public OperationPlan withWaits(JobWaitPlan value) {
    return new OperationPlan(
        methodName,
        asyncMethodName,
        constantName,
        responseConstantName,
        callMethodName,
        operationId,
        httpMethod,
        path,
        javadoc,
        deprecated,
        positional,
        body,
        options,
        optional,
        returnType,
        returnKind,
        returnJavadoc,
        errors,
        idempotentOverride,
        security,
        pager,
        job,
        value,
        headers,
        pointer,
        names);
  }

  /** How a success body is read, as the runtime's {@code ResponseType.Kind}. */
  public enum ReturnKind {
    /** No body is read. */
    NONE,
    /** Decoded from JSON. */
    JSON,
    /** Taken as text. */
    TEXT,
    /** Taken as bytes. */
    BYTES
  }

  /** Whether the method returns nothing. */
  public boolean returnsVoid() {
    return returnType.equals(TypeName.VOID);
  }
}
