package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.IsolationDimension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One column of the comparison: what an option (or the recommended mix) costs per month in a scope, how
 * well it isolates, and which tenants it fails. Cost lines with their formulas are written only when asked
 * for, because most analyses in the app are only summed and charted.
 */
public final class OptionResult {
    private final OptionKey key;
    private final List<CostLedger> ledgers;
    private final double monthlyCost;
    private final Map<CostCategory, Double> byCategory;
    private final double scoreSum;
    private final Map<IsolationDimension, Double> dimensionSums;
    private final List<TenantIsolation> failing;
    private final Map<ElementId, TenantIsolation> isolation;
    private final Map<ElementId, TenantCost> tenantCosts;
    private final Map<ElementId, Placement> placements;
    private final BlastRadius blastRadius;
    private volatile List<CostLine> lines;

    private OptionResult(OptionKey key, List<CostLedger> ledgers, Map<CostCategory, Double> byCategory, double scoreSum,
                         Map<IsolationDimension, Double> dimensionSums, List<TenantIsolation> failing,
                         Map<ElementId, TenantIsolation> isolation, Map<ElementId, TenantCost> tenantCosts,
                         Map<ElementId, Placement> placements, BlastRadius blastRadius) {
        this.key = key;
        this.ledgers = List.copyOf(ledgers);
        this.byCategory = Collections.unmodifiableMap(byCategory);
        this.monthlyCost = byCategory.values().stream().mapToDouble(Double::doubleValue).sum();
        this.scoreSum = scoreSum;
        this.dimensionSums = dimensionSums;
        this.failing = Collections.unmodifiableList(failing);
        this.isolation = Collections.unmodifiableMap(isolation);
        this.tenantCosts = Collections.unmodifiableMap(tenantCosts);
        this.placements = Collections.unmodifiableMap(placements);
        this.blastRadius = blastRadius;
    }

    /** The result of one run (one environment). */
    static OptionResult of(OptionKey key, OptionRun run, BlastRadius blastRadius) {
        Map<CostCategory, Double> byCategory = new EnumMap<>(CostCategory.class);
        run.ledgers.forEach(ledger -> ledger.addTotals(byCategory));
        Map<IsolationDimension, Double> dimensions = new EnumMap<>(IsolationDimension.class);
        double score = 0;
        List<TenantIsolation> failing = new ArrayList<>();
        for (TenantIsolation tenant : run.isolation.values()) {
            score += tenant.score();
            for (Map.Entry<IsolationDimension, Integer> entry : tenant.scores().entrySet()) {
                dimensions.merge(entry.getKey(), (double) entry.getValue(), Double::sum);
            }
            if (!tenant.meetsRequirement()) {
                failing.add(tenant);
            }
        }
        return new OptionResult(key, run.ledgers, byCategory, score, dimensions, failing, run.isolation, run.costs,
                run.placements, blastRadius);
    }

    /** Several environments' results as one (the whole model). */
    static OptionResult combine(OptionKey key, List<OptionResult> parts, BlastRadius blastRadius) {
        List<CostLedger> ledgers = new ArrayList<>();
        Map<CostCategory, Double> byCategory = new EnumMap<>(CostCategory.class);
        Map<IsolationDimension, Double> dimensions = new EnumMap<>(IsolationDimension.class);
        double score = 0;
        List<TenantIsolation> failing = new ArrayList<>();
        for (OptionResult part : parts) {
            ledgers.addAll(part.ledgers);
            part.byCategory.forEach((category, amount) -> byCategory.merge(category, amount, Double::sum));
            part.dimensionSums.forEach((dimension, sum) -> dimensions.merge(dimension, sum, Double::sum));
            score += part.scoreSum;
            failing.addAll(part.failing);
        }
        return new OptionResult(key, ledgers, byCategory, score, dimensions, failing,
                new MergedMap<>(parts.stream().map(p -> p.isolation).toList()),
                new MergedMap<>(parts.stream().map(p -> p.tenantCosts).toList()),
                new MergedMap<>(parts.stream().map(p -> p.placements).toList()), blastRadius);
    }

    /** The same figures as another column (two options that place every tenant alike). */
    OptionResult as(OptionKey otherKey) {
        return new OptionResult(otherKey, ledgers, byCategory, scoreSum, dimensionSums, failing, isolation, tenantCosts,
                placements, blastRadius);
    }

    public OptionKey key() {
        return key;
    }

    /** Monthly cost in the profile's currency. */
    public double monthlyCost() {
        return monthlyCost;
    }

    /** Every cost line with its formula, identical charges counted together. */
    public List<CostLine> lines() {
        List<CostLine> result = lines;
        if (result == null) {
            result = List.copyOf(CostLedger.linesOf(ledgers));
            lines = result;
        }
        return result;
    }

    /** Totals per line of the table. */
    public Map<CostCategory, Double> byCategory() {
        return byCategory;
    }

    /** Mean tenant score, 0 to 100. */
    public double isolationScore() {
        int count = isolation.size();
        return count == 0 ? 0 : scoreSum / count;
    }

    /**
     * The worst-served tenant's margin over its requirement (see {@link RequirementMargin}): at least
     * {@link RequirementMargin#MET} exactly when no requirement is unmet. The compare chart's height.
     */
    public int requirementMargin() {
        return RequirementMargin.worst(isolation.values());
    }

    /** Mean score per dimension, 0 to 4. */
    public Map<IsolationDimension, Double> dimensions() {
        int count = isolation.size();
        Map<IsolationDimension, Double> means = new EnumMap<>(IsolationDimension.class);
        dimensionSums.forEach((dimension, sum) -> means.put(dimension, count == 0 ? 0 : sum / count));
        return means;
    }

    /** Tenants whose requirement is not met, with the dimensions that fall short, in id order per environment. */
    public List<TenantIsolation> failing() {
        return failing;
    }

    /** Each tenant's isolation. */
    public Map<ElementId, TenantIsolation> isolation() {
        return isolation;
    }

    /** Each tenant's cost. */
    public Map<ElementId, TenantCost> tenantCosts() {
        return tenantCosts;
    }

    /** Each tenant's placement. */
    public Map<ElementId, Placement> placements() {
        return placements;
    }

    /** The worst case of a compromised agent. */
    public BlastRadius blastRadius() {
        return blastRadius;
    }

    /** Number of tenants whose requirement this option does not meet. */
    public int unmetRequirements() {
        return failing.size();
    }

    /** Tenants in scope. */
    public int tenantCount() {
        return placements.size();
    }

    /** Monthly cost divided by the number of tenants (0 without tenants). */
    public double perTenant() {
        return tenantCount() == 0 ? 0 : monthlyCost / tenantCount();
    }

    /** The formula of one table line: every cost line of that category. */
    public String formula(CostCategory category) {
        StringBuilder text = new StringBuilder();
        for (CostLine line : lines()) {
            if (line.category() == category) {
                text.append(text.length() == 0 ? "" : " + ").append(line.item()).append(": ").append(line.formula());
            }
        }
        return text.length() == 0 ? "nothing of this kind in this option" : text.toString();
    }
}
