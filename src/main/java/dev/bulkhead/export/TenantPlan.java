package dev.bulkhead.export;

import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.TenantLoad;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every exporter knows about one tenant: where it is drawn, how it is placed, and the names it gets.
 *
 * @param namespace   the tenant's namespace (on the host for namespace and vCluster placements, in its own
 *                    cluster for a dedicated one)
 * @param release     the Helm release (and vCluster) name: the tenant's label, shortened to Helm's 53
 *                    characters when needed
 * @param agentLabels each agent's label value, distinct within the tenant
 * @param ownPool     the node pool the model dedicates to the tenant in its cluster, or null
 */
public record TenantPlan(Tenant tenant, List<Agent> agents, Environment environment, Cluster cluster, Placement placement,
                         String namespace, String release, Map<dev.bulkhead.model.ElementId, String> agentLabels,
                         NodePool ownPool, TenantLoad load) {
    public TenantPlan {
        agents = List.copyOf(agents);
        agentLabels = Map.copyOf(agentLabels);
    }

    /** The tenant's name as a label value. */
    public String label() {
        return KubernetesNames.label(tenant.name());
    }

    /** The environment's name as a label value. */
    public String environmentLabel() {
        return KubernetesNames.label(environment.name());
    }

    /** An agent's label value, distinct within this tenant. */
    public String agentLabel(Agent agent) {
        return Objects.requireNonNull(agentLabels.get(agent.id()), () -> "agent " + agent.id() + " is not this tenant's");
    }

    /** Whether this tenant's pods run in its drawn cluster (as a namespace or a vCluster). */
    public boolean inHostCluster() {
        return placement.inHostCluster();
    }

    /** Whether every pod of the tenant must run in a sandbox: a tenant that runs code it did not write. */
    public boolean runsUntrustedCode() {
        return tenant.tenantKind() == TenantKind.UNTRUSTED_CODE;
    }

    /** Whether any of its agents runs untrusted code. */
    public boolean hasUntrustedAgents() {
        return agents.stream().anyMatch(a -> a.trust() == TrustLevel.UNTRUSTED);
    }
}
