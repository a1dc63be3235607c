package dev.bulkhead.export.kubernetes;

/**
 * Where the other end of a connection runs when no NetworkPolicy rule can name it, kept apart from the sentence that
 * says so: a report that groups the 45 calls of one caller writes what to do once for all of them, and the sentences
 * differ only by the names of the peers.
 *
 * @param cluster the cluster whose address range the model lacks, for {@link Place#CLUSTER_WITHOUT_RANGE}; else the
 *                cluster the peer is modelled in
 */
public record UnnamedPeer(Place place, String cluster) {
    /** Why the peer cannot be named, and so what lets the rule be written. */
    public enum Place {
        /** Pods of a shared cluster the model gives no address range: setting it in the model lets the export write the rule. */
        CLUSTER_WITHOUT_RANGE,
        /** Pods on a vCluster's private nodes, a network of their own whose range the model does not draw: written by hand. */
        PRIVATE_NODES,
        /** Pods of a dedicated cluster, whose range the model does not draw: written by hand. */
        DEDICATED_CLUSTER,
        /** An external endpoint named by host, which a policy cannot name as a source: its range set in the model. */
        HOST_NAME
    }
}
