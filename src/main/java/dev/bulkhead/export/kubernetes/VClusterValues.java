package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Assumptions;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.Resources;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TrustLevel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's {@code vcluster.yaml}: control-plane resources and replicas by environment criticality (the
 * same assumptions the cost model uses), resource quota, limit range and network policies enabled, pods
 * forced onto the sandbox runtime when the tenant runs untrusted agents, and private nodes when the
 * tenant's placement asks for them. Only keys of vCluster's values schema are used.
 */
final class VClusterValues {
    private VClusterValues() {
    }

    static Map<String, Object> of(TenantPlan plan, Assumptions assumptions) {
        String prefix = "vcluster." + EnumNames.of(plan.environment().criticality()) + ".";
        int replicas = (int) assumptions.value(prefix + "replicas");
        Map<String, Object> statefulSet = new LinkedHashMap<>();
        if (replicas > 1) {
            statefulSet.put("highAvailability", Map.of("replicas", replicas));
        }
        double cpu = assumptions.value(prefix + "cpu");
        double memory = assumptions.value(prefix + "memoryGiB");
        // Explicit limits: otherwise the host namespace's LimitRange default (500m) would undercut the request.
        statefulSet.put("resources", Map.of(
                "requests", Map.of("cpu", millis(cpu), "memory", mebibytes(memory)),
                "limits", Map.of("cpu", millis(cpu * 2), "memory", mebibytes(memory * 2))));
        Map<String, Object> controlPlane = new LinkedHashMap<>();
        controlPlane.put("statefulSet", statefulSet);
        if (replicas > 1) {
            // Several replicas need a shared datastore: the embedded etcd.
            controlPlane.put("backingStore", Map.of("etcd", Map.of("embedded", Map.of("enabled", true))));
        }
        Resources total = plan.load().total();
        Map<String, Object> quota = new LinkedHashMap<>();
        quota.put("requests.cpu", millis(total.cpu() * GuardRails.HEADROOM));
        quota.put("requests.memory", mebibytes(total.memoryGiB() * GuardRails.HEADROOM));
        quota.put("limits.cpu", millis(2 * total.cpu() * GuardRails.HEADROOM));
        quota.put("limits.memory", mebibytes(2 * total.memoryGiB() * GuardRails.HEADROOM));
        quota.put("count/pods", Math.max(2, (int) Math.ceil(total.pods() * GuardRails.HEADROOM)));
        quota.put("services.nodeports", 0);
        quota.put("services.loadbalancers", 1);
        Map<String, Object> policies = new LinkedHashMap<>();
        policies.put("podSecurityStandard", GuardRails.POD_SECURITY_LEVEL);
        policies.put("resourceQuota", Map.of("enabled", true, "quota", quota));
        policies.put("limitRange", Map.of("enabled", true,
                "default", Map.of("cpu", "500m", "memory", "512Mi"),
                "defaultRequest", Map.of("cpu", "100m", "memory", "128Mi")));
        policies.put("networkPolicy", Map.of("enabled", true));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("controlPlane", controlPlane);
        values.put("policies", policies);
        forcedRuntime(plan).ifPresent(runtime -> values.put("sync",
                Map.of("toHost", Map.of("pods", Map.of("runtimeClassName", runtime)))));
        if (plan.placement() == Placement.VCLUSTER_PRIVATE_NODES) {
            values.put("privateNodes", Map.of("enabled", true));
        }
        return values;
    }

    /** The strongest runtime among the tenant's untrusted agents, which every synced pod is then forced onto. */
    static java.util.Optional<String> forcedRuntime(TenantPlan plan) {
        return plan.agents().stream().filter(a -> a.trust() == TrustLevel.UNTRUSTED)
                .map(Agent::runtime).filter(r -> r != SandboxRuntime.RUNC)
                .max(Comparator.naturalOrder()).map(RuntimeClasses::nameOf);
    }

    private static String millis(double cpu) {
        return Math.max(10, Math.round(cpu * 1000)) + "m";
    }

    private static String mebibytes(double gib) {
        return Math.max(16, Math.round(gib * 1024)) + "Mi";
    }
}
