package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.SandboxOfferings;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Per-tenant work of one cluster, kept for its next analysis: each tenant's load, its isolation under each
 * placement, its recommended placement and its agents' sandbox advice. Model elements are immutable and an
 * edit replaces what it changes, so a tenant whose record, agents, own pool and cluster are the same
 * instances as last time, in an environment of the same name, needs none of this computed again. (The
 * environment's name is compared because the kept bills are written with it: a dedicated cluster's lines say
 * "dedicated cluster of analytics in prod", and renaming prod replaces the environment, not the cluster.) A new memo
 * takes over what the previous one of the same cluster still holds and keeps only what its cluster uses now.
 */
final class TenantMemo {
    private final IsolationScorer scorer;
    /** Read while the cluster is analysed, then let go (see {@link #dropPrevious}). */
    private TenantMemo previous;
    private final Map<Tenant, Entry> used;

    private final Map<Agent, Advice> adviceUsed;

    /**
     * Sandbox advice with the cluster and tenant load it was given for (runtimes offered and requirement matter),
     * and the finding written from it, kept while the environment's name (which the finding names) stays.
     */
    private static final class Advice {
        final Cluster cluster;
        final TenantLoad load;
        final NodeShape nodes;
        final SandboxAdvice advice;
        String findingEnvironment;
        Finding finding;

        Advice(Cluster cluster, TenantLoad load, NodeShape nodes, SandboxAdvice advice) {
            this.cluster = cluster;
            this.load = load;
            this.nodes = nodes;
            this.advice = advice;
        }
    }

    /** A memo that may reuse what {@code previous} (the cluster's last memo, or null) computed. */
    TenantMemo(IsolationScorer scorer, TenantMemo previous) {
        this.scorer = scorer;
        this.previous = previous;
        // Sized for what the cluster held last time: growing to a few thousand agents, entry by entry, was a
        // tenth of the memo's time in a re-analysis.
        used = new IdentityHashMap<>(previous == null ? 32 : previous.used.size());
        adviceUsed = new IdentityHashMap<>(previous == null ? 32 : previous.adviceUsed.size());
    }

    /**
     * Lets go of the previous memo once the cluster's analysis has taken from it what it reuses. Kept, it would
     * keep its own previous one, and so every generation since the document was opened.
     */
    void dropPrevious() {
        previous = null;
    }

    /** A gated result and the words of the gate it carries: one immutable pair, so a reader sees both or neither. */
    private record Gated(String gate, TenantIsolation result) {
    }

    /**
     * What one tenant's results depend on, compared by identity. A cluster's columns are costed side by side
     * (see {@link ClusterAnalysis}), so two threads may fill a slot at once: each slot holds an immutable value
     * that both would compute alike, and the last write wins harmlessly.
     */
    private static final class Entry {
        final List<Agent> agents;
        final NodePool ownPool;
        final Cluster cluster;
        final List<NodePool> pools;
        final Criticality criticality;
        final EnvironmentKind environmentKind;
        final String environmentName;
        final TenantLoad load;
        final TenantIsolation[] isolation = new TenantIsolation[Placement.values().length * 2];
        /** The same results with the hard gate applied, each with the gate's words it was applied with. */
        final Gated[] gated = new Gated[isolation.length];
        Map<IsolationDimension, Integer> required;
        IsolationScorer.SharedKernel sharedKernel;
        final Object[] kept = new Object[ClusterCoster.Kept.values().length];
        Recommender.Choice choice;

        Entry(List<Agent> agents, NodePool ownPool, Cluster cluster, List<NodePool> pools, Criticality criticality,
              EnvironmentKind environmentKind, String environmentName, TenantLoad load) {
            this.agents = agents;
            this.ownPool = ownPool;
            this.cluster = cluster;
            this.pools = pools;
            this.criticality = criticality;
            this.environmentKind = environmentKind;
            this.environmentName = environmentName;
            this.load = load;
        }

        boolean matches(List<Agent> otherAgents, NodePool otherPool, Cluster otherCluster, List<NodePool> otherPools,
                        Criticality otherCriticality, EnvironmentKind otherKind, String otherEnvironmentName) {
            return ownPool == otherPool && cluster == otherCluster && criticality == otherCriticality
                    && environmentKind == otherKind && environmentName.equals(otherEnvironmentName)
                    && sameInstances(agents, otherAgents) && sameInstances(pools, otherPools);
        }
    }

