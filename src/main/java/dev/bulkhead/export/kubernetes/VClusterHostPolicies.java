package dev.bulkhead.export.kubernetes;

import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
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
        LabelSelector selector = NetworkPolicyObjects.selector("k8s-app", "vcluster-kube-dns");
        selector.getMatchLabels().put(Labels.VCLUSTER_MANAGED_BY, release);
        return selector;
    }

    /** The control-plane pods (and a deployed etcd's), which only the chart can label {@code release: NAME}. */
    static LabelSelector controlPlane(String release) {
        return NetworkPolicyObjects.selector(Labels.VCLUSTER_RELEASE, release);
    }

    static List<NetworkPolicy> of(TenantPlan plan, String namespace, Map<String, String> labels, VClusterEdition edition) {
        String release = plan.release();
        NetworkPolicyPeer controlPlane = NetworkPolicyObjects.pods(null, controlPlane(release));
        NetworkPolicyPeer namespacePods = NetworkPolicyObjects.pods(null, new LabelSelector());
        NetworkPolicyPeer synced = NetworkPolicyObjects.pods(null, TenantPods.of(plan).all());
        List<NetworkPolicy> policies = new ArrayList<>();

        NetworkPolicy cp = NetworkPolicyObjects.policy("vcluster-control-plane", namespace, labels, controlPlane(release),
                "Ingress", "Egress");
        NetworkPolicyObjects.egress(cp, TenantNetworkPolicies.clusterDns(plan.cluster().provider()),
                TenantNetworkPolicies.dnsPorts(53));
        // The host's API server: its address differs per cluster, so the chart (and this rule) name only ports.
        NetworkPolicyObjects.egress(cp, List.of(), HOST_API_PORTS.stream().map(p -> TenantNetworkPolicies.port(p, "TCP")).toList());
        NetworkPolicyObjects.egress(cp, List.of(namespacePods), List.of());
        // The vCluster's API for kubectl, port-forwards and ingress controllers.
        NetworkPolicyObjects.ingress(cp, List.of(), List.of(TenantNetworkPolicies.port(API_PORT, "TCP")));
        NetworkPolicyObjects.ingress(cp, List.of(controlPlane), List.of());
        if (edition == VClusterEdition.PLATFORM) {
            NetworkPolicyPeer platform = NetworkPolicyObjects.pods(new LabelSelector(), NetworkPolicyObjects.selector("app", "loft"));
            NetworkPolicyObjects.egress(cp, List.of(platform), List.of());
            NetworkPolicyObjects.ingress(cp, List.of(platform), List.of());
        }
        policies.add(cp);

        NetworkPolicy coreDns = NetworkPolicyObjects.policy("vcluster-coredns", namespace, labels, coreDns(release),
                "Ingress", "Egress");
        NetworkPolicyObjects.egress(coreDns, TenantNetworkPolicies.clusterDns(plan.cluster().provider()),
                TenantNetworkPolicies.dnsPorts(53));
        NetworkPolicyObjects.egress(coreDns, List.of(controlPlane), List.of(TenantNetworkPolicies.port(API_PORT, "TCP")));
        NetworkPolicyObjects.ingress(coreDns, List.of(synced), TenantNetworkPolicies.dnsPorts(DNS_PORT));
        policies.add(coreDns);

        // As the chart's workload policy allows: the control plane reaches every pod it syncs.
        policies.add(NetworkPolicyObjects.ingress(NetworkPolicyObjects.policy("allow-control-plane-to-synced-pods", namespace,
                labels, TenantPods.of(plan).all(), "Ingress"), List.of(controlPlane), List.of()));

        // Workloads reach their API server; agent sandboxes mount no token and get no such rule.
        policies.add(NetworkPolicyObjects.egress(NetworkPolicyObjects.policy("allow-workloads-to-vcluster-api", namespace,
                labels, TenantPods.of(plan).workloads(), "Egress"), List.of(controlPlane),
                List.of(TenantNetworkPolicies.port(API_PORT, "TCP"))));
        return policies;
    }
}
