package dev.bulkhead.analysis;

/**
 * A node size with its price and what one node offers to pods after system reservations, per-node
 * DaemonSets and the utilisation target.
 *
 * @param priceSource where the price comes from, for formulas
 * @param usableCpu   vCPU per node available to pods at the utilisation target
 * @param usableMemoryGiB memory per node available to pods at the utilisation target
 * @param podsPerNode pods one node may run
 */
public record NodeShape(String instanceType, double vcpu, double memoryGiB, double hourlyPrice, String priceSource,
                        double usableCpu, double usableMemoryGiB, int podsPerNode) {
    /**
     * The most nodes one group is counted with: twenty times the 5,000 nodes Kubernetes supports in a cluster.
     * Beyond it a count says nothing more, and money stays a printable figure; a finding reports the cap.
     */
    public static final int MAX_NODES = 100_000;

    /** Nodes needed for {@code demand}: the most any one resource needs, at least {@code minimum}, at most {@link #MAX_NODES}. */
    public int nodesFor(Resources demand, int minimum) {
        return Math.max(minimum, Math.min(MAX_NODES, ceil(nodeEquivalents(demand))));
    }

    /** Whether {@code demand} needs more nodes of this shape than {@link #MAX_NODES}, the most a group is counted with. */
    public boolean exceedsNodeLimit(Resources demand) {
        return nodeEquivalents(demand) > MAX_NODES;
    }

    /** Fractional nodes needed by {@code demand} on its most demanding resource (marginal cost). */
    public double nodeEquivalents(Resources demand) {
        return Math.max(demand.cpu() / usableCpu, Math.max(demand.memoryGiB() / usableMemoryGiB,
                (double) demand.pods() / podsPerNode));
    }

    /** The resource that decides the node count for {@code demand}. */
    public Resources.Resource binding(Resources demand) {
        double cpu = demand.cpu() / usableCpu;
        double memory = demand.memoryGiB() / usableMemoryGiB;
        double pods = (double) demand.pods() / podsPerNode;
        if (cpu >= memory && cpu >= pods) {
            return Resources.Resource.CPU;
        }
        return memory >= pods ? Resources.Resource.MEMORY : Resources.Resource.PODS;
    }

    /** Whether one pod of this size fits on a node at all. */
    public boolean fits(Resources pod) {
        return pod.cpu() <= usableCpu + 1e-9 && pod.memoryGiB() <= usableMemoryGiB + 1e-9;
    }

    /** Usable capacity of {@code nodes} such nodes. */
    public Resources capacity(int nodes) {
        return new Resources(usableCpu * nodes, usableMemoryGiB * nodes, podsPerNode * nodes);
    }

    /** Rounds up, forgiving floating-point noise (4.0000000001 nodes is 4). */
    static int ceil(double value) {
        return (int) Math.ceil(value - 1e-9);
    }
}
