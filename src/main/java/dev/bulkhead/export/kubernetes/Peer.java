package dev.bulkhead.export.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.List;

/**
 * The other end of a connection as a NetworkPolicy can name it, or the reason it cannot. A policy rule is
 * never wider than its peer: a peer that cannot be named gets no rule at all (and a line in the README),
 * never the whole internet.
 *
 * @param policyPeer  the NetworkPolicy peer, or null when the peer cannot be named from here
 * @param host        the host name the peer stands for when NetworkPolicy can only say "the public internet",
 *                    else null; a CiliumNetworkPolicy can name it instead
 * @param description what the peer is (for the policy's annotation), or why it cannot be named
 */
record Peer(NetworkPolicyPeer policyPeer, String host, String description) {
    /**
     * Kept out of "any address" egress unless the model allows them by name: private ranges (other tenants'
     * pods, nodes and their kubelets, the VPC), carrier-grade NAT (GKE and EKS pod ranges), link-local (cloud
     * metadata at 169.254.169.254) and loopback.
     */
    static final List<String> NON_PUBLIC_RANGES = List.of("10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
            "172.16.0.0/12", "192.168.0.0/16");

    /** Pods of a namespace in the same cluster. */
    static Peer pods(String namespace, LabelSelector pods, String description) {
        return new Peer(NetworkPolicyObjects.pods(NetworkPolicyObjects.selector(Labels.NAMESPACE_NAME, namespace), pods), null,
                description);
    }

    /** Pods of the policy's own namespace. */
    static Peer sameNamespace(LabelSelector pods, String description) {
        return new Peer(NetworkPolicyObjects.pods(null, pods), null, description);
    }

    /** An address range the model names; the non-public ranges inside it stay excluded unless it is one of them. */
    static Peer range(String cidr, String description) {
        List<String> except = NON_PUBLIC_RANGES.stream().filter(r -> Ipv4Ranges.strictlyContains(cidr, r)).toList();
        return new Peer(NetworkPolicyObjects.range(cidr, except), null, description);
    }

    /** The public internet: any IPv4 address outside the non-public ranges. */
    static Peer internet(String description) {
        return range("0.0.0.0/0", description);
    }

    /** A host name: for NetworkPolicy the public internet, for Cilium the host itself. */
    static Peer host(String host, String description) {
        return new Peer(internet(description).policyPeer(), host, description);
    }

    /** A peer no NetworkPolicy here can name. */
    static Peer unreachable(String why) {
        return new Peer(null, null, why);
    }

    boolean reachable() {
        return policyPeer != null;
    }
}
