package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.EgressMode;
import dev.bulkhead.model.ElementId;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlockBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The NetworkPolicies of a tenant namespace: default deny both ways, DNS to the cluster DNS, traffic inside
 * the namespace (agents may be called, but may not call other pods unless a connection says so), exactly
 * the connections the model allows, and each agent's egress allow-list. Agent policies select pods by the
 * {@code bulkhead.dev/agent} label that every sandbox of the agent carries, warm-pool sandboxes included.
 */
final class TenantNetworkPolicies {
    private final TenantPlan plan;
    private final String namespace;
    private final Peers peers;
    private final boolean insideVCluster;
    /** False on a vCluster's host namespace, where synced pods do not keep their labels. */
    private final boolean podsKeepLabels;
    private final Map<String, String> labels;
    private final Set<String> names = new HashSet<>();
    private final List<NetworkPolicy> policies = new ArrayList<>();

    private TenantNetworkPolicies(TenantPlan plan, String namespace, Peers peers, boolean insideVCluster,
                                  boolean podsKeepLabels, Map<String, String> labels) {
        this.plan = plan;
        this.namespace = namespace;
        this.peers = peers;
        this.insideVCluster = insideVCluster;
        this.podsKeepLabels = podsKeepLabels;
        this.labels = labels;
    }

    /** The policies of one namespace of a tenant. */
    static List<NetworkPolicy> of(TenantPlan plan, String namespace, List<Connection> connections, Peers peers,
                                  boolean insideVCluster, boolean podsKeepLabels, Map<String, String> labels) {
        TenantNetworkPolicies builder = new TenantNetworkPolicies(plan, namespace, peers, insideVCluster, podsKeepLabels, labels);
        builder.baseline();
        for (Connection connection : connections) {
            builder.connection(connection);
        }
        if (podsKeepLabels) {
            for (Agent agent : plan.agents()) {
                builder.agentEgress(agent);
            }
        }
        return builder.policies;
    }

    private void baseline() {
        add(policy("default-deny", all()).withPolicyTypes("Ingress", "Egress").endSpec().build());
        NetworkPolicyPeer dns = new NetworkPolicyPeerBuilder()
                .withNamespaceSelector(new LabelSelectorBuilder().addToMatchLabels(Labels.NAMESPACE_NAME, "kube-system").build())
                .withPodSelector(new LabelSelectorBuilder().addToMatchLabels("k8s-app", "kube-dns").build()).build();
        add(policy("allow-dns", all()).withPolicyTypes("Egress").addNewEgress().withTo(dns)
                .withPorts(port(53, "UDP"), port(53, "TCP")).endEgress().endSpec().build());
        NetworkPolicyPeer sameNamespace = new NetworkPolicyPeerBuilder().withPodSelector(all()).build();
        add(policy("allow-same-namespace-ingress", all()).withPolicyTypes("Ingress").addNewIngress().withFrom(sameNamespace)
                .endIngress().endSpec().build());
        add(policy("allow-same-namespace-egress", workloads()).withPolicyTypes("Egress").addNewEgress().withTo(sameNamespace)
                .endEgress().endSpec().build());
    }

    private void connection(Connection connection) {
        NetworkPolicyPort port = port(connection.port(), connection.protocol().name());
        if (isOurs(connection.from())) {
            Peer peer = peers.resolve(connection.to(), plan, namespace, insideVCluster);
            add(annotated(policy(name("allow-to", connection.to(), connection), podsOf(connection.from()))
                    .withPolicyTypes("Egress").addNewEgress().withTo(peer.toPolicyPeer()).withPorts(port).endEgress()
                    .endSpec(), peer).build());
        }
        if (isOurs(connection.to())) {
            Peer peer = peers.resolve(connection.from(), plan, namespace, insideVCluster);
            add(annotated(policy(name("allow-from", connection.from(), connection), podsOf(connection.to()))
                    .withPolicyTypes("Ingress").addNewIngress().withFrom(peer.toPolicyPeer()).withPorts(port).endIngress()
                    .endSpec(), peer).build());
        }
    }

