package dev.bulkhead.export.report;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.CostTerm;
import dev.bulkhead.analysis.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's "Prices" table: every price a shown cost line multiplies by, once, with its unit and source, read from
 * the lines' own terms (the analysis's one pricing path), so that a reader can check each line's arithmetic against a
 * price list: the bank's "Network fixed costs $54.75" is 3 lines of 1 cluster × $0.025/h × 730 h, and $0.025/h is here.
 */
final class ReportPrices {
    /**
     * One price.
     *
     * @param price   the amount as the formulas print it ("$0.025"), or "not priced"
     * @param unit    what it is per, as the Assumptions table writes units ("$/h", "$/GB")
     * @param what    what it is the price of ("price per hour of one Load balancer forwarding rule")
     * @param usedFor the lines it is used on ("Worker nodes, Tenancy overhead"; a control plane's tier)
     * @param source  where it comes from
     */
    record Row(String price, String unit, String what, String usedFor, String source) {
        /** How a formula prints this price: {@code $0.025/h}, {@code $0.00/h (not priced)}. */
        String asInFormula(String symbol) {
            return (price.equals(ComparisonTable.UNPRICED) ? Money.rate(symbol, BigDecimal.ZERO) : price)
                    + "/" + unit.substring(symbol.length() + 1)
                    + (price.equals(ComparisonTable.UNPRICED) ? " (not priced)" : "");
        }
    }

    private ReportPrices() {
    }

    /** The prices of {@code lines}, each once, in the order first met. */
    static List<Row> of(List<CostLine> lines, String symbol) {
        Map<List<Object>, Builder> prices = new LinkedHashMap<>();
        for (CostLine line : lines) {
            for (CostTerm term : line.terms()) {
                if (term.kind() == CostTerm.Kind.PRICE || term.kind() == CostTerm.Kind.NOT_PRICED) {
                    // One row per price and source: a cluster's and a dedicated cluster's control plane share a fee.
                    prices.computeIfAbsent(List.of(term.kind(), term.value().stripTrailingZeros(), term.unit(), term.source()),
                            key -> new Builder(term, symbol)).add(term, line);
                }
            }
        }
        return prices.values().stream().map(Builder::row).toList();
    }

    /**
     * What a line's price is used for: a control plane's tier ("Google GKE standard tier" of "Control planes · Google
     * GKE standard tier · gke-dev"), which the fee depends on; otherwise the line's kind.
     */
    private static String usedFor(CostLine line) {
        String[] parts = line.item().split(" · ");
        return line.category() == CostCategory.CONTROL_PLANES && parts.length >= 3
                ? line.category().label() + " (" + parts[1] + ")" : line.category().label();
    }

    private static final class Builder {
        private final String price;
        private final String unit;
        private final String source;
        private final Set<String> what = new LinkedHashSet<>();
        private final Set<String> usedFor = new LinkedHashSet<>();

        Builder(CostTerm term, String symbol) {
            this.price = term.kind() == CostTerm.Kind.NOT_PRICED ? ComparisonTable.UNPRICED : Money.rate(symbol, term.value());
            this.unit = symbol + "/" + term.unit();
            this.source = term.source();
        }

        Builder add(CostTerm term, CostLine line) {
            what.add(term.label());
            usedFor.add(usedFor(line));
            return this;
        }

        Row row() {
            return new Row(price, unit, String.join("; ", what), String.join(", ", new ArrayList<>(usedFor)), Citations.named(source));
        }
    }
}
