package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Terraform export of every sample, option, layout and tenants mode: valid HCL, deterministic, complete. */
class TerraformExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"workshop-starter", "internal-platform", "ai-agent-saas"})
    void everyTfFileParsesAndTheExportIsDeterministic(String sample) throws Exception {
        for (ExportChoice choice : ExportChoice.values()) {
            for (LayoutChoice layout : List.of(LayoutChoice.DIRECTORIES, LayoutChoice.WORKSPACES)) {
                for (TenantsMode mode : TenantsMode.values()) {
                    ExportSettings settings = ExportSettings.of(choice).withLayout(layout).withTenants(mode);
                    ExportBundle bundle = Exports.terraform(Exports.sample(sample), settings);
                    Map<String, List<TerraformFiles.Block>> files = TerraformFiles.of(bundle);
                    assertThat(files).as("%s %s %s %s", sample, choice, layout, mode).isNotEmpty();
                    assertThat(Exports.terraform(Exports.sample(sample), settings).files()).isEqualTo(bundle.files());
                }
            }
        }
    }

    @Test
    void theHclParserCatchesABrokenFile() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TerraformFiles.parse("broken.tf",
                "module \"x\" {\n  source = \"./a\"\n")).isInstanceOf(AssertionError.class);
    }
}
