package io.recordgen.huaweicloud;

import io.recordgen.runtime.ApiClient;

/**
 * Huawei Cloud's conventions beyond authentication.
 *
 * <pre>{@code
 * ApiClient client = HuaweiCloud.language(ApiClient.builder(), "en-us")
 *     .endpoint(URI.create("https://gaussdb.cn-north-4.myhuaweicloud.com"))
 *     .auth(AkSkSigner.of(AkSkCredentials.of(ak, sk)))
 *     .build();
 * }</pre>
 */
public final class HuaweiCloud {
  /** The header that chooses the language of the service's messages. */
  public static final String LANGUAGE = "X-Language";

  private HuaweiCloud() {}

  /**
   * Sends {@code X-Language} with every call, such as {@code en-us} or {@code zh-cn}; an
   * operation's own {@code X-Language} parameter overrides it.
   */
  public static ApiClient.Builder language(ApiClient.Builder builder, String value) {
    return builder.defaultHeader(LANGUAGE, value);
  }
}
