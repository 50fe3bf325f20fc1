/**
 * The runtime that generated Recordgen clients run on.
 *
 * <p>Users see {@link io.recordgen.runtime.ApiClient} (configuration), the exception hierarchy
 * rooted at {@link io.recordgen.runtime.RecordgenException} and the validation types; generated
 * code additionally uses {@link io.recordgen.runtime.support.ApiCall}, {@link
 * io.recordgen.runtime.support.OperationSpec} and {@link io.recordgen.runtime.support.Violations}.
 */
@NullMarked
package io.recordgen.runtime;

import org.jspecify.annotations.NullMarked;
