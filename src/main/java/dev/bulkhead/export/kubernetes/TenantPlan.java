package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.TenantLoad;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Tenant;
import java.util.List;

/**
 * What the exporter knows about one tenant: where it is drawn, how it is placed, its namespace, and what its
 * pods request (for quotas).
 *
 * @param namespace the tenant's namespace (on the host for namespace and vCluster placements, in its own
 *                  cluster for a dedicated one)
 */
record TenantPlan(Tenant tenant, List<Agent> agents, Environment environment, Cluster cluster, Placement placement,
                  String namespace, TenantLoad load) {
    TenantPlan {
        agents = List.copyOf(agents);
    }

    /** The tenant's name as a label value. */
    String label() {
        return KubernetesNames.label(tenant.name());
    }

    /** The environment's name as a label value. */
    String environmentLabel() {
        return KubernetesNames.label(environment.name());
    }

    /** An agent's name as a label value, unique within the tenant because agents are named per tenant. */
    static String agentLabel(Agent agent) {
        return KubernetesNames.label(agent.name());
    }

    /** Whether this tenant's pods run in its drawn cluster (as a namespace or a vCluster). */
    boolean inHostCluster() {
        return placement.inHostCluster();
    }
}
