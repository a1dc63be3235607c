package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.Resources;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TrustLevel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's {@code vcluster.yaml} for the pinned chart (v0.36 line; defaults in
 * ../shared/schemas/vcluster-chart-0.36.1/values.yaml, templates read at tag v0.36.1). Only keys of vCluster's
 * values schema are used, and every default that would undo Bulkhead's guard-rails is set explicitly:
 * <ul>
 * <li>The control plane (and its init container, CoreDNS and a deployed etcd) runs as a non-root user with
 *     every capability dropped and the runtime's seccomp profile, so the host namespace's {@code restricted}
 *     Pod Security admits it (the chart's default runs it as root).</li>
 * <li>The chart's own ResourceQuota and LimitRange are off: Bulkhead's quota in the host namespace counts the
 *     workloads and the control plane with storage, one rounding in one place ({@link VClusterFootprint}).</li>
 * <li>The chart's network policies are off and so is their public egress (on by default: {@code 0.0.0.0/0}
 *     with only private ranges excepted); Bulkhead writes the host namespace's policies itself, selecting
 *     synced pods by the labels the syncer keeps ({@link VClusterHostPolicies}).</li>
 * <li>High availability uses what the edition runs: a deployed etcd in the open-source chart, embedded etcd
 *     with vCluster Platform. Private nodes likewise need Platform; in the open-source edition a tenant on
 *     nodes of its own gets the host nodes of its pool instead (node selector and enforced tolerations).</li>
 * </ul>
 */
final class VClusterValues {
    /** A non-root user for every vCluster container; any non-zero id works with the chart's images. */
    static final long NON_ROOT_USER = 12345;

    private VClusterValues() {
    }

