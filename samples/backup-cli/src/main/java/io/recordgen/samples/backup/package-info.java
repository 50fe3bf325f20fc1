/**
 * The TaurusDB backup client, generated here from {@code openapi/backup-api.yaml} by the
 * Recordgen annotation processor: records in {@code .model}, {@code BackupsApi} in {@code .api}.
 * Recordgen's markings of the API (jobs, paging, the client's project id) come from an OpenAPI
 * Overlay and its Java names from a configuration, so the API's description stays the API's.
 */
@GenerateClient(
    spec = "openapi/backup-api.yaml",
    packageName = "io.recordgen.samples.backup",
    overlays = "openapi/recordgen-overlay.yaml",
    config = "openapi/recordgen.yaml")
@NullMarked
package io.recordgen.samples.backup;

import io.recordgen.runtime.GenerateClient;
import org.jspecify.annotations.NullMarked;
