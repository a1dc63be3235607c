package dev.bulkhead.export.report;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionResult;
import java.util.ArrayList;
import java.util.List;

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
     * A category of one option: its lines, the sum as written ("$73.00 + $73.00 + $73.00", "$18.25 + $18.25 + not
     * priced") and the total exactly as the side-by-side table shows it; {@code leftToFile} when its last line stands
     * for the lines it does not list, which the file beside the report does.
     */
    record Category(String label, List<Line> lines, String sum, String total, boolean leftToFile) {
    }

    /**
     * One column of the side-by-side table: its total as the table's Total row shows it, and its lines by category,
     * or, when another column's lines are the same (the design as drawn is often the namespace option), that column's
     * name.
     */
    record Column(String label, String total, String sameAs, List<Category> categories) {
        /** "Namespace, per month: $8,307.00 + not priced", the heading every format gives the column. */
        String heading() {
            return label + ", per month: " + total;
        }
    }

    /** A category of more lines than this lists only its first {@link #LISTED} (a 2,000-element model has 520). */
    static final int LISTED_UP_TO = 30;
    /** How many lines a long category lists; the others are one line of their sum, each in the file beside the report. */
    static final int LISTED = 12;

    private CostLineAppendix() {
    }

    /** Whether the appendix of {@code columns} leaves lines to the file beside the report. */
    static boolean cut(List<Column> columns) {
        return columns.stream().flatMap(column -> column.categories().stream()).anyMatch(Category::leftToFile);
    }

    /**
     * The columns {@code options} (labelled {@code labels}) as the appendix prints them; {@code table} is the
     * side-by-side table of the same columns, not-priced marks and all, whose figures the sums and totals repeat.
     */
    static List<Column> of(List<OptionResult> options, List<String> labels, String symbol, ComparisonTable table,
                           String linesFile) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            OptionResult option = options.get(i);
            String sameAs = null;
            for (int j = 0; j < i && sameAs == null; j++) {
                if (options.get(j).lines().equals(option.lines())) {
                    sameAs = labels.get(j);
                }
            }
            columns.add(new Column(labels.get(i), shown(table, "Total", i), sameAs,
                    sameAs != null ? List.of() : categories(option, symbol, table, i, linesFile)));
        }
        return columns;
    }

    /** The table's figure in a row and column, as printed. */
    private static String shown(ComparisonTable table, String row, int column) {
        return table.rows().stream().filter(r -> r.section().equals(ComparisonTable.COST) && r.label().equals(row)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no cost row " + row)).cells().get(column).text();
    }

    private static List<Category> categories(OptionResult option, String symbol, ComparisonTable table, int column,
                                             String linesFile) {
        List<Category> categories = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            List<CostLine> of = option.lines().stream().filter(line -> line.category() == category).toList();
            if (of.isEmpty()) {
                continue;
            }
            String total = shown(table, category.label(), column);
            // The same rule as the table's cell (one rule everywhere, review 12e, 2): the priced lines' amounts, then
            // "not priced" once for what the figure leaves out, never a "$0.00" that reads as free.
            FirstListed<CostLine> first = FirstListed.of(of, LISTED_UP_TO, LISTED);
            List<CostLine> listed = first.listed();
            List<String> priced = new ArrayList<>(listed.stream().filter(line -> !line.notPriced())
                    .map(line -> Money.format(symbol, line.monthly())).toList());
            List<Line> lines = new ArrayList<>(listed.stream().map(line -> line(line, symbol)).toList());
            if (first.cut()) {
                // The rest as one line of their sum, each in the file with its arithmetic: a 2,000-element model's
                // appendix ran to 80 pages of lines alike but for the tenant (review 12e, 4).
                List<CostLine> others = first.others();
                String amount = Money.format(symbol, others.stream().map(CostLine::monthly).reduce(Money.ZERO, java.math.BigDecimal::add));
                lines.add(new Line(OTHERS + others.size() + " lines of " + category.label().toLowerCase(java.util.Locale.ROOT),
                        "their amounts added up; each line with its arithmetic in " + linesFile + ", " + ReportFiles.BESIDE, amount));
                priced.add(amount);
            }
            String sum = String.join(" + ", priced);
            if (total.contains(ComparisonTable.UNPRICED)) {
                sum = sum.isEmpty() ? ComparisonTable.UNPRICED : sum + ComparisonTable.NOT_PRICED;
            }
            categories.add(new Category(category.label(), lines, sum, total, first.cut()));
        }
        return categories;
    }

    /** How the line that stands for a long category's other lines begins: "The other 508 lines of worker nodes". */
    static final String OTHERS = "The other ";

    /**
     * Every line of every column the appendix lists, each with its arithmetic, as CSV: the file beside a report whose
     * appendix lists only a long category's first lines. Every column has its rows, also one whose lines are another's
     * (the appendix says "The same lines as"; a spreadsheet filtered on that column found none), and each amount is
     * also a plain number, which a spreadsheet of any locale adds up ("$5,680.17" is text to one that writes 5.680,17).
     */
    static String csv(List<OptionResult> options, List<String> labels, String symbol) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            for (CostCategory category : CostCategory.values()) {
                for (CostLine costLine : options.get(i).lines()) {
                    if (costLine.category() == category) {
                        Line line = line(costLine, symbol);
                        // Every name an alike line covers: the appendix counts the most of them, the file has room.
                        rows.add(List.of(labels.get(i), category.label(), costLine.itemInFull(), line.formula(), line.amount(),
                                costLine.notPriced() ? "" : Money.format("", costLine.monthly()).replace(",", "")));
                    }
                }
            }
        }
        return CsvTable.of(List.of("Option", "Category", "Line", "Arithmetic", "Per month", "Per month (number)"), rows);
    }

    /**
     * A line with its formula cut before " = amount": the amount has a column of its own, and reads "not priced" for
     * a line with no price, as the table's cells do.
     */
    private static Line line(CostLine line, String symbol) {
        String amount = Money.format(symbol, line.monthly());
        String formula = line.formula(symbol);
        String suffix = " = " + amount;
        return new Line(line.item(), formula.endsWith(suffix) ? formula.substring(0, formula.length() - suffix.length()) : formula,
                line.notPriced() ? ComparisonTable.UNPRICED : amount);
    }
}
