package io.recordgen.runtime.jobs;

/** Where a job is in its life. */
public enum JobState {
  /** Accepted, not started; also a job the service does not show yet. */
  PENDING,
  /** Under way. */
  RUNNING,
  /** Done. */
  COMPLETED,
  /** Ended without success. */
  FAILED
}
