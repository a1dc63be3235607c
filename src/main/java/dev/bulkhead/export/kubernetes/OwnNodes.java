package dev.bulkhead.export.kubernetes;

import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.model.NodePool;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The nodes a tenant placed on nodes of its own runs on: those of the pool the model dedicates to it (its
 * labels select them, its taints keep others off), or, when the model has no such pool, nodes the operator
 * labels and taints {@code bulkhead.dev/tenant=TENANT} (the README says so).
 *
 * @param selector the node labels every pod of the tenant must select
 * @param taints   the taints every pod of the tenant must tolerate, in kubectl syntax
 * @param fromModel whether both come from a pool in the model
 */
record OwnNodes(SortedMap<String, String> selector, List<String> taints, boolean fromModel) {
    static OwnNodes of(TenantPlan plan) {
        NodePool pool = plan.ownPool();
        if (pool != null && !pool.labels().isEmpty()) {
            return new OwnNodes(new TreeMap<>(pool.labels()), pool.taints(), true);
        }
        SortedMap<String, String> selector = new TreeMap<>(Map.of(Labels.TENANT, plan.label()));
        return new OwnNodes(selector, List.of(Labels.TENANT + "=" + plan.label() + ":NoSchedule"), false);
    }

    /** A toleration of each taint. */
    List<Toleration> tolerations() {
        return taints.stream().map(RuntimeClasses::toleration).toList();
    }
}
