package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Assumptions;
import dev.bulkhead.analysis.Resources;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;

/**
 * What a tenant's vCluster itself runs in its host namespace, besides the tenant's synced pods: the control
 * plane replicas (sized by the same assumptions the cost model charges), a deployed etcd when the open-source
 * edition runs highly available, and CoreDNS; with the persistent volumes they claim. Figures not set by
 * Bulkhead are the pinned chart's defaults (vcluster-chart-0.36.1/values.yaml); containers without limits get
 * the host LimitRange's defaults.
 *
 * @param replicas     control-plane replicas
 * @param perReplica   requests of one control-plane replica
 * @param etcdReplicas replicas of a chart-deployed etcd, or 0
 */
record VClusterFootprint(int replicas, Resources perReplica, int etcdReplicas) {
    /** The chart's default ephemeral-storage request and limit of the control-plane container. */
    static final String CONTROL_PLANE_SCRATCH_REQUEST = "1Gi";
    static final String CONTROL_PLANE_SCRATCH_LIMIT = "10Gi";
    /** Chart defaults: control-plane and etcd volume claims ({@code persistence.volumeClaim.size}). */
    static final double VOLUME_GIB = 5;
    /** Chart defaults: a deployed etcd requests 20m and 150Mi, CoreDNS 20m/64Mi with limits 1000m/170Mi. */
    private static final Footprint ETCD = new Footprint(0.02, 150 / 1024.0, GuardRails.DEFAULT_CPU_LIMIT,
            GuardRails.DEFAULT_MEMORY_LIMIT_GIB, GuardRails.DEFAULT_SCRATCH_REQUEST_GIB, GuardRails.DEFAULT_SCRATCH_LIMIT_GIB,
            1, VOLUME_GIB);
    private static final Footprint COREDNS = new Footprint(0.02, 64 / 1024.0, 1.0, 170 / 1024.0,
            GuardRails.DEFAULT_SCRATCH_REQUEST_GIB, GuardRails.DEFAULT_SCRATCH_LIMIT_GIB, 1, 0);
    /** An odd member count keeps quorum through one loss. */
    private static final int HA_ETCD_REPLICAS = 3;

    static VClusterFootprint of(TenantPlan plan, Assumptions assumptions, VClusterEdition edition) {
        String prefix = VClusterValues.criticalityPrefix(plan);
        int replicas = (int) Math.round(assumptions.value(prefix + "replicas"));
        Resources perReplica = new Resources(assumptions.value(prefix + "cpu"), assumptions.value(prefix + "memoryGiB"), 1);
        int etcd = replicas > 1 && edition == VClusterEdition.OPEN_SOURCE ? HA_ETCD_REPLICAS : 0;
        return new VClusterFootprint(Math.max(1, replicas), perReplica, etcd);
    }

    /** Everything the vCluster adds to its host namespace's quota. */
    Footprint total() {
        // Without a deployed etcd, each control-plane replica keeps its data on a volume of its own.
        double controlPlaneVolume = etcdReplicas == 0 ? VOLUME_GIB : 0;
        Footprint replica = new Footprint(perReplica.cpu(), perReplica.memoryGiB(), 2 * perReplica.cpu(),
                2 * perReplica.memoryGiB(), 1, 10, 1, controlPlaneVolume);
        return replica.times(replicas).plus(ETCD.times(etcdReplicas)).plus(COREDNS);
    }
}
