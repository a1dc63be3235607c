package dev.bulkhead.reference;

/**
 * How a provider sizes a node: what the kubelet keeps back for the system and how many pods a node may run,
 * each with its source (cost-isolation-data.md §10a-§10c).
 *
 * @param reservation the provider's kube-reserved formula
 * @param maxPods     the provider's default pods-per-node limit
 */
public record NodeSizing(Reservation reservation, MaxPods maxPods) {
    /** The formulas Bulkhead knows; each is written out in {@code dev.bulkhead.analysis.NodeReservations}. */
    public enum Formula {
        /** GKE's regressive tiers (also what the EKS AMI used before nodeadm), §3a and §10c. */
        GKE,
        /** EKS nodeadm: CPU tiers as GKE's, memory 11 MiB × max pods + 255 MiB, §10a. */
        EKS,
        /** AKS 1.29+: CPU by table, memory the lesser of 20 MB × max pods + 50 MB and 25% of the node, §10b. */
        AKS
    }

    /** A pods-per-node rule: a fixed number, or the Amazon VPC CNI's per-instance-type formula. */
    public enum PodsRule { FIXED, VPC_CNI }

    /** The reservation formula with its source. */
    public record Reservation(Formula formula, String source, String kind) {
    }

    /**
     * The pods-per-node rule with its source.
     *
     * @param value the number for {@link PodsRule#FIXED}; for {@link PodsRule#VPC_CNI} the number used for a
     *              type whose interfaces are not listed
     */
    public record MaxPods(PodsRule rule, int value, String source, String kind) {
    }

    /** What a profile without node sizing gets: GKE's tiers and kubelet's 110 pods (the figures used until now). */
    public static final NodeSizing KUBELET_DEFAULTS = new NodeSizing(
            new Reservation(Formula.GKE, "GKE formula (cost-isolation-data.md §3a)", "secondary"),
            new MaxPods(PodsRule.FIXED, 110, "kubelet default maxPods", "primary"));
}
