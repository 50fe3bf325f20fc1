package io.recordgen.runtime.jobs;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a poll found, for progress callbacks.
 *
 * @param jobId the job
 * @param state its state
 * @param status the status as the service wrote it, or {@code null} before the job is visible
 * @param progress the service's progress text, such as {@code 60%}, if it gives one
 * @param poll which poll this was, from 1
 * @param elapsed time since waiting started
 */
public record JobProgress(
    String jobId,
    JobState state,
    @Nullable String status,
    @Nullable String progress,
    int poll,
    Duration elapsed) {}
