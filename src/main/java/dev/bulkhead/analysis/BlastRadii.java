package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.SandboxRuntime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for one cluster, the agent whose compromise reaches the most tenants under a placement of its
 * tenants. An agent under runc on shared nodes reaches every tenant sharing that kernel; any agent reaches
 * what its connections (or its tenant's) reach. What the connections reach does not depend on the
 * placement, so it is resolved once per cluster and reused for every option.
 */
final class BlastRadii {
    private final ClusterLoad cluster;
    private final ConnectionReach reach;
    private final List<AgentReach> agents = new ArrayList<>();

    /**
     * An agent with the tenants its connections reach (null for none) and how many besides its own; its
     * tenant's index in the cluster's tenants lets a placement be read once per tenant, not per agent.
     */
    private record AgentReach(Agent agent, TenantLoad tenant, int tenantIndex, BitSet connections, int viaConnections) {
    }

    /** Where each tenant's agents start in {@link #agents}, by the tenant's index in the cluster. */
    private final int[] firstAgent;

    BlastRadii(ClusterLoad cluster, ConnectionReach reach) {
        this(cluster, reach, null);
    }

    /**
     * The same, taking over from {@code previous} (this cluster's radii before an edit, or null) what it resolved
     * for a tenant at the same place with the same agents over the same connections: an edit re-analyses its
     * cluster, and looking up every agent's reach again was most of the edited cluster's blast radii.
     */
    BlastRadii(ClusterLoad cluster, ConnectionReach reach, BlastRadii previous) {
        this.cluster = cluster;
        this.reach = reach;
        Map<BitSet, Integer> sizes = new IdentityHashMap<>();
        List<TenantLoad> tenants = cluster.tenants();
        List<TenantLoad> before = previous != null && previous.reach == reach ? previous.cluster.tenants() : List.of();
        firstAgent = new int[tenants.size()];
        for (int index = 0; index < tenants.size(); index++) {
            TenantLoad tenant = tenants.get(index);
            firstAgent[index] = agents.size();
            if (index < before.size() && sameTenantAndAgents(before.get(index), tenant)) {
                int from = previous.firstAgent[index];
                for (int i = 0; i < tenant.agents().size(); i++) {
                    AgentReach known = previous.agents.get(from + i);
                    // The tenant's own record may be new (its demand, its name): the explanation reads this one.
                    agents.add(known.tenant() == tenant ? known
                            : new AgentReach(known.agent(), tenant, index, known.connections(), known.viaConnections()));
                }
                continue;
            }
            ElementId own = tenant.tenant().id();
            int ownBit = reach.bitOf(own);
            BitSet tenantReach = reach.reachOf(own);
            for (Agent agent : tenant.agents()) {
                BitSet agentReach = reach.reachOf(agent.id());
                BitSet connections = agentReach != null ? agentReach : tenantReach;
                int via = connections == null ? 0 : sizes.computeIfAbsent(connections, BitSet::cardinality)
                        - (ownBit >= 0 && connections.get(ownBit) ? 1 : 0);
                agents.add(new AgentReach(agent, tenant, index, connections, via));
            }
        }
    }

    /** Whether two loads are of the same tenant with the same agent instances in the same order. */
    private static boolean sameTenantAndAgents(TenantLoad before, TenantLoad now) {
        if (!before.tenant().id().equals(now.tenant().id()) || before.agents().size() != now.agents().size()) {
            return false;
        }
        for (int i = 0; i < now.agents().size(); i++) {
            if (before.agents().get(i) != now.agents().get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The worst case under the given placement of the cluster's tenants. */
    BlastRadius worst(Map<ElementId, Placement> placements) {
        int sharedKernel = 0;
        BitSet sharedKernelBits = new BitSet();
        List<TenantLoad> tenants = cluster.tenants();
        boolean[] onSharedKernel = new boolean[tenants.size()];
        for (int index = 0; index < tenants.size(); index++) {
            TenantLoad tenant = tenants.get(index);
            if (OptionRun.sharesKernel(placements.get(tenant.tenant().id()))) {
                onSharedKernel[index] = true;
                sharedKernel++;
                int bit = reach.bitOf(tenant.tenant().id());
                if (bit >= 0) {
                    sharedKernelBits.set(bit);
                }
            }
        }
        // Many agents share one reach set (a strongly connected part): count each set once.
        Map<BitSet, Integer> outsideKernelBySet = new IdentityHashMap<>();
        AgentReach worst = null;
        int worstTotal = 0;
        int worstKernel = 0;
        for (AgentReach a : agents) {
            boolean escapes = a.agent().runtime() == SandboxRuntime.RUNC && onSharedKernel[a.tenantIndex()];
            int total;
            if (escapes) {
                int outside = a.connections() == null ? 0 : outsideKernelBySet.computeIfAbsent(a.connections(), set -> {
                    BitSet rest = (BitSet) set.clone();
                    rest.andNot(sharedKernelBits);
                    return rest.cardinality();
                });
                total = sharedKernel + outside;
            } else {
                total = 1 + a.viaConnections();
            }
            if (total > worstTotal) {
                worst = a;
                worstTotal = total;
                worstKernel = escapes ? sharedKernel - 1 : 0;
            }
        }
        if (worst == null) {
            return BlastRadius.NONE;
        }
        // Tenants reached through connections that the kernel does not reach already: own + kernel + these = total.
        int onlyViaConnections = worstTotal - 1 - worstKernel;
        return new BlastRadius(worst.agent().id(), worstTotal, worstKernel, onlyViaConnections,
                explain(worst.agent(), worst.tenant(), worstTotal, worstKernel, onlyViaConnections));
    }

    private static String explain(Agent agent, TenantLoad tenant, int total, int kernel, int connections) {
        StringBuilder text = new StringBuilder("a compromised agent '").append(agent.name()).append("' of '")
                .append(tenant.tenant().name()).append("' (").append(agent.runtime().label()).append(") could reach ")
                .append(total).append(total == 1 ? " tenant (its own)" : " tenants");
        if (total > 1) {
            // Three parts that add up to the total, so that the sentence can be checked by hand.
            text.append(": its own, ").append(kernel).append(" through the kernel of nodes it shares under runc and ")
                    .append(connections).append(kernel > 0 ? " more" : "").append(" through allowed connections");
        }
        return text.append(" (worst case: every workload it reaches is compromised too)").toString();
    }
}
