package dev.bulkhead.export.kubernetes;

import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a vCluster's own pods need in its host namespace, where Bulkhead's default deny applies to them too.
 * The chart's network policies are off (their workload policy opens public egress and lets every synced pod
 * reach every other); these rules give its control plane and CoreDNS the same flows the chart's
 * {@code vc-cp-*} and {@code vc-kube-dns-*} policies give them (chart/templates/networkpolicy.yaml at v0.36.1),
 * and the tenant's workloads the API server, and nothing more.
 */
final class VClusterHostPolicies {
    /** The vCluster API server's port; CoreDNS listens on 1053 (both from the chart's templates). */
    static final int API_PORT = 8443;
    static final int DNS_PORT = 1053;
    private static final List<Integer> HOST_API_PORTS = List.of(443, 6443, 8443);

    private VClusterHostPolicies() {
    }

    /** The vCluster's CoreDNS pod, which the syncer labels with the vCluster's name. */
    static LabelSelector coreDns(String release) {
        return new LabelSelectorBuilder().addToMatchLabels("k8s-app", "vcluster-kube-dns")
                .addToMatchLabels(Labels.VCLUSTER_MANAGED_BY, release).build();
    }

    /** The control-plane pods (and a deployed etcd's), which only the chart can label {@code release: NAME}. */
    static LabelSelector controlPlane(String release) {
        return new LabelSelectorBuilder().addToMatchLabels(Labels.VCLUSTER_RELEASE, release).build();
    }

    static List<NetworkPolicy> of(TenantPlan plan, String namespace, Map<String, String> labels, VClusterEdition edition) {
        String release = plan.release();
        NetworkPolicyPeer controlPlane = new NetworkPolicyPeerBuilder().withPodSelector(controlPlane(release)).build();
        NetworkPolicyPeer namespacePods = new NetworkPolicyPeerBuilder().withPodSelector(new LabelSelectorBuilder().build()).build();
        NetworkPolicyPeer synced = new NetworkPolicyPeerBuilder().withPodSelector(TenantPods.of(plan).all()).build();
        List<NetworkPolicy> policies = new ArrayList<>();

        var cp = policy("vcluster-control-plane", namespace, labels, controlPlane(release))
                .withPolicyTypes("Ingress", "Egress")
                .addNewEgress().withTo(TenantNetworkPolicies.clusterDns(plan.cluster().provider()))
                .withPorts(TenantNetworkPolicies.dnsPorts(53)).endEgress()
                // The host's API server: its address differs per cluster, so the chart (and this rule) name only ports.
                .addNewEgress().withPorts(HOST_API_PORTS.stream().map(p -> TenantNetworkPolicies.port(p, "TCP")).toList())
                .endEgress()
                .addNewEgress().withTo(namespacePods).endEgress()
                // The vCluster's API for kubectl, port-forwards and ingress controllers.
                .addNewIngress().withPorts(TenantNetworkPolicies.port(API_PORT, "TCP")).endIngress()
                .addNewIngress().withFrom(controlPlane).endIngress();
        if (edition == VClusterEdition.PLATFORM) {
            NetworkPolicyPeer platform = new NetworkPolicyPeerBuilder()
                    .withPodSelector(new LabelSelectorBuilder().addToMatchLabels("app", "loft").build())
                    .withNamespaceSelector(new LabelSelectorBuilder().build()).build();
            cp.addNewEgress().withTo(platform).endEgress().addNewIngress().withFrom(platform).endIngress();
        }
        policies.add(cp.endSpec().build());

        policies.add(policy("vcluster-coredns", namespace, labels, coreDns(release)).withPolicyTypes("Ingress", "Egress")
                .addNewEgress().withTo(TenantNetworkPolicies.clusterDns(plan.cluster().provider()))
                .withPorts(TenantNetworkPolicies.dnsPorts(53)).endEgress()
                .addNewEgress().withTo(controlPlane).withPorts(TenantNetworkPolicies.port(API_PORT, "TCP")).endEgress()
                .addNewIngress().withFrom(synced).withPorts(TenantNetworkPolicies.dnsPorts(DNS_PORT)).endIngress()
                .endSpec().build());

        // As the chart's workload policy allows: the control plane reaches every pod it syncs.
        policies.add(policy("allow-control-plane-to-synced-pods", namespace, labels, TenantPods.of(plan).all())
                .withPolicyTypes("Ingress").addNewIngress().withFrom(controlPlane).endIngress().endSpec().build());

        // Workloads reach their API server; agent sandboxes mount no token and get no such rule.
        policies.add(policy("allow-workloads-to-vcluster-api", namespace, labels, TenantPods.of(plan).workloads())
                .withPolicyTypes("Egress").addNewEgress().withTo(controlPlane)
                .withPorts(TenantNetworkPolicies.port(API_PORT, "TCP")).endEgress().endSpec().build());
        return policies;
    }

    private static NetworkPolicyBuilder.SpecNested<NetworkPolicyBuilder> policy(String name, String namespace,
                                                                                Map<String, String> labels,
                                                                                LabelSelector selected) {
        return new NetworkPolicyBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels)
                .endMetadata().withNewSpec().withPodSelector(selected);
    }
}
