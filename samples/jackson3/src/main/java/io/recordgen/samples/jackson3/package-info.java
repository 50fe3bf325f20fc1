/**
 * The TaurusDB backup client generated from {@code openapi/backup-api.yaml}, in an application
 * that has Jackson 3 and no Jackson 2: generated code needs only {@code jackson-annotations}.
 */
@GenerateClient(
    spec = "openapi/backup-api.yaml",
    packageName = "io.recordgen.samples.jackson3",
    overlays = "openapi/recordgen-overlay.yaml")
@NullMarked
package io.recordgen.samples.jackson3;

import io.recordgen.runtime.GenerateClient;
import org.jspecify.annotations.NullMarked;
