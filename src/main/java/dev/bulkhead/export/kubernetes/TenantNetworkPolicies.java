package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cidr;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.EgressMode;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Provider;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The NetworkPolicies of the namespace where a tenant's pods run: default deny both ways, DNS, traffic inside
 * the tenant (its workloads may call anything of the tenant; agents may be called, but call out only where a
 * connection or their egress says), exactly the connections the model allows, and each agent's egress. Every
 * rule is as narrow as its peer; a peer that cannot be named gets no rule and is reported in the list of unwritten
 * connections it is given.
 */
final class TenantNetworkPolicies {
    private final TenantPlan plan;
    private final String namespace;
    private final TenantPods pods;
    private final Peers peers;
    /** NodeLocal DNSCache's link-local address on every node. */
    static final String NODE_LOCAL_DNS = "169.254.20.10/32";
    /** The resolver pods use on GKE with Cloud DNS: the metadata server's address, on port 53. */
    static final String GKE_CLOUD_DNS = "169.254.169.254/32";

    private final List<NetworkPolicyPeer> dns;
    private final List<NetworkPolicyPort> dnsPorts;
    private final Map<String, String> labels;
    /** Where host names go when Cilium names them, or null when plain NetworkPolicy must stand for them. */
    private final CiliumPolicies.DnsServer ciliumDns;
    private final Set<String> names = new HashSet<>();
    private final List<NetworkPolicy> policies = new ArrayList<>();
    private final List<HasMetadata> ciliumPolicies = new ArrayList<>();
    /** Where connections that no rule could express are reported, one line each, for the README. */
    private final List<UnwrittenConnection> unwritten;
    /** Where host names written as every public address on their port are reported, for the README and the report. */
    private final List<HostEgress> widened;

    /**
     * @param pods      how the tenant's pods are selected in {@code namespace}
     * @param dns       where those pods resolve names: the cluster DNS, or their vCluster's CoreDNS
     * @param ciliumDns the same DNS server for Cilium's DNS proxy when host names are written as
     *                  CiliumNetworkPolicies, or null to write them as the public internet on their port
     * @param unwritten where the connections no rule could express are added
     * @param widened   where the host names written as the public internet on their port are added
     */
    TenantNetworkPolicies(TenantPlan plan, String namespace, TenantPods pods, Peers peers, List<NetworkPolicyPeer> dns,
                          List<NetworkPolicyPort> dnsPorts, Map<String, String> labels, CiliumPolicies.DnsServer ciliumDns,
                          List<UnwrittenConnection> unwritten, List<HostEgress> widened) {
        this.plan = plan;
        this.namespace = namespace;
        this.pods = pods;
        this.peers = peers;
        this.dns = dns;
        this.dnsPorts = dnsPorts;
        this.labels = labels;
        this.ciliumDns = ciliumDns;
        this.unwritten = unwritten;
        this.widened = widened;
    }

    /**
     * Where pods of a cluster resolve names, on port 53: the cluster DNS pods in kube-system (CoreDNS or kube-dns,
     * labelled {@code k8s-app: kube-dns}), NodeLocal DNSCache where it runs (169.254.20.10 on every node), and on
     * GKE with Cloud DNS the metadata server's resolver (169.254.169.254, which answers DNS on 53; its HTTP
     * metadata on 80 stays closed).
     */
    static List<NetworkPolicyPeer> clusterDns(Provider provider) {
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        peers.add(NetworkPolicyObjects.pods(NetworkPolicyObjects.selector(Labels.NAMESPACE_NAME, "kube-system"),
                NetworkPolicyObjects.selector("k8s-app", "kube-dns")));
        peers.add(Peer.range(NODE_LOCAL_DNS, "NodeLocal DNSCache").policyPeer());
        if (provider == Provider.GKE) {
            peers.add(Peer.range(GKE_CLOUD_DNS, "GKE Cloud DNS").policyPeer());
        }
        return peers;
    }

    static List<NetworkPolicyPort> dnsPorts(int port) {
        return List.of(port(port, "UDP"), port(port, "TCP"));
    }

    /** Builds every policy; {@code connections} are those with an end at the tenant or one of its agents. */
    List<NetworkPolicy> build(List<Connection> connections) {
        add(DefaultDeny.of(namespace, labels));
        add(NetworkPolicyObjects.egress(policy("allow-dns", pods.all(), "Egress"), dns, dnsPorts));
        NetworkPolicyPeer tenant = NetworkPolicyObjects.pods(null, pods.all());
        add(NetworkPolicyObjects.ingress(policy("allow-within-tenant-ingress", pods.all(), "Ingress"), List.of(tenant),
                List.of()));
        add(NetworkPolicyObjects.egress(policy("allow-workloads-within-tenant-egress", pods.workloads(), "Egress"),
                List.of(tenant), List.of()));
        for (Connection connection : connections) {
            connection(connection);
        }
        for (Agent agent : plan.agents()) {
            agentEgress(agent);
        }
        return policies;
    }

    /** The CiliumNetworkPolicies that name hosts (after {@link #build}); empty unless Cilium writes host names. */
    List<HasMetadata> ciliumPolicies() {
        return ciliumPolicies;
    }

