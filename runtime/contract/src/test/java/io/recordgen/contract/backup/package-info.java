/** The backup client, generated for the contract checks' own tests. */
@GenerateClient(spec = "openapi/backup-api.yaml", packageName = "io.recordgen.contract.backup")
package io.recordgen.contract.backup;

import io.recordgen.runtime.GenerateClient;
