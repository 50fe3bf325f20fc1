package io.recordgen.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import io.recordgen.runtime.RecordgenException;

/**
 * A request the client was about to send, or a response it received, does not match the spec;
 * the message is the validator's report.
 */
public final class ContractViolationException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  public ContractViolationException(String message, ValidationReport report) {
    super(message);
    this.report = report;
  }

  /** The validator's full report. */
  public ValidationReport report() {
    return report;
  }
}
