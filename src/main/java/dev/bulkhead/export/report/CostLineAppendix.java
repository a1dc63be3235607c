package dev.bulkhead.export.report;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report's appendix of cost lines: for each column of the side-by-side table, each line the analysis costed with
 * its arithmetic (the line's own formula, every number in full), and each category's sum, which is that column's figure
 * in the table. With the Prices table it makes every figure of the table reproducible by hand from the report alone.
 */
final class CostLineAppendix {
    /** One cost line: what is paid for, its arithmetic without the result, and the result. */
    record Line(String item, String formula, String amount) {
    }

    /**
     * A category of one option: its lines, the sum as written ("$73.00 + $73.00 + $73.00") and the total the
     * side-by-side table shows.
     */
    record Category(String label, List<Line> lines, String sum, String total) {
    }

    /**
     * One column of the side-by-side table: its lines by category, or, when another column's lines are the same
     * (the design as drawn is often the namespace option), that column's name.
     */
    record Column(String label, String total, String sameAs, List<Category> categories) {
    }

    private CostLineAppendix() {
    }

    /** The columns {@code options} (labelled {@code labels}) as the appendix prints them. */
    static List<Column> of(List<OptionResult> options, List<String> labels, String symbol) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            OptionResult option = options.get(i);
            String total = Money.format(symbol, option.monthlyCost());
            String sameAs = null;
            for (int j = 0; j < i && sameAs == null; j++) {
                if (options.get(j).lines().equals(option.lines())) {
                    sameAs = labels.get(j);
                }
            }
            columns.add(new Column(labels.get(i), total, sameAs, sameAs != null ? List.of() : categories(option, symbol)));
        }
        return columns;
    }

    private static List<Category> categories(OptionResult option, String symbol) {
        List<Category> categories = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            List<CostLine> of = option.lines().stream().filter(line -> line.category() == category).toList();
            if (of.isEmpty()) {
                continue;
            }
            List<Line> lines = of.stream().map(line -> line(line, symbol)).toList();
            categories.add(new Category(category.label(), lines,
                    lines.stream().map(Line::amount).collect(Collectors.joining(" + ")),
                    Money.format(symbol, option.byCategory().getOrDefault(category, Money.ZERO))));
        }
        return categories;
    }

    /** A line with its formula cut before " = amount": the amount has a column of its own. */
    private static Line line(CostLine line, String symbol) {
        String amount = Money.format(symbol, line.monthly());
        String formula = line.formula(symbol);
        String suffix = " = " + amount;
        return new Line(line.item(), formula.endsWith(suffix) ? formula.substring(0, formula.length() - suffix.length()) : formula,
                amount);
    }
}
