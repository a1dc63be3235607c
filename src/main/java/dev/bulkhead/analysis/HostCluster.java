package dev.bulkhead.analysis;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.NodePool;
import java.util.Comparator;
import java.util.List;

/**
 * A cluster as drawn, with its node pools priced: the cluster that hosts tenants as namespaces or vClusters,
 * and the template for dedicated clusters cut from it.
 *
 * @param sharedPools pools that serve all tenants, in id order
 * @param sizingPool  the pool whose nodes dedicated clusters and dedicated nodes copy: the growth pool, or
 *                    the first pool when none is shared
 */
public record HostCluster(Cluster cluster, String environmentName, Criticality criticality, List<NodePool> sharedPools,
                          NodePool sizingPool) {
    public HostCluster {
        sharedPools = List.copyOf(sharedPools);
    }

    /** Builds the host view of a cluster from its pools. */
    public static HostCluster of(Cluster cluster, String environmentName, Criticality criticality, List<NodePool> pools) {
        List<NodePool> shared = pools.stream().filter(NodePool::isShared).toList();
        NodePool sizing = growthPool(shared);
        if (sizing == null && !pools.isEmpty()) {
            sizing = pools.get(0);
        }
        return new HostCluster(cluster, environmentName, criticality, shared, sizing);
    }

    /** The shared pool that grows to fit demand: the one allowed to grow largest (ties by id). */
    public static NodePool growthPool(List<NodePool> shared) {
        return shared.stream().max(Comparator.comparingInt(NodePool::maxCount)
                .thenComparing(p -> p.id().value(), Comparator.reverseOrder())).orElse(null);
    }

    /** Display name. */
    public String name() {
        return cluster.name();
    }

    /** Whether the cluster has any pool to price. */
    public boolean hasPools() {
        return sizingPool != null;
    }
}
