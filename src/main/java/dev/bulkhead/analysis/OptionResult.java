package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.IsolationDimension;
import java.math.BigDecimal;
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
    private static final IsolationDimension[] DIMENSIONS = IsolationDimension.values(); // values() clones
    private final OptionKey key;
    private final List<CostLedger> ledgers;
    private final BigDecimal monthlyCost;
    private final Map<CostCategory, BigDecimal> byCategory;
    private final double scoreSum;
    private final Map<IsolationDimension, Double> dimensionSums;
    private final List<TenantIsolation> failing;
    private final Map<ElementId, TenantIsolation> isolation;
    private final Map<ElementId, TenantCost> tenantCosts;
    private final Map<ElementId, Placement> placements;
    private final BlastRadius blastRadius;
    private volatile List<CostLine> lines;
    private volatile Map<String, CostCategory> unpriced;

    private OptionResult(OptionKey key, List<CostLedger> ledgers, Map<CostCategory, BigDecimal> byCategory, double scoreSum,
                         Map<IsolationDimension, Double> dimensionSums, List<TenantIsolation> failing,
                         Map<ElementId, TenantIsolation> isolation, Map<ElementId, TenantCost> tenantCosts,
                         Map<ElementId, Placement> placements, BlastRadius blastRadius) {
        this.key = key;
        this.ledgers = List.copyOf(ledgers);
        this.byCategory = Collections.unmodifiableMap(byCategory);
        this.monthlyCost = byCategory.values().stream().reduce(Money.ZERO, BigDecimal::add);
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
        Map<CostCategory, BigDecimal> byCategory = CostLedger.totalsOf(run.ledgers);
        IsolationDimension[] all = DIMENSIONS;
        double[] sums = new double[all.length]; // summed unboxed: this runs for every tenant of every column
        boolean[] scored = new boolean[all.length];
        double score = 0;
        List<TenantIsolation> failing = new ArrayList<>();
        for (TenantIsolation tenant : run.isolation.values()) {
            score += tenant.score();
            Map<IsolationDimension, Integer> scores = tenant.scores();
            for (IsolationDimension dimension : all) { // not through the view's wrapped entries
                Integer value = scores.get(dimension);
                if (value != null) {
                    sums[dimension.ordinal()] += value;
                    scored[dimension.ordinal()] = true;
                }
            }
            if (!tenant.meetsRequirement()) {
                failing.add(tenant);
            }
        }
        Map<IsolationDimension, Double> dimensions = new EnumMap<>(IsolationDimension.class);
        for (IsolationDimension dimension : all) {
            if (scored[dimension.ordinal()]) {
                dimensions.put(dimension, sums[dimension.ordinal()]);
            }
        }
        return new OptionResult(key, run.ledgers, byCategory, score, dimensions, failing, run.isolation, run.costs,
                run.placements, blastRadius);
    }

    /** Several environments' results as one (the whole model). */
    static OptionResult combine(OptionKey key, List<OptionResult> parts, BlastRadius blastRadius) {
        List<CostLedger> ledgers = new ArrayList<>();
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        Map<IsolationDimension, Double> dimensions = new EnumMap<>(IsolationDimension.class);
        double score = 0;
        List<TenantIsolation> failing = new ArrayList<>();
        for (OptionResult part : parts) {
            ledgers.addAll(part.ledgers);
            part.byCategory.forEach((category, amount) -> byCategory.merge(category, amount, BigDecimal::add));
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

    /** Monthly cost in the profile's currency: the sum of the lines, in cents. */
    public BigDecimal monthlyCost() {
        return monthlyCost;
    }

    /** Every cost line with its formula, identical charges on a cluster counted together. */
    public List<CostLine> lines() {
        List<CostLine> result = lines;
        if (result == null) {
            result = List.copyOf(CostLedger.linesOf(ledgers));
            lines = result;
        }
        return result;
    }

    /** Whether a line of this category has no price yet (a licence the model has not priced). */
    public boolean notPriced(CostCategory category) {
        return notPricedItems().containsValue(category);
    }

    /**
     * What the lines count as zero for want of a price ("vCluster Platform (private nodes)", "Cloud NAT gateway"),
     * each once, with its line's category, in the order of {@link #lines()}; known from the costing without writing
     * any line.
     */
    public Map<String, CostCategory> notPricedItems() {
        Map<String, CostCategory> result = unpriced;
        if (result == null) {
            result = CostLedger.unpricedOf(ledgers);
            unpriced = result;
        }
        return result;
    }

    /**
     * Whether a tenant sends data to an external endpoint: internet data transfer out has no price in the reference
     * data, so the total counts it as zero (the egress-not-priced finding says so).
     */
    public boolean sendsDataOut() {
        return CostLedger.sendDataOut(ledgers);
    }

    /** What the infrastructure costs a month: every category but operations. */
    public BigDecimal infrastructure() {
        return monthlyCost.subtract(operations());
    }

    /** What people's time costs a month (operations), apart from the infrastructure. */
    public BigDecimal operations() {
        return byCategory.getOrDefault(CostCategory.OPERATIONS, Money.ZERO);
    }

    /** Totals per line of the table: each the sum of that category's cost lines. */
    public Map<CostCategory, BigDecimal> byCategory() {
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

    /** Monthly cost divided by the number of tenants, rounded half-up to the cent (0 without tenants). */
    public BigDecimal perTenant() {
        return tenantCount() == 0 ? Money.ZERO
                : monthlyCost.divide(BigDecimal.valueOf(tenantCount()), 2, java.math.RoundingMode.HALF_UP);
    }

    /** The total as infrastructure plus operations: {@code infrastructure $693.48 + operations $800.00 = $1,493.48}. */
    public String totalFormula(String symbol) {
        return "infrastructure " + Money.format(symbol, infrastructure()) + " + operations " + Money.format(symbol, operations())
                + " = " + Money.format(symbol, monthlyCost);
    }

    /** The infrastructure as the sum of its lines of the table: {@code control planes $73.00 + … = $693.48}. */
    public String infrastructureFormula(String symbol) {
        StringBuilder text = new StringBuilder();
        for (CostCategory category : CostCategory.values()) {
            BigDecimal amount = byCategory.get(category);
            if (amount != null && category.isInfrastructure()) {
                text.append(text.length() == 0 ? "" : " + ").append(category.label().toLowerCase(java.util.Locale.ROOT))
                        .append(' ').append(Money.format(symbol, amount));
            }
        }
        return (text.length() == 0 ? "nothing" : text.toString()) + " = " + Money.format(symbol, infrastructure());
    }

    /** The formula of one table line: the sum of that category's cost lines, then each line's arithmetic. */
    public String formula(CostCategory category, String symbol) {
        List<CostLine> of = lines().stream().filter(line -> line.category() == category).toList();
        if (of.isEmpty()) {
            return "nothing of this kind in this option";
        }
        StringBuilder text = new StringBuilder();
        if (of.size() > 1) {
            text.append(of.stream().map(line -> Money.format(symbol, line.monthly()))
                    .collect(java.util.stream.Collectors.joining(" + "))).append(" = ")
                    .append(Money.format(symbol, byCategory.getOrDefault(category, Money.ZERO))).append(", where ");
        }
        for (int i = 0; i < of.size(); i++) {
            CostLine line = of.get(i);
            text.append(i == 0 ? "" : "; ").append(line.item()).append(": ").append(line.explanation(symbol));
        }
        return text.toString();
    }
}
