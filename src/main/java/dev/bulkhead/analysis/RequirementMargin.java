package dev.bulkhead.analysis;

import dev.bulkhead.model.IsolationDimension;
import java.util.Map;

/**
 * How far isolation is from what is required, the height of the compare chart. For one tenant: on the dimension
 * where it is least well served, its score minus its minimum (both 0 to 4). For an option: the least of its
 * tenants' margins, the worst-served tenant. Zero or more means every requirement is met (a positive margin is
 * headroom on every dimension of every tenant); below zero, some tenant falls short by that many points.
 * <p>
 * The chart plotted the mean aggregate score against the strictest tenant's aggregate requirement before, two
 * figures that are not comparable: a mix that meets everyone sat below the line. The margin is read off the same
 * shortfalls that decide "meets every requirement", and a tenant that fails counts at least one point short
 * whichever rule failed it, so the chart cannot disagree with the verdict.
 */
public final class RequirementMargin {
    /** The margin at and above which every requirement is met: the chart's threshold. */
    public static final int MET = 0;

    private RequirementMargin() {
    }

    /** One tenant's margin: its smallest score minus requirement, below {@link #MET} exactly when it fails. */
    public static int of(TenantIsolation tenant) {
        int margin = Integer.MAX_VALUE;
        for (Map.Entry<IsolationDimension, Integer> required : tenant.required().entrySet()) {
            margin = Math.min(margin, tenant.scores().getOrDefault(required.getKey(), 0) - required.getValue());
        }
        for (Shortfall shortfall : tenant.shortfalls()) {
            margin = Math.min(margin, shortfall.score() - shortfall.required());
        }
        if (margin == Integer.MAX_VALUE) {
            margin = MET; // nothing required and nothing short
        }
        // The verdict is the shortfalls list; the margin follows it even for a rule that is not a dimension's gap.
        return tenant.meetsRequirement() ? Math.max(MET, margin) : Math.min(MET - 1, margin);
    }

    /** The worst margin among tenants, {@link #MET} when there are none (nobody to fall short). */
    public static int worst(Iterable<TenantIsolation> tenants) {
        int worst = Integer.MAX_VALUE;
        for (TenantIsolation tenant : tenants) {
            worst = Math.min(worst, of(tenant));
        }
        return worst == Integer.MAX_VALUE ? MET : worst;
    }
}
