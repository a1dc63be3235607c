package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.WeakSandboxes;
import dev.bulkhead.diagram.chart.Amounts;
import java.util.EnumMap;
import java.util.Map;

/** The compare view's one-paragraph verdict: the cheapest option meeting everyone, and the recommended mix. */
public final class RecommendationText {
    private RecommendationText() {
    }

    /**
     * The verdict on {@code shown}, its total followed by what it leaves out as not priced ({@link NotPriced#caveat}), and
     * what no option meets: the agents whose sandboxes are weaker than their threat model calls for ({@code weak}), counted
     * here (the title page has room for no more) and each named in the findings.
     */
    public static String of(ScopeAnalysis shown, String symbol, NotPriced notPriced, WeakSandboxes weak) {
        String cheapest = shown.cheapestMeetingAll().map(key -> "Cheapest that meets every requirement" + weak.except() + ": "
                + key.label() + " at " + Amounts.whole(symbol, shown.option(key).monthlyCost()) + " a month" + notPriced.caveat(key)
                + ".").orElse("No option meets every tenant's requirement; see the unmet rows.");
        Map<Placement, Long> mix = new EnumMap<>(Placement.class);
        shown.recommendation().placements().values().forEach(p -> mix.merge(p, 1L, Long::sum));
        StringBuilder text = new StringBuilder(cheapest);
        if (mix.isEmpty()) {
            return text.toString();
        }
        text.append(" Recommended mix: ");
        mix.forEach((placement, count) -> text.append(count).append(" → ").append(placement.label()).append(", "));
        text.setLength(text.length() - 2);
        return text.append('.').toString();
    }
}
