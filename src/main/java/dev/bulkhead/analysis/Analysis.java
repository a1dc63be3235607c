package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The complete analysis of a model snapshot: the comparison for the whole model and per environment,
 * findings, and sandbox advice per agent. Immutable; safe to hand from a worker thread to the UI.
 */
public final class Analysis {
    private final Model model;
    private final Pricing pricing;
    private final ScopeAnalysis whole;
    private final Map<ElementId, ScopeAnalysis> environments;
    private final List<Finding> findings;
    private final Map<ElementId, SandboxAdvice> sandboxAdvice;
    private final List<ClusterAnalysis> parts;
    private final IsolationScorer scorer;
    private volatile Map<ElementId, TenantLoad> loads;

    Analysis(Model model, Pricing pricing, ScopeAnalysis whole, Map<ElementId, ScopeAnalysis> environments,
             List<Finding> findings, Map<ElementId, SandboxAdvice> sandboxAdvice, List<ClusterAnalysis> parts,
             IsolationScorer scorer) {
        this.model = model;
        this.pricing = pricing;
        this.whole = whole;
        // Callers hand over fresh collections; wrapping them is far cheaper than copying thousands of entries.
        this.environments = Collections.unmodifiableMap(environments);
        this.findings = Collections.unmodifiableList(findings);
        this.sandboxAdvice = Collections.unmodifiableMap(sandboxAdvice);
        this.parts = List.copyOf(parts);
        this.scorer = scorer;
    }

    /** The model this describes. */
    public Model model() {
        return model;
    }

    /** Prices, capacities and assumptions the figures were computed with. */
    public Pricing pricing() {
        return pricing;
    }

    /** The rules the isolation figures were scored by, with the rubric they read (a report describes these, not another copy). */
    public IsolationScorer scorer() {
        return scorer;
    }

    /** The currency of every amount. */
    public String currency() {
        return pricing.profile().currency();
    }

    /** The comparison over the whole model. */
    public ScopeAnalysis whole() {
        return whole;
    }

    /** The comparison of one environment. */
    public Optional<ScopeAnalysis> environment(ElementId environment) {
        return Optional.ofNullable(environments.get(environment));
    }

    /** The comparison of one environment, or of the whole model when {@code environment} is null. */
    public ScopeAnalysis scope(ElementId environment) {
        return environment == null ? whole : environments.get(environment);
    }

    /** Every finding, errors first. */
    public List<Finding> findings() {
        return findings;
    }

    /** Whether any finding is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Sandbox advice by agent id. */
    public Map<ElementId, SandboxAdvice> sandboxAdvice() {
        return sandboxAdvice;
    }

    /** What a tenant's pods request, its agents' sandboxes included, as the cost model sees it. */
    public TenantLoad load(ElementId tenant) {
        Map<ElementId, TenantLoad> known = loads;
        if (known == null) {
            Map<ElementId, TenantLoad> built = new java.util.HashMap<>();
            for (ClusterAnalysis part : parts) {
                part.load.tenants().forEach(load -> built.put(load.tenant().id(), load));
            }
            known = built;
            loads = known;
        }
        TenantLoad load = known.get(tenant);
        if (load == null) {
            throw new IllegalArgumentException("no tenant " + tenant);
        }
        return load;
    }

    /**
     * How each option's cost grows as the number of tenants grows in a scope (null for the whole model),
     * from 1 to {@code maxTenants}, with the crossover points.
     */
    public SensitivityCurve sensitivity(ElementId environment, int maxTenants) {
        List<ClusterAnalysis> inScope = environment == null ? parts
                : parts.stream().filter(p -> p.environment.id().equals(environment)).toList();
        return Sensitivity.compute(inScope, pricing, maxTenants);
    }

    /**
     * The pool whose machine shape the cost model gives a tenant's own nodes in a cluster (its shared pool
     * allowed to grow largest), or empty for a cluster without pools.
     */
    public Optional<NodePool> sizingPool(ElementId cluster) {
        for (ClusterAnalysis part : parts) {
            if (part.load.host().cluster().id().equals(cluster)) {
                return Optional.ofNullable(part.load.host().sizingPool());
            }
        }
        return Optional.empty();
    }
}
