package dev.bulkhead.export.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportFile;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportTarget;
import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.PolicyFlavour;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.behaviour.PolicyWorld.Address;
import dev.bulkhead.export.behaviour.PolicyWorld.Endpoint;
import dev.bulkhead.export.behaviour.PolicyWorld.Pod;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Judges every export by what its NetworkPolicies allow, not by their shape: for every sample (and edge-case
 * models) and every option, each tenant's workload and agent pods are probed against DNS, kube-system, the
 * public internet on 443 and 22, cloud metadata, a private and a carrier-grade NAT address, the
 * vCluster API, every other pod of the same pod network on every modelled port, and the address ranges of
 * other clusters; the set of allowed flows must equal what the model allows ({@link ModelFlows}). The
 * vCluster chart's own policies are part of the picture: the test asserts the values turn them off, so the
 * chart renders none.
 */
class NetworkPolicyBehaviourTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<Object[]> ADDRESS_PROBES = List.of(new Object[] {"1.1.1.1", 443}, new Object[] {"1.1.1.1", 22},
            new Object[] {"169.254.169.254", 80}, new Object[] {"10.0.0.1", 443}, new Object[] {"100.64.0.1", 443});

    static Stream<Arguments> exports() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (String sample : List.of("workshop-starter", "internal-platform", "ai-agent-saas")) {
            for (ExportChoice choice : ExportChoice.values()) {
                cases.add(Arguments.of(sample, choice, PolicyFlavour.KUBERNETES));
            }
        }
        for (ExportChoice choice : ExportChoice.values()) {
            for (PolicyFlavour flavour : PolicyFlavour.values()) {
                cases.add(Arguments.of(EdgeModels.TWO_CLUSTERS_WITH_RANGES, choice, flavour));
                cases.add(Arguments.of(EdgeModels.CLASHING_AGENTS, choice, flavour));
            }
            cases.add(Arguments.of("ai-agent-saas", choice, PolicyFlavour.CILIUM));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}, {2}")
    @MethodSource("exports")
    void theExportedPoliciesAllowExactlyWhatTheModelAllows(String name, ExportChoice choice, PolicyFlavour flavour)
            throws Exception {
        Model model = EdgeModels.NAMES.contains(name) ? EdgeModels.build(name)
                : new ModelReader().read(Path.of("sample-models", name + ".bulkhead.json"));
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        ExportBundle bundle = ExportTarget.K8S.exporter().export(analysis, ExportSettings.of(choice).withPolicies(flavour),
                f -> { });
        PlacementPlan plan = PlacementPlan.of(analysis, choice);
        ModelFlows flows = new ModelFlows(plan, flavour == PolicyFlavour.KUBERNETES);

        List<JsonNode> policies = new ArrayList<>();
        Map<String, Map<String, String>> namespaces = new HashMap<>();
        for (Map.Entry<String, ExportFile> file : bundle.files().entrySet()) {
            if (file.getKey().contains("/inside/") || !file.getKey().endsWith(".yaml")) {
                continue; // Applied inside a vCluster, whose NetworkPolicies are not synced to the host.
            }
            if (file.getKey().endsWith("/vcluster.yaml")) {
                assertThat(YAML.readTree(file.getValue().text()).at("/policies/networkPolicy/enabled").asBoolean(true))
                        .as("the chart renders no policies of its own for %s", file.getKey()).isFalse();
            }
            for (JsonNode object : documents(file.getValue().text())) {
                if (object.path("kind").asText().equals("NetworkPolicy")) {
                    policies.add(object);
                } else if (object.path("kind").asText().equals("Namespace")) {
                    Map<String, String> labels = new HashMap<>();
                    object.at("/metadata/labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
                    namespaces.put(object.at("/metadata/name").asText(), labels);
                }
            }
        }

        Map<String, List<TenantPlan>> networks = new LinkedHashMap<>();
        for (Tenant tenant : model.all(Tenant.class)) {
            TenantPlan tenantPlan = plan.tenant(tenant.id());
            networks.computeIfAbsent(network(tenantPlan), k -> new ArrayList<>()).add(tenantPlan);
        }
        TreeSet<Integer> ports = new TreeSet<>(List.of(80));
        model.all(Connection.class).forEach(c -> ports.add(c.port()));

        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (List<TenantPlan> tenants : networks.values()) {
            PolicyWorld world = new PolicyWorld();
            namespaces.forEach(world::namespace);
            world.namespace("kube-system", Map.of());
            policies.forEach(world::policy);
            Pod kubeDns = new Pod("kube-system", Map.of("k8s-app", "kube-dns"), "kube-dns");
            Pod metrics = new Pod("kube-system", Map.of("k8s-app", "metrics-server"), "metrics-server");
            Map<Pod, dev.bulkhead.model.ElementId> pods = new LinkedHashMap<>();
            tenants.forEach(t -> pods.putAll(podsOf(t)));
            for (Map.Entry<Pod, dev.bulkhead.model.ElementId> source : pods.entrySet()) {
                Pod from = source.getKey();
                dev.bulkhead.model.ElementId element = source.getValue();
                TenantPlan tenant = plan.owner(element).orElseThrow();
                boolean synced = tenant.placement().runsVCluster();
                List<Probe> list = new ArrayList<>();
                if (synced) {
                    list.add(new Probe(from, vclusterDns(tenant), 1053, "UDP", true));
                    list.add(new Probe(from, kubeDns, 53, "UDP", false));
                    list.add(new Probe(from, controlPlane(tenant), 8443, "TCP", element.equals(tenant.tenant().id())));
                } else {
                    list.add(new Probe(from, kubeDns, 53, "UDP", true));
                }
                list.add(new Probe(from, metrics, 443, "TCP", false));
                for (Object[] probe : ADDRESS_PROBES) {
                    String ip = (String) probe[0];
                    int port = (Integer) probe[1];
                    list.add(new Probe(from, new Address(ip), port, "TCP",
                            flows.podToAddress(element, ip, port, "TCP", List.of())));
                }
                for (Map.Entry<String, List<TenantPlan>> other : networks.entrySet()) {
                    String range = rangeOf(other.getValue());
                    if (range == null || other.getValue().contains(tenant)) {
                        continue;
                    }
                    String ip = Cidrs.someAddressIn(range);
                    for (int port : ports) {
                        list.add(new Probe(from, new Address(ip), port, "TCP",
                                flows.podToAddress(element, ip, port, "TCP", other.getValue())));
                        list.add(new Probe(new Address(ip), from, port, "TCP",
                                flows.addressToPod(ip, element, port, "TCP", other.getValue())));
                    }
                }
                for (int port : ports) {
                    list.add(new Probe(new Address("1.1.1.1"), from, port, "TCP",
                            flows.addressToPod("1.1.1.1", element, port, "TCP", List.of())));
                }
                for (Map.Entry<Pod, dev.bulkhead.model.ElementId> target : pods.entrySet()) {
                    if (target.getKey().equals(from)) {
                        continue;
                    }
                    for (int port : ports) {
                        list.add(new Probe(from, target.getKey(), port, "TCP",
                                flows.podToPod(element, target.getValue(), port, "TCP")));
                    }
                }
                for (Probe probe : list) {
                    probes++;
                    boolean allowed = world.allows(probe.from(), probe.to(), probe.port(), probe.protocol());
                    if (allowed != probe.expected()) {
                        wrong.add(probe.from() + " -> " + probe.to() + ":" + probe.port() + "/" + probe.protocol()
                                + (allowed ? " is allowed; the model does not allow it" : " is refused; the model allows it"));
                    }
                }
            }
        }
        assertThat(probes).isPositive();
        assertThat(wrong).as("%s as %s: %d probes", name, choice, probes).isEmpty();
    }

    private record Probe(Endpoint from, Endpoint to, int port, String protocol, boolean expected) {
    }

    /** The pod network a tenant's pods are in: its drawn cluster, or its own. */
    private static String network(TenantPlan tenant) {
        return tenant.placement() == Placement.DEDICATED ? "dedicated:" + tenant.tenant().id().value()
                : "cluster:" + tenant.cluster().id().value();
    }

    private static String rangeOf(List<TenantPlan> network) {
        TenantPlan first = network.get(0);
        return first.placement() == Placement.DEDICATED ? null : first.cluster().addressRange();
    }

    /** One workload pod and one pod per agent, labelled as the tenant's own pod specs or vCluster's syncer label them. */
    static Map<Pod, dev.bulkhead.model.ElementId> podsOf(TenantPlan tenant) {
        Map<Pod, dev.bulkhead.model.ElementId> pods = new LinkedHashMap<>();
        Map<String, String> base = new HashMap<>();
        if (tenant.placement().runsVCluster()) {
            base.put("vcluster.loft.sh/managed-by", tenant.release());
            base.put("vcluster.loft.sh/namespace", tenant.label());
        }
        Map<String, String> workload = new HashMap<>(base);
        workload.put("app", "workload");
        pods.put(new Pod(tenant.namespace(), workload, tenant.tenant().name() + " workload"), tenant.tenant().id());
        for (Agent agent : tenant.agents()) {
            Map<String, String> labels = new HashMap<>(base);
            labels.put("bulkhead.dev/agent", tenant.agentLabel(agent));
            labels.put("bulkhead.dev/tenant", tenant.label());
            labels.put("bulkhead.dev/trust", EnumNames.of(agent.trust()));
            pods.put(new Pod(tenant.namespace(), labels, tenant.tenant().name() + " agent " + agent.name()), agent.id());
        }
        return pods;
    }

    private static Pod vclusterDns(TenantPlan tenant) {
        return new Pod(tenant.namespace(), Map.of("k8s-app", "vcluster-kube-dns", "vcluster.loft.sh/managed-by",
                tenant.release(), "vcluster.loft.sh/namespace", "kube-system"), tenant.tenant().name() + " vCluster DNS");
    }

    private static Pod controlPlane(TenantPlan tenant) {
        return new Pod(tenant.namespace(), Map.of("app", "vcluster", "release", tenant.release()),
                tenant.tenant().name() + " vCluster API");
    }

    static List<JsonNode> documents(String yaml) throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        return documents;
    }
}