    /** The load of a tenant, reused when nothing it depends on changed. */
    TenantLoad load(Tenant tenant, List<Agent> agents, NodePool ownPool, Cluster cluster, List<NodePool> pools,
                    Criticality criticality, EnvironmentKind environmentKind, String environmentName,
                    Assumptions assumptions) {
        Entry entry = previous == null ? null : previous.used.get(tenant);
        if (entry == null || !entry.matches(agents, ownPool, cluster, pools, criticality, environmentKind, environmentName)) {
            entry = new Entry(List.copyOf(agents), ownPool, cluster, List.copyOf(pools), criticality, environmentKind,
                    environmentName, TenantLoad.of(tenant, agents, criticality, ownPool, environmentKind, assumptions));
        }
        used.put(tenant, entry);
        return entry.load;
    }

    /**
     * The isolation of a tenant under a placement, scored once per placement and policy setting.
     *
     * @param gate what runs untrusted code under runc on the kernel the tenant shares, or null for none
     */
    TenantIsolation isolation(TenantLoad load, Placement placement, boolean policies, String gate) {
        Entry entry = used.get(load.tenant());
        if (entry == null || entry.load != load) {
            TenantIsolation result = scorer.score(load, placement, policies);
            return gate != null ? scorer.gate(result, load, gate) : result;
        }
        int slot = placement.ordinal() * 2 + (policies ? 1 : 0);
        TenantIsolation result = entry.isolation[slot];
        if (result == null) {
            if (entry.required == null) {
                entry.required = java.util.Collections.unmodifiableMap(scorer.requirements(load));
            }
            IsolationScorer.SharedKernel shared = null;
            if (!placement.ownNodes()) {
                shared = entry.sharedKernel;
                if (shared == null) {
                    shared = scorer.sharedKernel(load);
                    entry.sharedKernel = shared; // immutable: a racing column writes an equal one
                }
            }
            result = scorer.score(load, placement, policies, entry.required, shared);
            entry.isolation[slot] = result;
        }
        if (gate == null) {
            return result;
        }
        // Every tenant on a gated kernel carries the same words: apply them once per tenant and placement.
        Gated known = entry.gated[slot];
        if (known == null || !known.gate().equals(gate)) {
            known = new Gated(gate, scorer.gate(result, load, gate));
            entry.gated[slot] = known;
        }
        return known.result();
    }

    /**
     * What the coster worked out for a tenant alone, computed once while the tenant and its cluster stay the
     * same. Each slot only ever holds what its {@link ClusterCoster.Kept} names, so the cast is safe.
     */
    @SuppressWarnings("unchecked")
    <T> T kept(TenantLoad load, ClusterCoster.Kept what, Supplier<T> compute) {
        Entry entry = used.get(load.tenant());
        if (entry == null || entry.load != load) {
            return compute.get();
        }
        Object kept = entry.kept[what.ordinal()];
        if (kept == null) {
            kept = compute.get();
            entry.kept[what.ordinal()] = kept;
        }
        return (T) kept;
    }

    /** The recommender's choice for a tenant, computed once while the tenant and its cluster stay the same. */
    Recommender.Choice choice(TenantLoad load, Supplier<Recommender.Choice> compute) {
        Entry entry = used.get(load.tenant());
        if (entry == null || entry.load != load) {
            return compute.get();
        }
        if (entry.choice == null) {
            entry.choice = compute.get();
        }
        return entry.choice;
    }

    /** Sandbox advice for an agent, given once while the agent, its tenant's load and its cluster stay the same. */
    SandboxAdvice advice(Agent agent, TenantLoad load, Cluster cluster, NodeShape nodes, Pricing pricing) {
        Advice known = previous == null ? null : previous.adviceUsed.get(agent);
        if (known == null || known.cluster != cluster || known.load != load || !java.util.Objects.equals(known.nodes, nodes)) {
            known = new Advice(cluster, load, nodes, new SandboxAdvisor(pricing, scorer, SandboxOfferings.bundled())
                    .advise(agent, load, cluster, nodes));
        }
        adviceUsed.put(agent, known);
        return known.advice;
    }

    /**
     * The finding about an agent's sandbox (after {@link #advice} for it), written once while its advice and the
     * environment's name stay the same: a large model has thousands, and an edit changes few.
     */
    Finding sandboxFinding(Agent agent, String environment, java.util.function.Supplier<Finding> write) {
        Advice known = adviceUsed.get(agent);
        if (known.finding == null || !known.findingEnvironment.equals(environment)) {
            known.finding = write.get();
            known.findingEnvironment = environment;
        }
        return known.finding;
    }

    private static boolean sameInstances(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
