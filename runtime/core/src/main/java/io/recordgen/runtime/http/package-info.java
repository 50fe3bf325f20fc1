/**
 * The HTTP exchange as interceptors see it: immutable {@link io.recordgen.runtime.http.Request}
 * and {@link io.recordgen.runtime.http.Response}, and the {@link
 * io.recordgen.runtime.http.Interceptor} chain that auth, retries and logging plug into.
 */
@NullMarked
package io.recordgen.runtime.http;

import org.jspecify.annotations.NullMarked;
