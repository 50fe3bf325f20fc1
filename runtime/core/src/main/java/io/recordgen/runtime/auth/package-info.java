/**
 * Authentication as interceptors: a static token, an IAM token provider, AK/SK request signing.
 * Generated code never knows which one a client uses.
 */
@NullMarked
package io.recordgen.runtime.auth;

import org.jspecify.annotations.NullMarked;