    private void agentEgress(Agent agent) {
        Egress egress = agent.egress();
        if (egress.mode() == EgressMode.NONE) {
            return; // Default deny plus DNS is exactly "none".
        }
        List<NetworkPolicyPeer> ranges = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        if (egress.mode() == EgressMode.OPEN) {
            ranges.add(new NetworkPolicyPeerBuilder().withIpBlock(new IPBlockBuilder().withCidr("0.0.0.0/0")
                    .withExcept("169.254.0.0/16").build()).build());
        } else {
            for (String entry : egress.allowList()) {
                if (entry.contains("/")) {
                    ranges.add(Peer.range(entry, entry).toPolicyPeer());
                } else {
                    hosts.add(entry);
                }
            }
        }
        var builder = policy("agent-" + TenantPlan.agentLabel(agent) + "-egress", Peer.agentPods(TenantPlan.agentLabel(agent)))
                .withPolicyTypes("Egress");
        if (!ranges.isEmpty()) {
            builder.addNewEgress().withTo(ranges).endEgress();
        }
        if (!hosts.isEmpty()) {
            // NetworkPolicy cannot name hosts: allow HTTPS to the public internet and say which hosts were meant.
            builder.addNewEgress().withTo(Peer.internet("").toPolicyPeer()).withPorts(port(443, "TCP")).endEgress();
        }
        NetworkPolicy policy = builder.endSpec().build();
        String destination = egress.mode() == EgressMode.OPEN ? "any destination except link-local (metadata)"
                : String.join(", ", egress.allowList());
        policy.getMetadata().getAnnotations().put(Labels.DESTINATION, destination);
        add(policy);
    }

    private boolean isOurs(ElementId end) {
        return end.equals(plan.tenant().id()) || plan.agents().stream().anyMatch(a -> a.id().equals(end));
    }

    /** The pods of one end of a connection in this namespace: an agent's sandboxes, or the tenant's workloads. */
    private LabelSelector podsOf(ElementId end) {
        if (!podsKeepLabels) {
            return all();
        }
        return plan.agents().stream().filter(a -> a.id().equals(end)).findFirst()
                .map(a -> Peer.agentPods(TenantPlan.agentLabel(a))).orElseGet(this::workloads);
    }

    private NetworkPolicyBuilder.SpecNested<NetworkPolicyBuilder> policy(String name, LabelSelector pods) {
        return new NetworkPolicyBuilder().withNewMetadata().withName(unique(name)).withNamespace(namespace)
                .withLabels(labels).endMetadata().withNewSpec().withPodSelector(pods);
    }

    private static NetworkPolicyBuilder annotated(NetworkPolicyBuilder builder, Peer peer) {
        return builder.editMetadata().addToAnnotations(Labels.DESTINATION, peer.description()).endMetadata();
    }

    private String name(String direction, ElementId peer, Connection connection) {
        return direction + "-" + KubernetesNames.label(peers.nameOf(peer)) + "-" + connection.port() + "-"
                + connection.protocol().name().toLowerCase(Locale.ROOT);
    }

    /** A policy name not used yet in this namespace (DNS label, suffixed when needed). */
    private String unique(String wanted) {
        String base = KubernetesNames.label(wanted);
        String name = base;
        for (int n = 2; names.contains(name); n++) {
            name = KubernetesNames.withSuffix(base, n);
        }
        return name;
    }

    private void add(NetworkPolicy policy) {
        names.add(policy.getMetadata().getName());
        policies.add(policy);
    }

    private static LabelSelector all() {
        return new LabelSelectorBuilder().build();
    }

    /** The tenant's own workloads: every pod that is not an agent sandbox. */
    private LabelSelector workloads() {
        if (!podsKeepLabels) {
            return all();
        }
        return new LabelSelectorBuilder().addNewMatchExpression().withKey(Labels.AGENT).withOperator("DoesNotExist")
                .endMatchExpression().build();
    }

    private static NetworkPolicyPort port(int number, String protocol) {
        return new NetworkPolicyPortBuilder().withPort(new IntOrString(number)).withProtocol(protocol).build();
    }
}
