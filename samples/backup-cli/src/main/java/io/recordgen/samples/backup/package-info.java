/**
 * The TaurusDB backup client, generated here from {@code openapi/backup-api.yaml} by the
 * Recordgen annotation processor: records in {@code .model}, {@code BackupsApi} in {@code .api}.
 */
@GenerateClient(spec = "openapi/backup-api.yaml", packageName = "io.recordgen.samples.backup")
@NullMarked
package io.recordgen.samples.backup;

import io.recordgen.runtime.GenerateClient;
import org.jspecify.annotations.NullMarked;
