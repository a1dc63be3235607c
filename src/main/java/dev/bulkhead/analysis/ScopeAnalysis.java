package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison for one scope, the whole model or one environment.
 *
 * @param environment   the environment, or null for the whole model
 * @param requiredScore the strictest tenant's requirement as an aggregate score; not comparable to an option's mean
 *                      score (see {@link RequirementMargin} for what the chart compares)
 */
public record ScopeAnalysis(String label, ElementId environment, Map<OptionKey, OptionResult> options,
                            Recommendation recommendation, int tenantCount, double requiredScore) {
    public ScopeAnalysis {
        options = Map.copyOf(options);
    }

    /** One column. */
    public OptionResult option(OptionKey key) {
        OptionResult result = options.get(key);
        if (result == null) {
            throw new IllegalArgumentException("no result for " + key);
        }
        return result;
    }

    /** The cheapest of the compared columns that meets every tenant's requirement, if any does. */
    public Optional<OptionKey> cheapestMeetingAll() {
        return OptionKey.COMPARED.stream().map(options::get)
                .filter(result -> result.unmetRequirements() == 0)
                .min(Comparator.comparing(OptionResult::monthlyCost)
                        .thenComparing(result -> result.key() == OptionKey.RECOMMENDED ? 1 : 0))
                .map(OptionResult::key);
    }
}
