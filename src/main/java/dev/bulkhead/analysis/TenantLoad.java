package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import java.util.List;

/**
 * A tenant with everything the cost model and the scorer need: its own demand plus its agents' sandbox
 * pods, the RuntimeClass overhead of those pods, and the node pool dedicated to it, if any.
 *
 * @param workload        the tenant's own requests plus the requests of its agents' sandbox pods (running
 *                        and warm)
 * @param sandboxOverhead RuntimeClass podFixed overhead of every sandbox pod
 * @param largestPod      the largest single pod, to check it fits a node
 * @param ownPool         a pool of the cluster dedicated to the tenant, or null
 * @param environmentKind the kind of the environment the tenant is in (requirements may depend on it)
 */
public record TenantLoad(Tenant tenant, List<Agent> agents, Criticality criticality, Resources workload,
                         Resources sandboxOverhead, Resources largestPod, NodePool ownPool,
                         EnvironmentKind environmentKind) {
    public TenantLoad {
        agents = List.copyOf(agents);
    }

    /** Computes the load of a tenant from its agents under the given assumptions. */
    public static TenantLoad of(Tenant tenant, List<Agent> agents, Criticality criticality, NodePool ownPool,
                                EnvironmentKind environmentKind, Assumptions assumptions) {
        Resources workload = new Resources(tenant.demand().cpu(), tenant.demand().memoryGiB(), tenant.demand().pods());
        // The tenant's own pods pay their runtime's RuntimeClass overhead too (none under runc).
        Resources ownOverhead = assumptions.sandboxOverhead(tenant.runtime());
        Resources overhead = new Resources(ownOverhead.cpu() * tenant.demand().pods(),
                ownOverhead.memoryGiB() * tenant.demand().pods(), 0);
        double perPodCpu = tenant.demand().pods() == 0 ? 0 : tenant.demand().cpu() / tenant.demand().pods();
        double perPodMemory = tenant.demand().pods() == 0 ? 0 : tenant.demand().memoryGiB() / tenant.demand().pods();
        Resources largest = tenant.demand().pods() == 0 ? new Resources(0, 0, 1)
                : new Resources(perPodCpu + ownOverhead.cpu(), perPodMemory + ownOverhead.memoryGiB(), 1);
        for (Agent agent : agents) {
            int pods = agent.sandboxPods();
            workload = workload.plus(new Resources(pods * agent.cpuPerSandbox(), pods * agent.memoryGiBPerSandbox(), pods));
            Resources podOverhead = assumptions.sandboxOverhead(agent.runtime());
            overhead = overhead.plus(new Resources(podOverhead.cpu() * pods, podOverhead.memoryGiB() * pods, 0));
            Resources pod = new Resources(agent.cpuPerSandbox() + podOverhead.cpu(),
                    agent.memoryGiBPerSandbox() + podOverhead.memoryGiB(), 1);
            if (pod.cpu() > largest.cpu() || pod.memoryGiB() > largest.memoryGiB()) {
                largest = new Resources(Math.max(pod.cpu(), largest.cpu()), Math.max(pod.memoryGiB(), largest.memoryGiB()), 1);
            }
        }
        return new TenantLoad(tenant, agents, criticality, workload, overhead, largest, ownPool, environmentKind);
    }

    /** Everything the tenant's pods request, overhead included. */
    public Resources total() {
        return workload.plus(sandboxOverhead);
    }

    /** Whether the tenant executes untrusted code (by kind, or through an untrusted agent). */
    public boolean runsUntrustedCode() {
        return tenant.tenantKind() == TenantKind.UNTRUSTED_CODE || hasUntrustedAgent();
    }

    /** Whether one of its agents runs untrusted code (asked per tenant per column: a plain loop, no stream). */
    public boolean hasUntrustedAgent() {
        for (int i = 0; i < agents.size(); i++) {
            if (agents.get(i).trust() == TrustLevel.UNTRUSTED) {
                return true;
            }
        }
        return false;
    }

    /** Whether it runs untrusted code under plain runc: an agent's sandboxes, or its own pods (the hard gate). */
    public boolean hasUntrustedRuncCode() {
        // Asked of every tenant for every column of an analysis: answered without writing the words.
        if (ownPodsUntrustedUnderRunc()) {
            return true;
        }
        for (int i = 0; i < agents.size(); i++) {
            if (untrustedUnderRunc(agents.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean ownPodsUntrustedUnderRunc() {
        return tenant.tenantKind() == TenantKind.UNTRUSTED_CODE && tenant.runtime() == SandboxRuntime.RUNC
                && tenant.demand().pods() > 0;
    }

    private static boolean untrustedUnderRunc(Agent agent) {
        return agent.trust() == TrustLevel.UNTRUSTED && agent.runtime() == SandboxRuntime.RUNC;
    }

    /**
     * What of this tenant runs untrusted code under plain runc, in words, or null when nothing does: the own
     * pods of a tenant of kind "runs untrusted code", else its first untrusted agent under runc.
     */
    public String untrustedRuncCode() {
        if (ownPodsUntrustedUnderRunc()) {
            return "the own pods of '" + tenant.name() + "' (kind " + TenantKind.UNTRUSTED_CODE.label() + ") run under runc";
        }
        for (Agent agent : agents) {
            if (untrustedUnderRunc(agent)) {
                return "agent '" + agent.name() + "' of '" + tenant.name() + "' runs untrusted code under runc";
            }
        }
        return null;
    }

    /** Whether its own pods count in its kernel score: when it has pods, or nothing else runs for it. */
    public boolean ownPodsCount() {
        return tenant.demand().pods() > 0 || agents.isEmpty();
    }

    /** Whether the model gives this tenant nodes of its own. */
    public boolean hasOwnPool() {
        return ownPool != null;
    }
}
