/**
 * Waiting for long-running jobs: {@link io.recordgen.runtime.jobs.JobWaiter} polls with backoff
 * until a job completes or fails, within a timeout, reporting progress. Generated clients use it
 * for operations that return a job id.
 */
@NullMarked
package io.recordgen.runtime.jobs;

import org.jspecify.annotations.NullMarked;
