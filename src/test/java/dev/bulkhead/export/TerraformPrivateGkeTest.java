package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bank's (internal-platform's) recommended Terraform export, as its architect reviews it: GKE clusters are
 * private, their API servers admit only the networks the user lists (never the whole internet), private nodes have a
 * NAT gateway to reach registries and the card network, and the payments tenant's dedicated cluster is sized as the
 * analysis costs it rather than like the shared pool.
 */
class TerraformPrivateGkeTest {
    private static final String PAYMENTS_PROD = "tenant-payments-prod";
    private static Analysis analysis;
    private static ExportBundle bundle;
    private static Map<String, List<TerraformFiles.Block>> files;

    @BeforeAll
    static void export() throws Exception {
        Model model = Exports.sample("internal-platform");
        analysis = Exports.analyse(model);
        bundle = ExportTarget.TERRAFORM.exporter().export(analysis, ExportSettings.of(ExportChoice.RECOMMENDED), f -> { });
        files = TerraformFiles.of(bundle);
    }

    @Test
    void everyGkeClusterHasPrivateNodesAndAnAuthorisedNetworkListThatIsNotTheInternet() {
        TerraformFiles.Block gke = module("modules/cluster-gke/main.tf", "gke");
        assertThat(String.valueOf(gke.attributes().get("source"))).matches(".*//modules/(beta-)?private-cluster");
        assertThat(gke.attributes()).containsEntry("enable_private_nodes", true)
                // Without it the module leaves the endpoint open to every address when the list is empty.
                .containsEntry("gcp_public_cidrs_access_enabled", false)
                .containsEntry("master_authorized_networks", new TerraformFiles.Expr("var.master_authorized_networks"));
        TerraformFiles.Block authorised = block("modules/cluster-gke/variables.tf", "variable", "master_authorized_networks");
        assertThat(authorised.attributes()).containsEntry("default", List.of());
        assertThat(String.valueOf(authorised.child("validation").attributes().get("condition"))).contains("\"/0\"");

        List<TerraformFiles.Block> calls = clusterCalls();
        assertThat(calls).as("the bank's GKE clusters, shared and dedicated").hasSizeGreaterThanOrEqualTo(4);
        for (TerraformFiles.Block call : calls) {
            String key = call.labels().get(0);
            assertThat(call.attributes()).as(key).containsEntry("master_authorized_networks",
                    new TerraformFiles.Expr("var." + key + ".master_authorized_networks"));
        }
        // The examples ask for the ranges, and nothing in the export authorises the whole internet. (NetworkPolicy egress
        // to 0.0.0.0/0 in the tenants is another matter: a pod's traffic, not the API server's audience.)
        bundle.files().forEach((path, file) -> assertThat(file.text().replaceAll("\\s+", " ")).as(path)
                .doesNotContainPattern("cidr_block = \"[^\"]*/0\""));
        assertThat(bundle.file("envs/prod/terraform.tfvars.example"))
                .contains("cidr_block   = \"TODO: the CI runners' or VPN's range");
    }

    @Test
    void eachGkeClusterHasItsOwnControlPlaneRangeAndANatGatewayForItsPrivateNodes() {
        List<String> ranges = bundle.files().entrySet().stream().filter(e -> e.getKey().endsWith("/variables.tf"))
                .flatMap(e -> java.util.regex.Pattern.compile("master_ipv4_cidr_block *= optional\\(string, \"([0-9./]+)\"\\)")
                        .matcher(e.getValue().text()).results().map(m -> m.group(1)))
                .toList();
        assertThat(ranges).hasSize(clusterCalls().size()).doesNotHaveDuplicates().allMatch(r -> r.endsWith("/28"));

        TerraformFiles.Block nat = module("modules/cluster-gke/main.tf", "cloud_nat");
        assertThat(nat.attributes()).containsEntry("source", "terraform-google-modules/cloud-nat/google")
                .containsEntry("create_router", true)
                .containsEntry("source_subnetwork_ip_ranges_to_nat", "LIST_OF_SUBNETWORKS");
    }

    @Test
    void theDedicatedPaymentsClusterScalesFromItsCostedNodesNotTheSharedPoolsRange() {
        int costed = analysis.dedicatedClusterNodes(ElementId.of(PAYMENTS_PROD));
        TerraformFiles.Block call = clusterCalls().stream()
                .filter(c -> String.valueOf(c.attributes().get("name")).contains("payments")
                        && String.valueOf(c.attributes().get("name")).contains("prod"))
                .findFirst().orElseThrow(() -> new AssertionError("no dedicated payments cluster in prod"));
        Map<String, Object> pool = ((List<?>) call.attributes().get("node_pools")).stream().map(TerraformPrivateGkeTest::entries)
                .filter(p -> !String.valueOf(p.get("name")).endsWith("-gvisor")).findFirst().orElseThrow();

        assertThat(costed).isEqualTo(3);
        // The rule the README states: from the costed nodes to twice them; never the shared pool's 3 to 60.
        assertThat(((Number) pool.get("total_min_count")).intValue()).isEqualTo(costed);
        assertThat(((Number) pool.get("total_max_count")).intValue()).isEqualTo(2 * costed);
        assertThat(pool).doesNotContainKeys("min_count", "max_count");
        assertThat(bundle.file("README.md")).contains("## Dedicated clusters' node pools", "2 times that",
                "## Private GKE clusters", "master_authorized_networks", "enable_private_endpoint");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entries(Object pool) {
        return (Map<String, Object>) pool;
    }

    /** The roots' calls of the shared GKE module. */
    private static List<TerraformFiles.Block> clusterCalls() {
        return files.entrySet().stream().filter(e -> e.getKey().endsWith("main.tf") && !e.getKey().startsWith("modules/"))
                .flatMap(e -> e.getValue().stream())
                .filter(b -> b.type().equals("module") && String.valueOf(b.attributes().get("source")).endsWith("/cluster-gke"))
                .toList();
    }

    private static TerraformFiles.Block module(String path, String name) {
        return block(path, "module", name);
    }

    private static TerraformFiles.Block block(String path, String type, String name) {
        return files.get(path).stream().filter(b -> b.type().equals(type) && b.labels().equals(List.of(name))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + name + " in " + path));
    }
}
