/**
 * What generated code calls, not for users: the call a generated method builds ({@link
 * io.recordgen.runtime.support.ApiCall}, {@link io.recordgen.runtime.support.OperationSpec},
 * {@link io.recordgen.runtime.support.ResponseType}), the checks of its compact constructors
 * ({@link io.recordgen.runtime.support.Violations}, {@link
 * io.recordgen.runtime.support.StringPattern}), multipart bodies and the runtime-level guard.
 *
 * <p>These types change with the generator, and only as far as the code it generates needs:
 * code of your own should use the generated interfaces and {@code io.recordgen.runtime}, which
 * keep their compatibility. A hand-written call for an operation a spec lacks can use {@code
 * ApiCall} with {@link io.recordgen.runtime.ApiClient#exchange}, knowing that.
 */
@NullMarked
package io.recordgen.runtime.support;

import org.jspecify.annotations.NullMarked;
