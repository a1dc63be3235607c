package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.Tenant;
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
 */
public record TenantLoad(Tenant tenant, List<Agent> agents, Criticality criticality, Resources workload,
                         Resources sandboxOverhead, Resources largestPod, NodePool ownPool) {
    public TenantLoad {
        agents = List.copyOf(agents);
    }

    /** Computes the load of a tenant from its agents under the given assumptions. */
    public static TenantLoad of(Tenant tenant, List<Agent> agents, Criticality criticality, NodePool ownPool,
                                Assumptions assumptions) {
        Resources workload = new Resources(tenant.demand().cpu(), tenant.demand().memoryGiB(), tenant.demand().pods());
        Resources overhead = Resources.NONE;
        double perPodCpu = tenant.demand().pods() == 0 ? 0 : tenant.demand().cpu() / tenant.demand().pods();
        double perPodMemory = tenant.demand().pods() == 0 ? 0 : tenant.demand().memoryGiB() / tenant.demand().pods();
        Resources largest = new Resources(perPodCpu, perPodMemory, 1);
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
        return new TenantLoad(tenant, agents, criticality, workload, overhead, largest, ownPool);
    }

    /** Everything the tenant's pods request, overhead included. */
    public Resources total() {
        return workload.plus(sandboxOverhead);
    }

    /** Whether the tenant executes untrusted code (by kind, or through an untrusted agent). */
    public boolean runsUntrustedCode() {
        return tenant.tenantKind() == dev.bulkhead.model.TenantKind.UNTRUSTED_CODE
                || agents.stream().anyMatch(a -> a.trust() == TrustLevel.UNTRUSTED);
    }

    /** Whether one of its agents runs untrusted code under plain runc (the hard gate). */
    public boolean hasUntrustedRuncAgent() {
        return agents.stream().anyMatch(a -> a.trust() == TrustLevel.UNTRUSTED && a.runtime() == SandboxRuntime.RUNC);
    }

    /** Whether the model gives this tenant nodes of its own. */
    public boolean hasOwnPool() {
        return ownPool != null;
    }
}
