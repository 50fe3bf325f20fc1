/**
 * Huawei Cloud for Recordgen clients: {@link io.recordgen.huaweicloud.AkSkSigner} signs requests
 * with a permanent or temporary access key ({@code SDK-HMAC-SHA256}), {@link
 * io.recordgen.huaweicloud.IamTokenProvider} obtains and refreshes IAM tokens, {@link
 * io.recordgen.huaweicloud.StaticTokenAuth} sends a token you already have, and {@link
 * io.recordgen.huaweicloud.HuaweiCloud} sets {@code X-Language}.
 */
@NullMarked
package io.recordgen.huaweicloud;

import org.jspecify.annotations.NullMarked;
