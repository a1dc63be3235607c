package dev.bulkhead.export.terraform;

import dev.bulkhead.analysis.HostCluster;
import dev.bulkhead.model.NodePool;
import java.util.ArrayList;
import java.util.List;

/**
 * The autoscaling range of a tenant's dedicated cluster. The analysis costs that cluster as one node group of its
 * host's growth-pool shape, at the nodes the tenant's demand needs (never fewer than {@code dedicated.minNodes});
 * the copied host pool's own range (a shared pool's, sized for every tenant) says nothing about one tenant. So the
 * pool that grows starts at the costed nodes and may grow to {@value #HEADROOM_FACTOR} times them: room for the
 * tenant's demand to double (or a zone's nodes to be replaced) before anyone re-runs the analysis, while the
 * bill such a cluster can reach stays a known multiple of the costed one.
 */
final class DedicatedPools {
    /** How many times its costed nodes a dedicated cluster's growth pool may reach. */
    static final int HEADROOM_FACTOR = 2;

    private DedicatedPools() {
    }

    /** The largest size a dedicated cluster's growth pool may reach when the analysis costs it at this many nodes. */
    static int maxNodes(int costedNodes) {
        return costedNodes * HEADROOM_FACTOR;
    }

    /**
     * The pools copied into a dedicated cluster, its growth pool (the tenant's own pool, or the shared pool that
     * grows) resized to the costed nodes and their headroom; other copied pools keep their ranges.
     */
    static List<NodePool> sized(List<NodePool> copied, int costedNodes) {
        NodePool growth = copied.size() == 1 ? copied.get(0) : HostCluster.growthPool(copied);
        List<NodePool> result = new ArrayList<>();
        for (NodePool pool : copied) {
            result.add(pool == growth ? pool.withMinCount(costedNodes).withMaxCount(maxNodes(costedNodes)) : pool);
        }
        return result;
    }
}
