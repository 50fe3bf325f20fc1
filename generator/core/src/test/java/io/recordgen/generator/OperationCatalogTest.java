package io.recordgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.plan.OperationEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The operation catalog names exactly what the generated client declares. */
class OperationCatalogTest {
  @Test
  void namesTheInterfaceMethodInputAndWhatEachComponentCarries() throws Exception {
    Path dir = Golden.sourceResources().resolve("golden").resolve("overlay-client-param");
    GeneratorOptions options = Golden.options(dir, "golden.overlayclientparam");
    SpecSource spec =
        new SpecSource("spec.yaml", Files.readAllBytes(dir.resolve("spec.yaml")), dir);

    OperationCatalog catalog = Recordgen.operations(spec, options);

    assertThat(catalog.diagnostics()).noneMatch(d -> d.isError());
    assertThat(catalog.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.operationId()).isEqualTo("listBackups");
              assertThat(entry.httpMethod()).isEqualTo("GET");
              assertThat(entry.path()).isEqualTo("/v3/{project_id}/backups");
              assertThat(entry.api()).isEqualTo("golden.overlayclientparam.api.BackupsApi");
              assertThat(entry.create()).isEqualTo("create");
              assertThat(entry.method()).isEqualTo("listBackupsWithResponse");
              assertThat(entry.input()).isEqualTo("golden.overlayclientparam.api.ListBackupsInput");
              assertThat(entry.returns()).isEqualTo("java.util.List<java.lang.String>");
              assertThat(entry.bound()).containsExactly("project_id");
              assertThat(entry.arguments())
                  .containsExactly(
                      new OperationEntry.Argument(
                          "projectId", "path", "project_id", "java.lang.String", false),
                      new OperationEntry.Argument(
                          "limit", "query", "limit", "java.lang.Integer", false));
            });
    // The same names the generated sources declare.
    String api =
        Golden.read(dir.resolve("expected")).get("golden/overlayclientparam/api/BackupsApi.java");
    assertThat(api)
        .contains("static BackupsApi create(ApiClient client, String projectId)")
        .contains("listBackupsWithResponse(ListBackupsInput input, CallOptions options)");
  }
}
