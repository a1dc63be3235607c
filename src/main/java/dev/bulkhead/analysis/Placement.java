package dev.bulkhead.analysis;

import dev.bulkhead.model.TenancyOption;

/**
 * How one tenant is placed: a tenancy option, and for the shared options whether the tenant's pods run on
 * nodes of their own (node isolation for a namespace, private nodes for a vCluster).
 */
public enum Placement {
    NAMESPACE(TenancyOption.NAMESPACE, false, "namespace", "namespace"),
    NAMESPACE_DEDICATED_NODES(TenancyOption.NAMESPACE, true, "namespace-dedicated-nodes", "namespace on dedicated nodes"),
    VCLUSTER(TenancyOption.VCLUSTER, false, "vcluster", "vCluster"),
    VCLUSTER_PRIVATE_NODES(TenancyOption.VCLUSTER, true, "vcluster-private-nodes", "vCluster with private nodes"),
    DEDICATED(TenancyOption.DEDICATED, true, "dedicated", "dedicated cluster");

    private final TenancyOption option;
    private final boolean ownNodes;
    private final String key;
    private final String label;

    Placement(TenancyOption option, boolean ownNodes, String key, String label) {
        this.option = option;
        this.ownNodes = ownNodes;
        this.key = key;
        this.label = label;
    }

    /** The placement of an option, on own nodes or shared ones. */
    public static Placement of(TenancyOption option, boolean ownNodes) {
        return switch (option) {
            case NAMESPACE -> ownNodes ? NAMESPACE_DEDICATED_NODES : NAMESPACE;
            case VCLUSTER -> ownNodes ? VCLUSTER_PRIVATE_NODES : VCLUSTER;
            case DEDICATED -> DEDICATED;
        };
    }

    /** The tenancy option. */
    public TenancyOption option() {
        return option;
    }

    /** Whether no other tenant's pods share this tenant's nodes. */
    public boolean ownNodes() {
        return ownNodes;
    }

    /** Whether the tenant lives in its host cluster (all but dedicated). */
    public boolean inHostCluster() {
        return this != DEDICATED;
    }

    /** Whether it runs a vCluster control plane on the host. */
    public boolean runsVCluster() {
        return option == TenancyOption.VCLUSTER;
    }

    /** The key of its column in the isolation rubric and in JSON output. */
    public String key() {
        return key;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }
}
