/** Runtime internals: not API, may change in any release. */
@NullMarked
package io.recordgen.runtime.internal;

import org.jspecify.annotations.NullMarked;
