package dev.bulkhead.export.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlockBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import java.util.List;

/**
 * The other end of a connection, as a NetworkPolicy can name it from one tenant's namespace: pods of a
 * namespace in the same cluster, or an address range when the peer lives elsewhere.
 *
 * @param namespace   the peer's namespace when it shares the cluster, else null
 * @param agentLabel  the peer agent's label when the peer is an agent whose pods keep their labels, else null
 * @param cidr        the address range when the peer is outside the cluster
 * @param internetOnly whether the range is the public internet (private ranges excluded)
 * @param description what the peer is, for the policy's annotation
 */
record Peer(String namespace, String agentLabel, String cidr, boolean internetOnly, String description) {
    /** Private and link-local ranges kept out of "internet" egress: other tenants' pods and the metadata server. */
    static final List<String> PRIVATE_RANGES = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16");

    static Peer inCluster(String namespace, String agentLabel, String description) {
        return new Peer(namespace, agentLabel, null, false, description);
    }

    static Peer range(String cidr, String description) {
        return new Peer(null, null, cidr, false, description);
    }

    static Peer internet(String description) {
        return new Peer(null, null, "0.0.0.0/0", true, description);
    }

    /** Whether the peer is selected by namespace (and maybe pod labels) rather than by address. */
    boolean sharesCluster() {
        return namespace != null;
    }

    /** The NetworkPolicy peer. */
    NetworkPolicyPeer toPolicyPeer() {
        if (namespace != null) {
            NetworkPolicyPeerBuilder peer = new NetworkPolicyPeerBuilder()
                    .withNamespaceSelector(new LabelSelectorBuilder().addToMatchLabels(Labels.NAMESPACE_NAME, namespace).build());
            if (agentLabel != null) {
                peer.withPodSelector(new LabelSelectorBuilder().addToMatchLabels(Labels.AGENT, agentLabel).build());
            }
            return peer.build();
        }
        IPBlock block = new IPBlockBuilder().withCidr(cidr).withExcept(internetOnly ? PRIVATE_RANGES : List.of()).build();
        return new NetworkPolicyPeerBuilder().withIpBlock(block).build();
    }

    /** A selector for pods of an agent. */
    static LabelSelector agentPods(String agentLabel) {
        return new LabelSelectorBuilder().addToMatchLabels(Labels.AGENT, agentLabel).build();
    }
}
