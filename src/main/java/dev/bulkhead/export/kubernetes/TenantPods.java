package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.model.Agent;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.Map;

/**
 * Label selectors for a tenant's pods in the namespace where NetworkPolicies see them: its own namespace, or
 * its vCluster's host namespace, where the syncer keeps the pods' labels and adds
 * {@code vcluster.loft.sh/managed-by: RELEASE} (only {@code release} and vCluster's own keys are rewritten,
 * loft-sh/vcluster pkg/util/translate at v0.36.1). Agent sandboxes carry {@code bulkhead.dev/agent}; every
 * other pod of the tenant is one of its workloads.
 */
final class TenantPods {
    private final TenantPlan plan;
    private final boolean synced;

    private TenantPods(TenantPlan plan, boolean synced) {
        this.plan = plan;
        this.synced = synced;
    }

    /** The pods of a tenant as the host cluster sees them. */
    static TenantPods of(TenantPlan plan) {
        return new TenantPods(plan, plan.placement() == Placement.VCLUSTER || plan.placement() == Placement.VCLUSTER_PRIVATE_NODES);
    }

    /** The pods of a tenant as a namespace of its own (a dedicated cluster, or the inside of a vCluster) sees them. */
    static TenantPods unsynced(TenantPlan plan) {
        return new TenantPods(plan, false);
    }

    /** Whether these pods are synced by a vCluster into its host namespace. */
    boolean synced() {
        return synced;
    }

    /** Every pod of the tenant: in a namespace of its own all pods, in a vCluster's host namespace the synced ones. */
    LabelSelector all() {
        return NetworkPolicyObjects.selector(syncedLabel());
    }

    /** The tenant's workloads: its pods that are not agent sandboxes. */
    LabelSelector workloads() {
        return NetworkPolicyObjects.withoutKey(syncedLabel(), Labels.AGENT);
    }

    /** One agent's sandboxes, warm or claimed. */
    LabelSelector agent(Agent agent) {
        LabelSelector selector = NetworkPolicyObjects.selector(Labels.AGENT, plan.agentLabel(agent));
        selector.getMatchLabels().putAll(syncedLabel());
        return selector;
    }

    /** The label the syncer puts on a vCluster's synced pods, or none. */
    private Map<String, String> syncedLabel() {
        return synced ? Map.of(Labels.VCLUSTER_MANAGED_BY, plan.release()) : Map.of();
    }

    /** An agent's sandboxes, or the workloads when {@code agent} is null. */
    LabelSelector of(Agent agent) {
        return agent == null ? workloads() : agent(agent);
    }
}
