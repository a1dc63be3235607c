package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.reference.IsolationRubric;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a tenant's isolation under a placement from the rubric, adjusted by the model: default-deny
 * network policies, the runtimes of its own pods and its agents' sandboxes on a shared kernel, and the
 * hard gate for untrusted code under runc on a shared kernel.
 */
public final class IsolationScorer {
    private static final double SCALE = 100.0 / IsolationDimension.MAX_SCORE;
    // values() clones the array on every call: scoring runs for every tenant in every column, and the clones
    // were a few megabytes of garbage per analysis of a 2,000-tenant model.
    private static final IsolationDimension[] DIMENSIONS = IsolationDimension.values();

    private final IsolationRubric rubric;
    // The rubric's maps read as arrays by ordinal: every tenant is scored under several placements in every
    // analysis, and hashing a placement's key and a dimension per score was a tenth of the scoring.
    private final IsolationRubric.Cell[][] cells;
    private final double[] untrustedWeights;
    private final int[] runtimeScores;

    public IsolationScorer(IsolationRubric rubric) {
        this.rubric = rubric;
        IsolationDimension[] dimensions = DIMENSIONS;
        cells = new IsolationRubric.Cell[Placement.values().length][dimensions.length];
        for (Placement placement : Placement.values()) {
            for (IsolationDimension dimension : dimensions) {
                Map<String, IsolationRubric.Cell> row = rubric.scores().get(dimension);
                cells[placement.ordinal()][dimension.ordinal()] = row != null ? row.get(placement.key()) : null;
            }
        }
        untrustedWeights = new double[dimensions.length];
        for (IsolationDimension dimension : dimensions) {
            untrustedWeights[dimension.ordinal()] = rubric.untrustedWeights().getOrDefault(dimension, 1.0);
        }
        runtimeScores = new int[SandboxRuntime.values().length];
        for (SandboxRuntime runtime : SandboxRuntime.values()) {
            IsolationRubric.Cell cell = rubric.runtimes().get(runtime);
            runtimeScores[runtime.ordinal()] = cell != null ? cell.score() : Integer.MIN_VALUE;
        }
    }

    /** The rubric it scores by. */
    public IsolationRubric rubric() {
        return rubric;
    }

    /**
     * The tenant's isolation before any hard gate (a neighbour's doing, applied by {@link #gate}).
     *
     * @param policiesOn whether the cluster gives tenants default-deny network policies
     */
    public TenantIsolation score(TenantLoad tenant, Placement placement, boolean policiesOn) {
        return score(tenant, placement, policiesOn, requirements(tenant));
    }

    /** The same, with the tenant's {@link #requirements} already worked out (they do not depend on the placement). */
    TenantIsolation score(TenantLoad tenant, Placement placement, boolean policiesOn,
                          Map<IsolationDimension, Integer> required) {
        return score(tenant, placement, policiesOn, required, placement.ownNodes() ? null : sharedKernel(tenant));
    }

    /** The kernel score of a tenant on shared nodes and why: the same under every shared placement. */
    record SharedKernel(int score, String evidence) {
    }

    /** What {@link #score} gives the kernel on shared nodes, worked out once per tenant by its caller. */
    SharedKernel sharedKernel(TenantLoad tenant) {
        return new SharedKernel(weakestRuntimeScore(tenant), weakestRuntimeEvidence(tenant));
    }

    /**
     * The same, with the tenant's kernel on shared nodes already worked out ({@link #sharedKernel}; only read
     * when the placement shares nodes): it is the same for every shared placement, and writing its evidence for
     * each was a sentence per tenant per column.
     */
    TenantIsolation score(TenantLoad tenant, Placement placement, boolean policiesOn,
                          Map<IsolationDimension, Integer> required, SharedKernel shared) {
        Map<IsolationDimension, Integer> scores = new EnumMap<>(IsolationDimension.class);
        Map<IsolationDimension, String> evidence = new EnumMap<>(IsolationDimension.class);
        for (IsolationDimension dimension : DIMENSIONS) {
            IsolationRubric.Cell cell = cells[placement.ordinal()][dimension.ordinal()];
            if (cell == null) {
                cell = rubric.cell(dimension, placement.key()); // throws: the rubric lacks this cell
            }
            int score = cell.score();
            String why = cell.evidence();
            if (dimension == IsolationDimension.NETWORK && policiesOn && cell.withPolicy() != null) {
                score = cell.withPolicy();
                why = cell.withPolicyEvidence();
            }
            if (dimension == IsolationDimension.KERNEL && !placement.ownNodes()) {
                score = shared.score();
                why = shared.evidence();
            }
            scores.put(dimension, score);
            evidence.put(dimension, why);
        }
        return result(tenant, placement, scores, required, evidence, false);
    }

    /**
     * A result with the hard gate applied: untrusted code runs under runc on the kernel this tenant shares.
     * Its kernel scores 0 (that code is one escape away from the kernel, whatever the tenant's own
     * runtime) and needs at least the gate's minimum, so the gate is a shortfall; the aggregate is capped.
     *
     * @param culprit what runs the untrusted code under runc, in words
     */
    public TenantIsolation gate(TenantIsolation result, TenantLoad tenant, String culprit) {
        Map<IsolationDimension, Integer> scores = copy(result.scores());
        Map<IsolationDimension, Integer> required = copy(result.required());
        Map<IsolationDimension, String> evidence = copy(result.evidence());
        scores.put(IsolationDimension.KERNEL, rubric.runtimes().get(SandboxRuntime.RUNC).score());
        required.merge(IsolationDimension.KERNEL, rubric.hardGateKernelRequirement(), Math::max);
        evidence.put(IsolationDimension.KERNEL, "hard gate: " + culprit + " on the nodes this tenant shares; "
                + "shared nodes are no boundary for untrusted code (vCluster docs)");
        return result(tenant, result.placement(), scores, required, evidence, true);
    }

