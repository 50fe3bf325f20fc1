/** The backup client, generated for the contract checks' own tests. */
@GenerateClient(
    spec = "openapi/backup-api.yaml",
    packageName = "io.recordgen.contract.backup",
    overlays = "openapi/recordgen-overlay.yaml")
package io.recordgen.contract.backup;

import io.recordgen.runtime.GenerateClient;
