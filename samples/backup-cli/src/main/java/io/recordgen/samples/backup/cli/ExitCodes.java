package io.recordgen.samples.backup.cli;

/** The process exit codes of {@code backup-cli}. */
final class ExitCodes {
  /** The command did what it was asked. */
  static final int OK = 0;

  /** The input was invalid: bad options, or values the spec's constraints refuse. */
  static final int INVALID_INPUT = 2;

  /** The service answered with an error. */
  static final int API_ERROR = 3;

  /** No usable answer: connection, timeout, or a response that could not be read. */
  static final int TRANSPORT_ERROR = 4;

  private ExitCodes() {}
}
