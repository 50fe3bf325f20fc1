package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One client method (with its overloads and asynchronous variants).
 *
 * @param methodName the Java method name
 * @param constantName the name of its {@code OperationSpec} constant in the implementation
 * @param responseConstantName the name of its {@code ResponseType} constant
 * @param callMethodName the name of the implementation's private method that builds the call
 * @param operationId the operationId on record (derived when the spec has none)
 * @param httpMethod the HTTP method in upper case
 * @param path the path template
 * @param javadoc summary and description, unescaped
 * @param deprecated whether the spec deprecates it
 * @param positional required parameters in spec order
 * @param body the request body, if any
 * @param options the record of optional parameters, if there are any
 * @param optional the optional parameters, in the order of the record's components
 * @param optionsParam the name of the options parameter
 * @param checksVariable the name of the local variable that collects violations
 * @param returnType what a success decodes into, or {@code void}
 * @param returnKind how the success body is read
 * @param returnJavadoc the success response's description
 * @param errors documented error responses
 * @param idempotent whether it may be resent
 * @param security names of the security schemes that authorise it
 * @param pager the method that pages through it, for offset/limit list operations
 * @param job the methods that wait for a job, for the operation that shows jobs
 * @param waits the method that waits for the job it starts, for operations that start one
 * @param headers the method that also returns the declared response headers, if any
 * @param pointer the JSON pointer of the operation
 */
public record OperationPlan(
    String methodName,
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
    String optionsParam,
    String checksVariable,
    TypeName returnType,
    ReturnKind returnKind,
    String returnJavadoc,
    List<ErrorPlan> errors,
    boolean idempotent,
    List<String> security,
    @Nullable PagerPlan pager,
    @Nullable JobPlan job,
    @Nullable JobWaitPlan waits,
    @Nullable HeadersPlan headers,
    String pointer) {

  public OperationPlan {
    positional = List.copyOf(positional);
    optional = List.copyOf(optional);
    errors = List.copyOf(errors);
    security = List.copyOf(security);
  }

  /** A copy that also waits for the job it starts. */
  public OperationPlan withWaits(JobWaitPlan value) {
    return new OperationPlan(
        methodName,
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
        optionsParam,
        checksVariable,
        returnType,
        returnKind,
        returnJavadoc,
        errors,
        idempotent,
        security,
        pager,
        job,
        value,
        headers,
        pointer);
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
