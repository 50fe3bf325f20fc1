package io.recordgen.runtime.jobs;

/**
 * The response of an operation that starts a job, with the job once it completed.
 *
 * @param response the operation's own response
 * @param job the completed job
 * @param <R> the operation's response type
 * @param <J> the job response type
 */
public record Awaited<R, J>(R response, J job) {}
