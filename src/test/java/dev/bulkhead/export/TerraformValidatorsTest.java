package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample, every option, both layouts and every tenants mode, through the shared manifest-check's Terraform
 * check (HashiCorp's HCL parser, unresolved references, undeclared providers) and {@code terraform fmt -check}.
 * The tools live outside the repository; where they are missing the test is skipped, unless
 * {@code BULKHEAD_REQUIRE_VALIDATORS} is set (CI sets it), then it fails.
 */
class TerraformValidatorsTest {
    private static final Path MANIFEST_CHECK = Path.of("../shared/tools/manifest-check/run");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"workshop-starter", "internal-platform", "ai-agent-saas"})
    void everyExportPassesManifestCheckAndTerraformFmt(String sample) throws Exception {
        boolean required = System.getenv("BULKHEAD_REQUIRE_VALIDATORS") != null;
        boolean available = Files.isExecutable(MANIFEST_CHECK) && ExternalTools.onPath("node");
        if (required) {
            assertThat(available).as("manifest-check (%s) and node are required here", MANIFEST_CHECK).isTrue();
        }
        assumeTrue(available, "manifest-check or node missing: skipped (set BULKHEAD_REQUIRE_VALIDATORS to fail instead)");
        int exports = 0;
        for (ExportChoice choice : ExportChoice.values()) {
            for (LayoutChoice layout : List.of(LayoutChoice.DIRECTORIES, LayoutChoice.WORKSPACES)) {
                for (TenantsMode mode : TenantsMode.values()) {
                    // Each export is self-contained (module sources are relative), so one run checks them all.
                    Path out = folder.resolve(String.join("-", choice.cliName(), layout.cliName(), mode.cliName()));
                    ExportWriter.write(Exports.terraform(Exports.sample(sample),
                            ExportSettings.of(choice).withLayout(layout).withTenants(mode)), out, false, f -> { });
                    exports++;
                }
            }
        }
        ExternalTools.Result check = ExternalTools.run(List.of(MANIFEST_CHECK.toAbsolutePath().toString(), "terraform", folder.toString()));
        assertThat(check.status()).as("manifest-check terraform %s:%n%s", sample, check.output()).isZero();
        assertThat(check.output()).contains(", 0 problems");
        assertThat(exports).isEqualTo(ExportChoice.values().length * 2 * TenantsMode.values().length);

        // Terraform itself is no package of this machine's registries; where a binary is present, its formatter agrees.
        if (ExternalTools.onPath("terraform")) {
            ExternalTools.Result fmt = ExternalTools.run(List.of("terraform", "fmt", "-check", "-recursive", "-list=true",
                    folder.toString()));
            assertThat(fmt.status()).as("terraform fmt would change:%n%s", fmt.output()).isZero();
        }
    }
}