    /**
     * A copy of a result's map, read dimension by dimension: copying the unmodifiable view wholesale walks it
     * through wrapped entries, which was most of the gate's cost on a cluster with thousands of gated tenants.
     */
    private static <V> Map<IsolationDimension, V> copy(Map<IsolationDimension, V> map) {
        Map<IsolationDimension, V> copy = new EnumMap<>(IsolationDimension.class);
        for (IsolationDimension dimension : DIMENSIONS) {
            V value = map.get(dimension);
            if (value != null) {
                copy.put(dimension, value);
            }
        }
        return copy;
    }

    private TenantIsolation result(TenantLoad tenant, Placement placement, Map<IsolationDimension, Integer> scores,
                                   Map<IsolationDimension, Integer> required, Map<IsolationDimension, String> evidence,
                                   boolean gated) {
        List<Shortfall> shortfalls = new ArrayList<>();
        for (IsolationDimension dimension : DIMENSIONS) {
            int score = scores.get(dimension);
            int minimum = required.get(dimension);
            if (score < minimum) {
                shortfalls.add(new Shortfall(dimension, score, minimum, evidence.get(dimension)));
            }
        }
        double aggregate = aggregate(scores, tenant);
        return new TenantIsolation(tenant.tenant().id(), placement, scores, required,
                gated ? Math.min(aggregate, rubric.hardGateMax() * SCALE) : aggregate, aggregate(required, tenant), gated,
                shortfalls, evidence);
    }

    /**
     * The tenant's minimum score per dimension: the default for its kind in this environment (a kind
     * whose requirement the rubric scopes to some environment kinds is held to another kind's elsewhere,
     * unless the tenant says whether it holds regulated data here), kernel raised for third-party code in
     * its own pods and for an agent that runs untrusted code, then the tenant's own overrides.
     */
    public Map<IsolationDimension, Integer> requirements(TenantLoad tenant) {
        Map<IsolationDimension, Integer> required = new EnumMap<>(rubric.requirements().get(effectiveKind(tenant)));
        required.putAll(tenant.tenant().requirementOverrides());
        required.put(IsolationDimension.KERNEL, kernelRequirement(tenant));
        return required;
    }

    /** The kernel entry of {@link #requirements} without the map (asked once per agent's advice): its one rule. */
    public int kernelRequirement(TenantLoad tenant) {
        Integer override = tenant.tenant().requirementOverrides().get(IsolationDimension.KERNEL);
        if (override != null) {
            return override;
        }
        int required = rubric.requirements().get(effectiveKind(tenant)).get(IsolationDimension.KERNEL);
        if (tenant.tenant().runsThirdPartyCode()) {
            required = Math.max(required, rubric.thirdPartyCodeKernelRequirement().score());
        }
        if (tenant.hasUntrustedAgent()) {
            required = Math.max(required, rubric.untrustedAgentKernelRequirement().score());
        }
        return required;
    }

    /** The kind whose default requirement applies to the tenant here ({@link IsolationRubric#kindHeldTo}). */
    public TenantKind effectiveKind(TenantLoad tenant) {
        return rubric.kindHeldTo(tenant.tenant().tenantKind(), tenant.tenant().regulatedData(), tenant.environmentKind());
    }

    /** Weighted mean on 0 to 100; kernel and network weigh more for tenants running untrusted code. */
    public double aggregate(Map<IsolationDimension, Integer> scores, TenantLoad tenant) {
        boolean untrusted = tenant.runsUntrustedCode();
        double weighted = 0;
        double weights = 0;
        for (IsolationDimension dimension : DIMENSIONS) {
            double weight = untrusted ? untrustedWeights[dimension.ordinal()] : 1.0;
            weighted += weight * scores.get(dimension);
            weights += weight;
        }
        return weighted / weights * SCALE;
    }

    /** The kernel score on shared nodes: the weakest runtime among its own pods and its agents' sandboxes. */
    private int weakestRuntimeScore(TenantLoad tenant) {
        int score = Integer.MAX_VALUE;
        if (tenant.ownPodsCount()) {
            score = runtimeScore(tenant.tenant().runtime());
        }
        for (Agent agent : tenant.agents()) {
            score = Math.min(score, runtimeScore(agent.runtime()));
        }
        return score;
    }

    /** Why the kernel scores what it does on shared nodes: the weakest workload, own pods first on a tie. */
    private String weakestRuntimeEvidence(TenantLoad tenant) {
        Agent weakest = null;
        for (Agent agent : tenant.agents()) {
            if (weakest == null || runtimeScore(agent.runtime()) < runtimeScore(weakest.runtime())) {
                weakest = agent;
            }
        }
        SandboxRuntime own = tenant.tenant().runtime();
        if (tenant.ownPodsCount() && (weakest == null || runtimeScore(own) <= runtimeScore(weakest.runtime()))) {
            return "its own pods run under " + own.label() + " on shared nodes: " + rubric.runtimes().get(own).evidence();
        }
        return "agent '" + weakest.name() + "' runs under " + weakest.runtime().label() + " on shared nodes: "
                + rubric.runtimes().get(weakest.runtime()).evidence();
    }

    private int runtimeScore(SandboxRuntime runtime) {
        int score = runtimeScores[runtime.ordinal()];
        if (score == Integer.MIN_VALUE) {
            throw new IllegalArgumentException("the rubric has no score for runtime " + runtime);
        }
        return score;
    }
}