    private void connection(Connection connection) {
        NetworkPolicyPort port = port(connection.port(), connection.protocol().name());
        if (isOurs(connection.from())) {
            Peer peer = peers.resolve(connection.to(), plan, pods, true);
            if (peer.host() != null && ciliumDns != null) {
                String name = name("allow-to", connection.to(), connection);
                ciliumPolicies.add(CiliumPolicies.toHosts(name, namespace, labels, podsOf(connection.from()),
                        List.of(peer.host()), connection.port(), connection.protocol().name(), ciliumDns, peer.host()));
            } else if (peer.reachable()) {
                if (peer.host() != null) {
                    widened.add(new HostEgress(connection.from(), connection.to(), peer.host(), connection.portLabel(), namespace,
                            "connection '" + connection.name() + "' to " + peers.nameOf(connection.to()), onGke()));
                }
                add(annotated(NetworkPolicyObjects.egress(policy(name("allow-to", connection.to(), connection),
                        podsOf(connection.from()), "Egress"), List.of(peer.policyPeer()), List.of(port)), peer.description()));
            } else {
                unwritten.add(new UnwrittenConnection(connection.from(), connection.to(), connection.name(), connection.portLabel(),
                        namespace, true, peer.description()));
            }
        }
        if (isOurs(connection.to())) {
            Peer peer = peers.resolve(connection.from(), plan, pods, false);
            if (peer.reachable()) {
                add(annotated(NetworkPolicyObjects.ingress(policy(name("allow-from", connection.from(), connection),
                        podsOf(connection.to()), "Ingress"), List.of(peer.policyPeer()), List.of(port)), peer.description()));
            } else {
                unwritten.add(new UnwrittenConnection(connection.from(), connection.to(), connection.name(), connection.portLabel(),
                        namespace, false, peer.description()));
            }
        }
    }

    private void agentEgress(Agent agent) {
        Egress egress = agent.egress();
        if (egress.mode() == EgressMode.NONE) {
            return; // Default deny plus DNS is exactly "none".
        }
        List<Peer> ranges = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        if (egress.mode() == EgressMode.OPEN) {
            ranges.add(Peer.internet("any public address"));
        } else {
            for (String entry : egress.allowList()) {
                if (Cidr.isCidr(entry)) {
                    ranges.add(Peer.range(entry, entry));
                } else {
                    hosts.add(entry);
                }
            }
        }
        String name = "agent-" + plan.agentLabel(agent) + "-egress";
        boolean hostsByName = !hosts.isEmpty() && ciliumDns != null;
        if (hostsByName) {
            ciliumPolicies.add(CiliumPolicies.toHosts(KubernetesNames.label(name + "-hosts"), namespace, labels,
                    pods.agent(agent), hosts, 443, "TCP", ciliumDns, "HTTPS to " + String.join(", ", hosts)));
        }
        if (ranges.isEmpty() && (hosts.isEmpty() || hostsByName)) {
            return;
        }
        NetworkPolicy policy = policy(name, pods.agent(agent), "Egress");
        if (!ranges.isEmpty()) {
            NetworkPolicyObjects.egress(policy, ranges.stream().map(Peer::policyPeer).toList(), List.of());
        }
        if (!hosts.isEmpty() && !hostsByName) {
            // NetworkPolicy cannot name hosts: allow HTTPS to the public internet and say which hosts were meant.
            NetworkPolicyObjects.egress(policy, List.of(Peer.internet("").policyPeer()), List.of(port(443, "TCP")));
            hosts.forEach(host -> widened.add(new HostEgress(agent.id(), null, host, HostEgress.ALLOW_LIST_PORT, namespace,
                    "the egress allow-list of agent '" + agent.name() + "'", onGke())));
        }
        List<String> named = hostsByName ? egress.allowList().stream().filter(Cidr::isCidr).toList() : egress.allowList();
        String destination = egress.mode() == EgressMode.OPEN ? "any public address (private, link-local and loopback "
                + "ranges excluded)" : String.join(", ", named)
                + (hosts.isEmpty() || hostsByName ? "" : " (host names as HTTPS to any public address)");
        add(annotated(policy, destination));
    }

    /** Whether this namespace's cluster is GKE's, where the advice to write CiliumNetworkPolicy does not hold. */
    private boolean onGke() {
        return plan.cluster().provider() == Provider.GKE;
    }

    private boolean isOurs(ElementId end) {
        return end.equals(plan.tenant().id()) || plan.agents().stream().anyMatch(a -> a.id().equals(end));
    }

    /** The pods of our end of a connection: an agent's sandboxes, or the tenant's workloads. */
    private LabelSelector podsOf(ElementId end) {
        return pods.of(plan.agents().stream().filter(a -> a.id().equals(end)).findFirst().orElse(null));
    }

    private NetworkPolicy policy(String name, LabelSelector selected, String policyType) {
        return NetworkPolicyObjects.policy(unique(name), namespace, labels, selected, policyType);
    }

    private static NetworkPolicy annotated(NetworkPolicy policy, String destination) {
        return NetworkPolicyObjects.annotated(policy, Labels.DESTINATION, destination);
    }

    private String name(String direction, ElementId peer, Connection connection) {
        return direction + "-" + KubernetesNames.label(peers.nameOf(peer)) + "-" + connection.port() + "-"
                + connection.protocol().name().toLowerCase(Locale.ROOT);
    }

    /** A policy name not used yet in this namespace (DNS label, suffixed when needed), now taken. */
    private String unique(String wanted) {
        return KubernetesNames.unique(names, KubernetesNames.label(wanted));
    }

    private void add(NetworkPolicy policy) {
        names.add(policy.getMetadata().getName());
        policies.add(policy);
    }

    static NetworkPolicyPort port(int number, String protocol) {
        return NetworkPolicyObjects.port(number, protocol);
    }
}
