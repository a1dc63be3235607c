package dev.bulkhead.export.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.export.kubernetes.UnwrittenConnection;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review R12j: a flow the mix's export blocks at the called tenant's ingress told the reader to set the calling
 * cluster's address range; but the called tenant is reached through its cluster's ingress, so its pods see the ingress
 * controller (on GKE, Google's load balancer proxies), never that range. The instruction now names the rule that lets
 * the flow in.
 */
class IngressRuleAdviceTest {
    @Test
    void aBlockedFlowInNamesTheIngressControllerAndGooglesProxyRangesNotTheCallersRange() throws Exception {
        var analysis = new Analyzer(ReferenceData.bundled()).analyze(
                new ModelReader().read(Path.of("sample-models", "internal-platform.bulkhead.json")));
        List<UnwrittenConnection> in = new KubernetesExporter().list(analysis, ExportSettings.of(ExportChoice.RECOMMENDED))
                .unwritten().stream().filter(u -> !u.outgoing()).toList();
        assertThat(in).extracting(UnwrittenConnection::namespace).containsExactlyInAnyOrder("payments-prod", "fraud-detection-prod");
        for (UnwrittenConnection flow : in) {
            assertThat(flow.reason()).doesNotContain("set the address range of cluster", "dedicated cluster's address range")
                    .contains("rule into namespace " + flow.namespace() + " on the connection's port from the ingress "
                            + "controller's pods", "130.211.0.0/22 and 35.191.0.0/16");
        }
    }
}
