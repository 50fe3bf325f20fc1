package io.recordgen.runtime;

import io.recordgen.runtime.http.Headers;

/**
 * A successful response with its status and headers, for callers that need more than the body
 * (response headers such as {@code X-Subject-Token}).
 *
 * @param status the 2xx status
 * @param headers the response headers
 * @param body the decoded body; {@code null} only for {@link ResponseType#none()}
 * @param <T> the body type
 */
public record ApiResponse<T>(int status, Headers headers, T body) {}
