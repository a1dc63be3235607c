package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.export.terraform.LayoutAdvice;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.TerraformLayout;
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
    void theRecommendedLayoutFollowsTheModelsPreferenceOverBulkheadsAdvice() throws Exception {
        Model model = Exports.sample("workshop-starter");
        List<Environment> environments = model.all(Environment.class);
        LayoutAdvice advice = LayoutAdvice.of(model, environments, LayoutChoice.RECOMMENDED);
        assertThat(advice.layout()).isEqualTo(TerraformLayout.DIRECTORIES);
        assertThat(advice.reason()).contains("external customer");

        List<Environment> preferWorkspaces = environments.stream().map(e -> new Environment(e.id(), e.name(),
                e.environmentKind(), e.criticality(), e.option(), TerraformLayout.WORKSPACES)).toList();
        LayoutAdvice overridden = LayoutAdvice.of(model, preferWorkspaces, LayoutChoice.RECOMMENDED);
        assertThat(overridden.layout()).isEqualTo(TerraformLayout.WORKSPACES);
        assertThat(overridden.reason()).contains("prefer workspaces", "overrides", "directories");

        List<Environment> mixed = List.of(preferWorkspaces.get(0), environments.get(1));
        assertThat(LayoutAdvice.of(model, mixed, LayoutChoice.RECOMMENDED).layout()).isEqualTo(TerraformLayout.DIRECTORIES);
        assertThat(LayoutAdvice.of(model, environments, LayoutChoice.WORKSPACES).layout()).isEqualTo(TerraformLayout.WORKSPACES);
    }

    @Test
    void gkeClustersWithGVisorPodsGetTheSandboxPoolTheAnalysisPrices() throws Exception {
        // internal-platform's GKE clusters offer gVisor and host gVisor agents, but draw only a general pool. GKE Sandbox
        // runs gVisor only on sandbox-enabled pools (cost-isolation-data.md §10c): without one the pods never schedule.
        ExportBundle bundle = Exports.terraform(Exports.sample("internal-platform"), ExportSettings.of(ExportChoice.NAMESPACE));
        String calls = bundle.files().entrySet().stream().filter(e -> e.getKey().endsWith(".tf"))
                .map(e -> bundle.file(e.getKey())).filter(text -> text.contains("node_pools")).reduce("", String::concat);

        assertThat(calls.replaceAll("\\s+", " "))
                .contains("name = \"n2-standard-gvisor\" machine_type = \"n2-standard-4\" min_count = 0")
                .contains("name = \"e2-standard-gvisor\" machine_type = \"e2-standard-4\" min_count = 0")
                .contains("image_type = \"COS_CONTAINERD\" sandbox_enabled = true");
    }

    @Test
    void theHclParserCatchesABrokenFile() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TerraformFiles.parse("broken.tf",
                "module \"x\" {\n  source = \"./a\"\n")).isInstanceOf(AssertionError.class);
    }
}
