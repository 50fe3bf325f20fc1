/**
 * Spec-driven contract checks for tests: a {@link io.recordgen.contract.StubServer} that serves a
 * spec's examples and rejects requests the spec does not allow, request and response validation
 * for the runtime's interceptor chain, example round-trips through generated records, and a
 * breaking-change check between two versions of a spec.
 */
@NullMarked
package io.recordgen.contract;

import org.jspecify.annotations.NullMarked;
