package dev.bulkhead.analysis;

import java.util.Locale;

/**
 * The rules the analysis checks, one constant each. Their {@link #id()} is the stable kebab-case name that
 * the CLI prints and JSON carries, so that scripts can match on it.
 */
public enum FindingCode {
    AGENT_RUNTIME_UNAVAILABLE,
    BLAST_RADIUS,
    CLUSTER_CAPACITY_EXCEEDED,
    CLUSTER_WITHOUT_POOL,
    CONNECTION_DUPLICATE,
    CROSS_ENVIRONMENT_CONNECTION,
    CROSS_TENANT_CONNECTION,
    /** Data to external endpoints that no price covers (internet egress; NAT processing where not found). */
    EGRESS_NOT_PRICED,
    ENVIRONMENT_EMPTY,
    INSTANCE_PRICED_BY_SHAPE,
    /** vCluster private nodes are placed, but the model sets no price for the vCluster Platform licence. */
    LICENCE_NOT_PRICED,
    NAMESPACE_COLLISION,
    /** A network item every cluster pays for whose price the reference data does not give (GCP's Cloud NAT). */
    NETWORK_NOT_PRICED,
    /** Demand beyond the most nodes a group is counted with ({@link NodeShape#MAX_NODES}): the figures are capped. */
    NODE_COUNT_CAPPED,
    OPEN_EGRESS_WITH_SECRETS,
    POD_TOO_LARGE,
    PROFILE_PROVIDER_MISMATCH,
    REQUIREMENT_UNMET,
    SANDBOX_WEAKER_THAN_ADVISED,
    /** Tenants of different names with one owner group: the group gets RBAC in every one of their namespaces. */
    SHARED_OWNER_GROUP,
    SUPPORT_TIER_UNAVAILABLE,
    SYSTEM_NAMESPACE,
    /** An owner group that names every identity of a cluster ({@code system:authenticated} and the like). */
    SYSTEM_OWNER_GROUP,
    /** A tenant's own pods run under a sandbox runtime its cluster does not offer. */
    TENANT_RUNTIME_UNAVAILABLE,
    TENANT_WITHOUT_NODES,
    UNKNOWN_ASSUMPTION,
    UNKNOWN_PRICING_PROFILE,
    UNTRUSTED_AGENT_REACHES_TENANT,
    UNTRUSTED_AGENT_UNSANDBOXED;

    /** Computed once: findings are sorted by it on every analysis, thousands of comparisons each time. */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');
    /** Position in the order of ids, so that sorting compares two ints rather than two ids. */
    private int rankById;

    static {
        FindingCode[] byId = values();
        java.util.Arrays.sort(byId, java.util.Comparator.comparing(FindingCode::id));
        for (int i = 0; i < byId.length; i++) {
            byId[i].rankById = i;
        }
    }

    /** The stable name, for example {@code agent-runtime-unavailable}. */
    public String id() {
        return id;
    }

    /** Orders codes as their ids sort. */
    int compareById(FindingCode other) {
        return Integer.compare(rankById, other.rankById);
    }

    @Override
    public String toString() {
        return id();
    }
}
