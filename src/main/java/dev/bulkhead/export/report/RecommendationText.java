package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.chart.Amounts;
import java.util.EnumMap;
import java.util.Map;

/** The compare view's one-paragraph verdict: the cheapest option meeting everyone, and the recommended mix. */
public final class RecommendationText {
    private RecommendationText() {
    }

    /** The verdict on {@code shown}, its total followed by what it leaves out as not priced ({@link NotPriced#caveat}). */
    public static String of(ScopeAnalysis shown, String symbol, NotPriced notPriced) {
        String cheapest = shown.cheapestMeetingAll().map(key -> "Cheapest that meets every requirement: " + key.label() + " at "
                + Amounts.whole(symbol, shown.option(key).monthlyCost()) + " a month" + notPriced.caveat(key) + ".")
                .orElse("No option meets every tenant's requirement; see the unmet rows.");
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
