package dev.bulkhead.export.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportFile;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.PolicyFlavour;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.behaviour.PolicyWorld.Address;
import dev.bulkhead.export.behaviour.PolicyWorld.Pod;
import dev.bulkhead.export.kubernetes.HostEgress;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.EgressMode;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review R12h: the export writes a connection to a host name, and an agent's allow-listed host, as any public address on
 * the port (NetworkPolicy cannot name a host), and said so only in a policy annotation. The export now lists each such rule
 * ({@link HostEgress}) for its README and the proposal report. Judged by behaviour: a pod that the exported policies let
 * out to a public address is on the list unless the model opens its egress to the internet outright, and every pod on
 * the list is let out on the port it names; with Cilium, which names hosts, the list is empty.
 */
class WidenedEgressTest {
    /** An address in no range the export keeps closed (TEST-NET-2, public as far as NetworkPolicy can tell). */
    private static final String PUBLIC = "198.51.100.7";

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"internal-platform, RECOMMENDED", "internal-platform, AS_MODELLED", "ai-agent-saas, RECOMMENDED",
            "ai-agent-saas, NAMESPACE", "ai-agent-saas, VCLUSTER"})
    void theListedHostsAreExactlyThePodsLetOutToAnyPublicAddress(String sample, ExportChoice choice) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json"));
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        ExportSettings settings = ExportSettings.of(choice);
        KubernetesExporter exporter = new KubernetesExporter();
        List<HostEgress> widened = exporter.list(analysis, settings).widened();
        ExportBundle bundle = exporter.export(analysis, settings, f -> { });

        PolicyWorld world = new PolicyWorld();
        world.namespace("kube-system", Map.of());
        for (Map.Entry<String, ExportFile> file : bundle.files().entrySet()) {
            if (file.getKey().contains("/inside/") || !file.getKey().endsWith(".yaml")) {
                continue; // Applied inside a vCluster, whose NetworkPolicies are not synced to the host.
            }
            for (JsonNode object : NetworkPolicyBehaviourTest.documents(file.getValue().text())) {
                switch (object.path("kind").asText()) {
                    case "NetworkPolicy" -> world.policy(object);
                    case "Namespace" -> {
                        Map<String, String> labels = new HashMap<>();
                        object.at("/metadata/labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
                        world.namespace(object.at("/metadata/name").asText(), labels);
                    }
                    default -> { }
                }
            }
        }
        TreeSet<Integer> ports = new TreeSet<>(List.of(443));
        model.all(Connection.class).forEach(c -> ports.add(c.port()));
        PlacementPlan plan = PlacementPlan.of(analysis, choice);

        List<String> letOut = new ArrayList<>();
        for (Tenant tenant : model.all(Tenant.class)) {
            TenantPlan tenantPlan = plan.tenant(tenant.id());
            for (Map.Entry<Pod, ElementId> pod : NetworkPolicyBehaviourTest.podsOf(tenantPlan).entrySet()) {
                if (model.find(pod.getValue()).orElseThrow() instanceof Agent agent && agent.egress().mode() == EgressMode.OPEN) {
                    continue; // Open egress is the model's own "any public address", not a host widened.
                }
                for (int port : ports) {
                    if (world.allows(pod.getKey(), new Address(PUBLIC), port, "TCP")) {
                        letOut.add(pod.getValue().value() + " " + tenantPlan.namespace() + " " + port + "/TCP");
                    }
                }
            }
        }
        List<String> listed = widened.stream().map(h -> h.from().value() + " " + h.namespace() + " " + h.port()).distinct().toList();
        assertThat(letOut).as("pods of %s let out to a public address", sample).isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(letOut);

        assertThat(exporter.list(analysis, settings.withPolicies(PolicyFlavour.CILIUM)).widened()).as("Cilium names the hosts").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"internal-platform"})
    void theReadmeListsEachHostWithHowToNarrowIt(String sample) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json"));
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        KubernetesExporter exporter = new KubernetesExporter();
        ExportSettings settings = ExportSettings.of(ExportChoice.RECOMMENDED);
        String readme = exporter.export(analysis, settings, f -> { }).files().get("README.md").text();
        List<HostEgress> widened = exporter.list(analysis, settings).widened();
        assertThat(widened).extracting(HostEgress::host).contains("gateway.cardnet.example.com", "api.sendgrid.com");
        assertThat(readme).contains("## Egress wider than the model");
        widened.forEach(host -> assertThat(readme).contains("- " + host.readmeLine()));
        assertThat(exporter.export(analysis, settings, f -> { }).notes())
                .contains(KubernetesExporter.widenedNote(widened.size(), KubernetesExporter.README));

        String cilium = exporter.export(analysis, settings.withPolicies(PolicyFlavour.CILIUM), f -> { }).files().get("README.md").text();
        assertThat(cilium).doesNotContain("## Egress wider than the model");
    }
}
