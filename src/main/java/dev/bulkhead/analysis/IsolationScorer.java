package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.reference.IsolationRubric;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a tenant's isolation under a placement from the rubric, adjusted by the model: default-deny
 * network policies, the sandbox runtimes of its agents on a shared kernel, and the hard gate for untrusted
 * code under runc on a shared kernel.
 */
public final class IsolationScorer {
    private static final double SCALE = 100.0 / IsolationDimension.MAX_SCORE;

    private final IsolationRubric rubric;

    public IsolationScorer(IsolationRubric rubric) {
        this.rubric = rubric;
    }

    /**
     * @param policiesOn whether the cluster gives tenants default-deny network policies
     * @param gated      whether the tenant shares a kernel with untrusted code under runc
     */
    public TenantIsolation score(TenantLoad tenant, Placement placement, boolean policiesOn, boolean gated) {
        Map<IsolationDimension, Integer> required = requirements(tenant);
        Map<IsolationDimension, Integer> scores = new EnumMap<>(IsolationDimension.class);
        Map<IsolationDimension, String> evidence = new EnumMap<>(IsolationDimension.class);
        for (IsolationDimension dimension : IsolationDimension.values()) {
            IsolationRubric.Cell cell = rubric.cell(dimension, placement.key());
            int score = cell.score();
            String why = cell.evidence();
            if (dimension == IsolationDimension.NETWORK && policiesOn && cell.withPolicy() != null) {
                score = cell.withPolicy();
                why = cell.withPolicyEvidence();
            }
            if (dimension == IsolationDimension.KERNEL && !placement.ownNodes()) {
                Agent weakest = weakestAgent(tenant);
                if (weakest != null) {
                    IsolationRubric.Cell runtime = rubric.runtimes().get(weakest.runtime());
                    score = runtime.score();
                    why = "agent '" + weakest.name() + "' runs under " + weakest.runtime().label() + " on shared nodes: "
                            + runtime.evidence();
                } else {
                    IsolationRubric.Cell runc = rubric.runtimes().get(dev.bulkhead.model.SandboxRuntime.RUNC);
                    why = "workloads run under runc on shared nodes: " + runc.evidence();
                }
            }
            scores.put(dimension, score);
            evidence.put(dimension, why);
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        for (IsolationDimension dimension : IsolationDimension.values()) {
            int score = scores.get(dimension);
            int minimum = required.get(dimension);
            if (score < minimum) {
                shortfalls.add(new Shortfall(dimension, score, minimum, evidence.get(dimension)));
            }
        }
        TenantIsolation result = new TenantIsolation(tenant.tenant().id(), placement, scores, required,
                aggregate(scores, tenant), aggregate(required, tenant), false, shortfalls, evidence);
        return gated ? gate(result) : result;
    }

    /** A result with the hard gate applied: the aggregate capped for untrusted runc code on the kernel. */
    public TenantIsolation gate(TenantIsolation result) {
        return result.gatedAt(rubric.hardGateMax() * SCALE);
    }

    /**
     * The tenant's minimum score per dimension: the default for its kind, kernel raised when one of its
     * agents runs untrusted code, then the tenant's own overrides.
     */
    public Map<IsolationDimension, Integer> requirements(TenantLoad tenant) {
        Map<IsolationDimension, Integer> required = new EnumMap<>(rubric.requirements().get(tenant.tenant().tenantKind()));
        boolean untrustedAgent = tenant.agents().stream()
                .anyMatch(a -> a.trust() == dev.bulkhead.model.TrustLevel.UNTRUSTED);
        if (untrustedAgent) {
            required.merge(IsolationDimension.KERNEL, rubric.untrustedAgentKernelRequirement().score(), Math::max);
        }
        required.putAll(tenant.tenant().requirementOverrides());
        return required;
    }

    /** Weighted mean on 0 to 100; kernel and network weigh more for tenants running untrusted code. */
    public double aggregate(Map<IsolationDimension, Integer> scores, TenantLoad tenant) {
        boolean untrusted = tenant.runsUntrustedCode();
        double weighted = 0;
        double weights = 0;
        for (IsolationDimension dimension : IsolationDimension.values()) {
            double weight = untrusted ? rubric.untrustedWeights().getOrDefault(dimension, 1.0) : 1.0;
            weighted += weight * scores.get(dimension);
            weights += weight;
        }
        return weighted / weights * SCALE;
    }

    /** The agent with the weakest runtime (least isolation), or null when the tenant has none. */
    private Agent weakestAgent(TenantLoad tenant) {
        Agent weakest = null;
        for (Agent agent : tenant.agents()) {
            if (weakest == null || rubric.runtimes().get(agent.runtime()).score()
                    < rubric.runtimes().get(weakest.runtime()).score()) {
                weakest = agent;
            }
        }
        return weakest;
    }
}
