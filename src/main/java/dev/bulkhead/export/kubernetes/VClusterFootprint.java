package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Resources;
import dev.bulkhead.analysis.VClusterControlPlane;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import java.util.Map;

/**
 * What a tenant's vCluster itself runs in its host namespace, besides the tenant's synced pods: the control
 * plane replicas (the profile and replica count the cost model charges, {@code Assumptions#vclusterControlPlane}), a deployed etcd when the open-source
 * edition runs highly available, and CoreDNS; with the persistent volumes they claim. Figures not set by
 * Bulkhead are the pinned chart's defaults (vcluster-chart-0.36.1/values.yaml); containers without limits get
 * the host LimitRange's defaults.
 *
 * @param replicas     control-plane replicas
 * @param perReplica   requests of one control-plane replica: the sizing profile's, or less where the profile
 *                     does not fit on one of the host cluster's nodes
 * @param profile      what the sizing profile asks per replica (the cost model charges this; limits follow it)
 * @param etcdReplicas replicas of a chart-deployed etcd, or 0
 */
record VClusterFootprint(int replicas, Resources perReplica, Resources profile, int etcdReplicas) {
    /** The chart's default ephemeral-storage request and limit of the control-plane container. */
    static final String CONTROL_PLANE_SCRATCH_REQUEST = "1Gi";
    static final String CONTROL_PLANE_SCRATCH_LIMIT = "10Gi";
    /** Chart defaults: control-plane and etcd volume claims ({@code persistence.volumeClaim.size}). */
    static final double VOLUME_GIB = 5;
    /**
     * A deployed etcd member: the chart's requests (20m, 150Mi), and limits of Bulkhead's choosing (1 vCPU, 1 GiB;
     * not a sourced figure) so that it is not held to the namespace's small LimitRange defaults.
     */
    private static final double ETCD_CPU_REQUEST = VClusterControlPlane.ETCD_MEMBER.cpu();
    private static final double ETCD_MEMORY_REQUEST_GIB = VClusterControlPlane.ETCD_MEMBER.memoryGiB();
    private static final double ETCD_CPU_LIMIT = 1;
    private static final double ETCD_MEMORY_LIMIT_GIB = 1;
    private static final Footprint ETCD = new Footprint(ETCD_CPU_REQUEST, ETCD_MEMORY_REQUEST_GIB, ETCD_CPU_LIMIT,
            ETCD_MEMORY_LIMIT_GIB, GuardRails.DEFAULT_SCRATCH_REQUEST_GIB, GuardRails.DEFAULT_SCRATCH_LIMIT_GIB, 1, VOLUME_GIB);
    /** Chart defaults: CoreDNS requests 20m/64Mi with limits 1000m/170Mi. */
    private static final Footprint COREDNS = new Footprint(0.02, 64 / 1024.0, 1.0, 170 / 1024.0,
            GuardRails.DEFAULT_SCRATCH_REQUEST_GIB, GuardRails.DEFAULT_SCRATCH_LIMIT_GIB, 1, 0);

    /**
     * The footprint of a tenant's vCluster. A replica's request never exceeds what one node of the host
     * cluster's sizing pool offers pods (a larger request would leave it Pending for good); its limit keeps the
     * profile's figure, so a replica can still use a node's spare capacity.
     */
    static VClusterFootprint of(TenantPlan plan, Analysis analysis, VClusterEdition edition) {
        // The same sizing decision the cost model charges, so that the export and the bill agree.
        VClusterControlPlane sizing = analysis.pricing().assumptions().vclusterControlPlane(plan.load());
        int replicas = sizing.replicas();
        Resources profile = sizing.perReplica();
        Resources request = analysis.sizingPool(plan.cluster().id()).map(analysis.pricing()::shapeOf)
                .map(node -> new Resources(Math.min(profile.cpu(), node.usableCpu()),
                        Math.min(profile.memoryGiB(), node.usableMemoryGiB()), 1))
                .orElse(profile);
        int etcd = replicas > 1 && edition == VClusterEdition.OPEN_SOURCE ? VClusterControlPlane.HA_ETCD_MEMBERS : 0;
        return new VClusterFootprint(Math.max(1, replicas), request, profile, etcd);
    }

    /** Whether the profile's request was lowered to fit a node. */
    boolean fittedToNode() {
        return perReplica.cpu() < profile.cpu() - 1e-9 || perReplica.memoryGiB() < profile.memoryGiB() - 1e-9;
    }

    /** A deployed etcd member's resources, as the values file sets them. */
    static Map<String, Object> etcdResources() {
        return Map.of("requests", Map.of("cpu", Quantities.millis(ETCD_CPU_REQUEST), "memory",
                        Quantities.mebibytes(ETCD_MEMORY_REQUEST_GIB)),
                "limits", Map.of("cpu", Quantities.millis(ETCD_CPU_LIMIT), "memory", Quantities.mebibytes(ETCD_MEMORY_LIMIT_GIB)));
    }

    /** Everything the vCluster adds to its host namespace's quota. */
    Footprint total() {
        // Without a deployed etcd, each control-plane replica keeps its data on a volume of its own.
        double controlPlaneVolume = etcdReplicas == 0 ? VOLUME_GIB : 0;
        Footprint replica = new Footprint(perReplica.cpu(), perReplica.memoryGiB(), 2 * profile.cpu(),
                2 * profile.memoryGiB(), 1, 10, 1, controlPlaneVolume);
        return replica.times(replicas).plus(ETCD.times(etcdReplicas)).plus(COREDNS);
    }
}
