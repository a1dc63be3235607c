package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's sandbox pods that must run on nodes apart from the pool's: of their own type, because the pool's
 * nodes cannot run their runtime (Kata or Firecracker need hardware virtualisation: metal or
 * nested-virtualisation instances on EKS, nested-virtualisation sizes on AKS; cost-isolation-data.md §10d,
 * §10g), or of the pool's type in a pool set aside for the runtime (GKE Sandbox taints its gVisor nodes, §10c).
 * The rule is the pricing profile's: {@link Pricing#sandboxShape}. They are billed as a node group of their
 * own, not as part of the general-purpose pool.
 *
 * @param workload requests of the pods, one per pod
 * @param overhead their RuntimeClass overhead
 */
record SandboxPods(SandboxRuntime runtime, NodeShape shape, Resources workload, Resources overhead) {
    /** The tenant's pods that need sandbox nodes when its other pods run on {@code pool}; empty when none do. */
    static List<SandboxPods> of(TenantLoad tenant, Pricing pricing, NodePool pool) {
        if (pricing.profile().sandboxNodes().isEmpty()) {
            return List.of();
        }
        Map<SandboxRuntime, Resources[]> byRuntime = new EnumMap<>(SandboxRuntime.class);
        // The tenant's own pods, when they run under a runtime the pool's nodes cannot run.
        SandboxRuntime own = tenant.tenant().runtime();
        ResourceDemand demand = tenant.tenant().demand();
        if (demand.pods() > 0 && pricing.profile().sandboxNodes().containsKey(own) && pricing.sandboxShape(own, pool).isPresent()) {
            Resources overhead = pricing.assumptions().sandboxOverhead(own);
            byRuntime.put(own, new Resources[] {new Resources(demand.cpu(), demand.memoryGiB(), demand.pods()),
                    new Resources(demand.pods() * overhead.cpu(), demand.pods() * overhead.memoryGiB(), 0)});
        }
        for (Agent agent : tenant.agents()) {
            if (agent.sandboxPods() == 0 || !pricing.profile().sandboxNodes().containsKey(agent.runtime())
                    || pricing.sandboxShape(agent.runtime(), pool).isEmpty()) {
                continue;
            }
            int pods = agent.sandboxPods();
            Resources overhead = pricing.assumptions().sandboxOverhead(agent.runtime());
            Resources[] sums = byRuntime.computeIfAbsent(agent.runtime(), r -> new Resources[] {Resources.NONE, Resources.NONE});
            sums[0] = sums[0].plus(new Resources(pods * agent.cpuPerSandbox(), pods * agent.memoryGiBPerSandbox(), pods));
            sums[1] = sums[1].plus(new Resources(pods * overhead.cpu(), pods * overhead.memoryGiB(), 0));
        }
        List<SandboxPods> result = new ArrayList<>(byRuntime.size());
        byRuntime.forEach((runtime, sums) -> result.add(new SandboxPods(runtime,
                pricing.sandboxShape(runtime, pool).orElseThrow(), sums[0], sums[1])));
        return result;
    }

    /** Requests and overhead together. */
    Resources total() {
        return workload.plus(overhead);
    }

    /** What {@code all} leaves to the general pool: its requests less these. */
    static Resources workloadLeft(Resources all, List<SandboxPods> apart) {
        Resources left = all;
        for (SandboxPods pods : apart) {
            left = left.minus(pods.workload);
        }
        return left;
    }

    /** What {@code all} leaves to the general pool: its RuntimeClass overhead less these pods'. */
    static Resources overheadLeft(Resources all, List<SandboxPods> apart) {
        Resources left = all;
        for (SandboxPods pods : apart) {
            left = left.minus(pods.overhead);
        }
        return left;
    }
}