    static Map<String, Object> of(TenantPlan plan, VClusterFootprint footprint, VClusterEdition edition,
                                  String forcedRuntimeClass) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("controlPlane", controlPlane(footprint, edition));
        values.put("networking", networking());
        values.put("policies", policies());
        Map<String, Object> sync = sync(plan, edition, forcedRuntimeClass);
        if (!sync.isEmpty()) {
            values.put("sync", sync);
        }
        if (privateNodes(plan, edition)) {
            values.put("privateNodes", Map.of("enabled", true));
        }
        return values;
    }

    /** Whether the tenant's vCluster gets private nodes: asked for by its placement, and licensed. */
    static boolean privateNodes(TenantPlan plan, VClusterEdition edition) {
        return plan.placement() == Placement.VCLUSTER_PRIVATE_NODES && edition == VClusterEdition.PLATFORM;
    }

    private static Map<String, Object> controlPlane(VClusterFootprint footprint, VClusterEdition edition) {
        Map<String, Object> statefulSet = new LinkedHashMap<>();
        if (footprint.replicas() > 1) {
            statefulSet.put("highAvailability", Map.of("replicas", footprint.replicas()));
        }
        statefulSet.put("resources", Map.of(
                "requests", Map.of("cpu", Quantities.millis(footprint.perReplica().cpu()),
                        "memory", Quantities.mebibytes(footprint.perReplica().memoryGiB()),
                        "ephemeral-storage", VClusterFootprint.CONTROL_PLANE_SCRATCH_REQUEST),
                "limits", Map.of("cpu", Quantities.millis(2 * footprint.profile().cpu()),
                        "memory", Quantities.mebibytes(2 * footprint.profile().memoryGiB()),
                        "ephemeral-storage", VClusterFootprint.CONTROL_PLANE_SCRATCH_LIMIT)));
        statefulSet.put("security", restrictedSecurity());
        Map<String, Object> controlPlane = new LinkedHashMap<>();
        controlPlane.put("statefulSet", statefulSet);
        // The init container that copies the Kubernetes binaries has a security context of its own.
        controlPlane.put("distro", Map.of("k8s", Map.of("securityContext", containerSecurity())));
        controlPlane.put("coredns", Map.of("security", restrictedSecurity()));
        if (footprint.replicas() > 1) {
            // Several replicas need a shared datastore instead of the default embedded SQLite.
            Map<String, Object> etcd = edition == VClusterEdition.PLATFORM
                    ? Map.of("embedded", Map.of("enabled", true))
                    : Map.of("deploy", Map.of("enabled", true, "statefulSet", Map.of(
                    "highAvailability", Map.of("replicas", footprint.etcdReplicas()),
                    "resources", VClusterFootprint.etcdResources(),
                    "security", restrictedSecurity())));
            controlPlane.put("backingStore", Map.of("etcd", etcd));
        }
        return controlPlane;
    }

    /**
     * The vCluster's CoreDNS forwards what it cannot answer to the host cluster's DNS, which the host
     * namespace's policies allow, instead of to the node's resolver (the chart's default, {@code /etc/resolv.conf}
     * of a {@code dnsPolicy: Default} pod: an address in the VPC or the metadata server, which they do not).
     * The kubelet proxies are off, so that syncing the tenant's host nodes grants no {@code nodes/proxy}.
     */
    private static Map<String, Object> networking() {
        return Map.of("advanced", Map.of("fallbackHostCluster", true,
                "proxyKubelets", Map.of("byHostname", false, "byIP", false)));
    }

    private static Map<String, Object> policies() {
        Map<String, Object> policies = new LinkedHashMap<>();
        policies.put("podSecurityStandard", GuardRails.POD_SECURITY_LEVEL);
        policies.put("resourceQuota", Map.of("enabled", false));
        policies.put("limitRange", Map.of("enabled", false));
        // Off, and its public egress off too, so that turning the chart's policies back on cannot open the internet.
        policies.put("networkPolicy", Map.of("enabled", false,
                "workload", Map.of("publicEgress", Map.of("enabled", false))));
        return policies;
    }

    private static Map<String, Object> sync(TenantPlan plan, VClusterEdition edition, String forcedRuntimeClass) {
        Map<String, Object> pods = new LinkedHashMap<>();
        Map<String, Object> fromHost = new LinkedHashMap<>();
        if (forcedRuntimeClass != null) {
            pods.put("runtimeClassName", forcedRuntimeClass);
        }
        if (plan.agents().stream().anyMatch(a -> a.runtime() != SandboxRuntime.RUNC) || forcedRuntimeClass != null) {
            // Pods inside name the host's RuntimeClasses, which admission inside the vCluster must also know.
            fromHost.put("runtimeClasses", Map.of("enabled", true));
        }
        if (plan.placement().ownNodes() && !privateNodes(plan, edition)) {
            OwnNodes nodes = OwnNodes.of(plan);
            // The syncer sets this selector on every pod it syncs (pkg/controllers/resources/pods/syncer.go).
            fromHost.put("nodes", Map.of("enabled", true, "selector", Map.of("labels", nodes.selector())));
            pods.put("enforceTolerations", nodes.taints());
        }
        Map<String, Object> sync = new LinkedHashMap<>();
        if (!pods.isEmpty()) {
            sync.put("toHost", Map.of("pods", pods));
        }
        if (!fromHost.isEmpty()) {
            sync.put("fromHost", fromHost);
        }
        return sync;
    }

    /** The strongest runtime among the tenant's untrusted agents, or any sandbox for a tenant that runs untrusted code. */
    static Optional<SandboxRuntime> forcedRuntime(TenantPlan plan) {
        Optional<SandboxRuntime> strongest = plan.agents().stream().filter(a -> a.trust() == TrustLevel.UNTRUSTED)
                .map(Agent::runtime).filter(r -> r != SandboxRuntime.RUNC).max(Comparator.naturalOrder());
        if (strongest.isEmpty() && plan.runsUntrustedCode()) {
            return plan.cluster().sandboxRuntimes().stream().filter(r -> r != SandboxRuntime.RUNC).max(Comparator.naturalOrder());
        }
        return strongest;
    }

    /** Pod and container security contexts that Pod Security's {@code restricted} level admits. */
    private static Map<String, Object> restrictedSecurity() {
        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("runAsNonRoot", true);
        pod.put("runAsUser", NON_ROOT_USER);
        pod.put("runAsGroup", NON_ROOT_USER);
        pod.put("fsGroup", NON_ROOT_USER);
        pod.put("seccompProfile", Map.of("type", "RuntimeDefault"));
        return Map.of("podSecurityContext", pod, "containerSecurityContext", containerSecurity());
    }

    private static Map<String, Object> containerSecurity() {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("allowPrivilegeEscalation", false);
        container.put("runAsNonRoot", true);
        container.put("runAsUser", NON_ROOT_USER);
        container.put("runAsGroup", NON_ROOT_USER);
        container.put("capabilities", Map.of("drop", List.of("ALL")));
        container.put("seccompProfile", Map.of("type", "RuntimeDefault"));
        return container;
    }
}
