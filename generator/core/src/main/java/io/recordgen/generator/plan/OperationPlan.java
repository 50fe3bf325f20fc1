package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One operation of a client: its one abstract method, {@code <op>WithResponse(input, options)},
 * and the conveniences on top of it.
 *
 * @param id what the spec says of the operation
 * @param methods the names of its methods and of its constants in the implementation
 * @param input the record of every parameter and the body
 * @param params every parameter, in the order of the input's components
 * @param body the request body, if any
 * @param outcome what a success returns, and the errors it documents
 * @param transport how the runtime sends it
 * @param pager the methods that page through it, for offset/limit list operations
 * @param job the method that waits for a job, for the operation that shows jobs
 * @param waits the method that waits for the job it starts, for operations that start one
 * @param variables the parameters and locals its methods declare
 */
public record OperationPlan(
    Identity id,
    Methods methods,
    RecordPlan input,
    List<ParamPlan> params,
    @Nullable BodyPlan body,
    Outcome outcome,
    Transport transport,
    @Nullable PagerPlan pager,
    @Nullable JobPlan job,
    @Nullable JobWaitPlan waits,
    Variables variables) {

  public OperationPlan {
    params = List.copyOf(params);
  }

  /**
   * What the spec says of an operation.
   *
   * @param operationId the operationId on record (derived when the spec has none)
   * @param httpMethod the HTTP method in upper case
   * @param path the path template
   * @param javadoc summary and description, unescaped
   * @param deprecated whether the spec deprecates it
   * @param pointer the JSON pointer of the operation
   */
  public record Identity(
      String operationId,
      String httpMethod,
      String path,
      String javadoc,
      boolean deprecated,
      String pointer) {}

  /**
   * The names of an operation's methods and constants.
   *
   * @param withResponse the abstract method, which returns the whole response
   * @param plain the conveniences that return the body
   * @param constant its {@code OperationSpec} constant in the implementation
   * @param responseConstant its {@code ResponseType} constant
   * @param call the implementation's method that turns an input into the call, which the
   *     blocking and the asynchronous implementation share
   */
  public record Methods(
      String withResponse, String plain, String constant, String responseConstant, String call) {}

  /**
   * What a success returns.
   *
   * @param type what the body decodes into, or {@code Void}
   * @param kind how the body is read
   * @param javadoc the success response's description
   * @param errors documented error responses
   * @param headers the keys of the headers the success response declares, if any
   */
  public record Outcome(
      TypeName type,
      ReturnKind kind,
      String javadoc,
      List<ErrorPlan> errors,
      @Nullable HeadersPlan headers) {
    public Outcome {
      errors = List.copyOf(errors);
    }

    /** Whether the operation returns no body. */
    public boolean returnsVoid() {
      return kind == ReturnKind.NONE;
    }
  }

  /**
   * How the runtime sends an operation.
   *
   * @param idempotentOverride whether it may be resent, when that differs from what the runtime
   *     assumes for its HTTP method; {@code null} when it does not
   * @param security names of the security schemes that authorise it
   * @param idempotencyKey the request header that carries an idempotency key, when the spec
   *     declares one; the runtime then sends one key on every attempt and resends safely
   * @param errorCode the JSON pointer of the service's error code in its error bodies, when the
   *     spec's error schemas show one
   * @param errorMessage the JSON pointer of the error message, likewise
   */
  public record Transport(
      @Nullable Boolean idempotentOverride,
      List<String> security,
      @Nullable String idempotencyKey,
      @Nullable String errorCode,
      @Nullable String errorMessage) {
    public Transport {
      security = List.copyOf(security);
    }
  }

  /**
   * The variables an operation's methods declare besides the input's components, allocated in
   * one scope so none clashes with another or with the implementation's fields.
   *
   * @param input the parameter of the input record
   * @param options the parameter of the call options
   * @param call the implementation's call builder
   * @param waiter the parameter of the job waiter
   * @param jobs the parameter of the client that shows the job, when it is another client
   * @param response the response a method keeps before reading it
   * @param jobId the id of the job a method waits for, or a lambda's parameter of it
   * @param jobInput the input of the operation that shows the job
   * @param job the lambdas' parameter of a job
   * @param offset the pager's lambda parameter of the next offset
   * @param page the pager's lambda parameter of a page
   */
  public record Variables(
      String input,
      String options,
      String call,
      String waiter,
      String jobs,
      String response,
      String jobId,
      String jobInput,
      String job,
      String offset,
      String page) {}

  /** How a success body is read, as the runtime's {@code ResponseType.Kind}. */
  public enum ReturnKind {
    /** No body is read. */
    NONE,
    /** Decoded from JSON. */
    JSON,
    /** Taken as text. */
    TEXT,
    /** Handed over on the connection, as a {@code Download}. */
    DOWNLOAD,
    /** Server-sent events, as an {@code EventStream}. */
    EVENTS
  }

  /** A copy that also waits for the job it starts. */
  public OperationPlan withWaits(JobWaitPlan value) {
    return new OperationPlan(
        id, methods, input, params, body, outcome, transport, pager, job, value, variables);
  }

  /** A copy with other parameters, such as bound ones. */
  public OperationPlan withParams(List<ParamPlan> value) {
    return new OperationPlan(
        id, methods, input, value, body, outcome, transport, pager, job, waits, variables);
  }

  /** The input record's class. */
  public ClassName inputType() {
    return input.name();
  }
}
