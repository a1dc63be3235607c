package dev.bulkhead.export.report;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.CostTerm;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.model.Scenarios;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary's sentence on what the recommended mix costs: its infrastructure and its operations time apart, both
 * exact and adding up to its total, and the change against the current design (the model as drawn), in all and per
 * part. Review R12j: a bank's $9,200 a month held $3,200 of assumed people's time, which only the side-by-side table
 * told apart, and the summary never said what the mix adds to what the bank runs today.
 */
final class CostSplit {
    private CostSplit() {
    }

    /**
     * The sentence for {@code scope}: "$6,000.25 infrastructure + $3,200.00 operations time (4 clusters × 8 h ×
     * $100.00/h, assumed) = $9,200.25; against the design as drawn ($8,307.00): +$93.25 + $800.00 = +$893.25 a month." Exact figures, not the verdict's whole ones, so that each sum printed gives its
     * amount; the same two parts in the same order in each, so that the title page says it in one sentence.
     */
    static String sentence(ScopeAnalysis scope, Scenarios scenarios, String symbol) {
        OptionResult mix = scope.option(OptionKey.RECOMMENDED);
        OptionResult current = scope.option(OptionKey.CURRENT);
        String operations = operationsFormula(mix, symbol);
        // What the figures leave out as not priced the verdict before this sentence has just said.
        StringBuilder text = new StringBuilder(Amounts.exact(symbol, mix.infrastructure())).append(" infrastructure + ")
                .append(Amounts.exact(symbol, mix.operations())).append(" operations time")
                .append(operations.isEmpty() ? "" : " (" + operations + ", assumed)")
                .append(" = ").append(Amounts.exact(symbol, mix.monthlyCost()));
        if (current != null) {
            // The scenario's own name for the design as drawn, as its column heads it; else "the design as drawn".
            text.append("; against ").append(scenarios.isDefault() ? "the design as drawn" : OptionKey.CURRENT.label(scenarios))
                    .append(" (").append(Amounts.exact(symbol, current.monthlyCost())).append("): ")
                    .append(signed(symbol, mix.infrastructure().subtract(current.infrastructure()))).append(" ")
                    .append(signed(symbol, mix.operations().subtract(current.operations())).replaceFirst("^([+-])", "$1 "))
                    .append(" = ").append(signed(symbol, mix.monthlyCost().subtract(current.monthlyCost()))).append(" a month");
        }
        return text.append('.').toString();
    }

    /** A difference with its sign always written: "+$893.25", "-$12.00", "+$0.00". */
    static String signed(String symbol, BigDecimal difference) {
        return (difference.signum() < 0 ? "-" : "+") + Amounts.exact(symbol, difference.abs());
    }

    /**
     * The operations lines' arithmetic, alike lines summed ("(3 clusters + 1 dedicated cluster) × 8 h × $100.00/h"):
     * what the time is assumed to be, so that a committee can weigh the assumption; "" when an option has none.
     */
    static String operationsFormula(OptionResult option, String symbol) {
        // Lines that differ only in what and how many they charge (one per cluster) are one product: their counts add up.
        Map<List<String>, Map<String, BigDecimal>> counts = new LinkedHashMap<>();
        for (CostLine line : option.lines()) {
            if (line.category() != CostCategory.OPERATIONS) {
                continue;
            }
            List<String> rest = new ArrayList<>();
            String thing = null;
            BigDecimal count = BigDecimal.ONE;
            for (CostTerm term : line.terms()) {
                if (term.kind() == CostTerm.Kind.COUNT && thing == null) {
                    thing = term.unit();
                    count = term.value();
                } else {
                    rest.add(term.text(symbol));
                }
            }
            counts.computeIfAbsent(rest, k -> new LinkedHashMap<>()).merge(String.valueOf(thing), count, BigDecimal::add);
        }
        List<String> products = new ArrayList<>();
        counts.forEach((rest, things) -> {
            List<String> terms = new ArrayList<>(List.of(counted(things, symbol)));
            terms.addAll(rest);
            products.add(String.join(" × ", terms));
        });
        return String.join(" + ", products);
    }

    /**
     * The things one product charges, counted: "4 clusters" for 3 clusters and 1 dedicated cluster (each a kind of the
     * last word's thing), else each counted apart in brackets.
     */
    private static String counted(Map<String, BigDecimal> things, String symbol) {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        things.keySet().forEach(thing -> kinds.add(thing.substring(thing.lastIndexOf(' ') + 1)));
        if (kinds.size() == 1) {
            BigDecimal all = things.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            return CostTerm.count(all.longValueExact(), kinds.iterator().next(), "", "").text(symbol);
        }
        List<String> counted = new ArrayList<>();
        things.forEach((thing, count) -> counted.add(CostTerm.count(count.longValueExact(), thing, "", "").text(symbol)));
        return "(" + String.join(" + ", counted) + ")";
    }
}
