package dev.bulkhead.export.report;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The side-by-side table of a comparison: one column per option, rows for each cost line, each isolation
 * dimension, unmet requirements and blast radius. Every cell keeps its number and its formula. Renders as
 * aligned text, CSV or Markdown, so the CLI and the app's "copy table" produce the same figures.
 */
public record ComparisonTable(String title, List<String> columns, List<Row> rows) {
    /** A row of the table in a section such as "Cost / month". */
    public record Row(String section, String label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        private Row markedNotPriced(NotPriced notPriced, List<OptionKey> keys) {
            if (!section.equals(COST)) {
                return this;
            }
            CostCategory category = costCategory(this);
            List<Cell> marked = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                OptionKey key = keys.get(i);
                Cell cell = cells.get(i);
                boolean leavesOut = category != null ? notPriced.leavesOut(key, category)
                        : label.equals(INFRASTRUCTURE) ? notPriced.infrastructureLeavesOut(key) : notPriced.leavesOut(key);
                // A licence line with no price already reads "not priced" or "$x + not priced".
                marked.add(cell.text().contains(UNPRICED) ? cell
                        : new Cell(Amounts.leavingOut(cell.text(), leavesOut), cell.value(), cell.formula()));
            }
            return new Row(section, label, marked);
        }
    }

    /**
     * One figure.
     *
     * @param value   the number behind the text, or null for text-only cells
     * @param formula how it was computed
     */
    public record Cell(String text, BigDecimal value, String formula) {
    }

    /** Follows a figure that holds a line the model has not priced yet. */
    public static final String NOT_PRICED = Amounts.NOT_PRICED;
    /** Stands for a figure whose only lines the model has not priced yet. */
    public static final String UNPRICED = "not priced";

    /** The section of the money rows. */
    public static final String COST = "Cost / month";

    /** The row that sums every cost line but operations. */
    public static final String INFRASTRUCTURE = "Infrastructure";

    public ComparisonTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * The same table with each money figure that sums a line the model has not priced marked ({@link NotPriced}):
     * the report and the app's compare view print the same cells. {@code keys} are this table's columns' options.
     */
    public ComparisonTable markedNotPriced(NotPriced notPriced, List<OptionKey> keys) {
        return new ComparisonTable(title, columns, rows.stream().map(row -> row.markedNotPriced(notPriced, keys)).toList());
    }

    /** The cost category a money row shows, or null for a sum (infrastructure, total, per tenant) or another row. */
    static CostCategory costCategory(Row row) {
        return java.util.Arrays.stream(CostCategory.values()).filter(c -> c.label().equals(row.label())).findFirst().orElse(null);
    }

    /** The table of a scope's compared options; {@code symbol} is the currency symbol. */
    public static ComparisonTable of(ScopeAnalysis scope, Model model, String symbol) {
        return of(scope, model, symbol, OptionKey.COMPARED);
    }

    /** The table of a scope with these columns, in this order (the compare view adds the current design). */
    public static ComparisonTable of(ScopeAnalysis scope, Model model, String symbol, List<OptionKey> columns) {
        List<OptionResult> options = columns.stream().map(scope::option).toList();
        List<Row> rows = new ArrayList<>();
        String cost = COST;
        for (CostCategory category : CostCategory.values()) {
            if (category == CostCategory.OPERATIONS) {
                // Infrastructure and operations apart: people's time often decides a ranking, and is the most debated.
                rows.add(row(cost, INFRASTRUCTURE, options, o -> new Cell(Money.format(symbol, o.infrastructure()),
                        o.infrastructure(), o.infrastructureFormula(symbol))));
            }
            rows.add(row(cost, category.label(), options, o -> {
                BigDecimal amount = o.byCategory().getOrDefault(category, Money.ZERO);
                // A line without a price counts as zero but must never read as a zero price.
                String text = !o.notPriced(category) ? Money.format(symbol, amount)
                        : amount.signum() == 0 ? UNPRICED : Money.format(symbol, amount) + NOT_PRICED;
                return new Cell(text, amount, o.formula(category, symbol));
            }));
        }
        rows.add(row(cost, "Total", options, o -> new Cell(Money.format(symbol, o.monthlyCost()), o.monthlyCost(),
                o.totalFormula(symbol))));
        rows.add(row(cost, "Per tenant", options, o -> new Cell(Money.format(symbol, o.perTenant()), o.perTenant(),
                Money.format(symbol, o.monthlyCost()) + " ÷ " + o.tenantCount() + " tenants = "
                        + Money.format(symbol, o.perTenant()))));
        String isolation = "Isolation (0–4)";
        for (IsolationDimension dimension : IsolationDimension.values()) {
            rows.add(row(isolation, dimension.label(), options, o -> {
                double mean = o.dimensions().getOrDefault(dimension, 0.0);
                return new Cell(Money.number(mean, 1), BigDecimal.valueOf(mean), "mean over " + o.tenantCount() + " tenants of each tenant's "
                        + dimension.label().toLowerCase(Locale.ROOT) + " score under " + o.key().label(model.scenarios()));
            }));
        }
        rows.add(row(isolation, "Isolation score (0–100)", options, o -> new Cell(Money.number(o.isolationScore(), 0),
                BigDecimal.valueOf(o.isolationScore()), "mean of the tenants' weighted scores, each the weighted mean of its dimensions × 25")));
        String requirements = "Requirements";
        rows.add(row(requirements, "Unmet requirements", options, o -> new Cell(
                o.unmetRequirements() == 0 ? "0" : tenants(o.unmetRequirements()), BigDecimal.valueOf(o.unmetRequirements()),
                o.failing().isEmpty() ? "every tenant's requirement is met" : o.failing().stream()
                        .map(t -> name(model, t.tenant()) + " (" + t.shortfalls().get(0).describe() + ")")
                        .collect(Collectors.joining("; ")))));
        rows.add(row(requirements, "Blast radius of a compromised agent", options, o -> new Cell(
                o.blastRadius().agent() == null ? "–" : tenants(o.blastRadius().tenants()),
                BigDecimal.valueOf(o.blastRadius().tenants()), o.blastRadius().explanation())));
        String title = scope.label() + " · " + scope.tenantCount() + " tenants";
        return new ComparisonTable(title, columns.stream().map(key -> key.label(model.scenarios())).toList(), rows);
    }

    /** The names of the tenants an option fails, for tooltips and reports. */
    public static String failingNames(OptionResult option, Model model) {
        return option.failing().stream().map(TenantIsolation::tenant).map(id -> name(model, id)).collect(Collectors.joining(", "));
    }

    static String tenants(int count) {
        return count + (count == 1 ? " tenant" : " tenants");
    }

    static String name(Model model, ElementId id) {
        return model.find(id).map(e -> e.name() + model.environmentOf(id).map(env -> " (" + env.name() + ")").orElse(""))
                .orElse(id.value());
    }

    private static Row row(String section, String label, List<OptionResult> options, Function<OptionResult, Cell> cell) {
        return new Row(section, label, options.stream().map(cell).toList());
    }

    /** Comma-separated values with a header; numbers unformatted so a spreadsheet can compute with them. */
    public String toCsv() {
        StringBuilder text = new StringBuilder("section,line");
        columns.forEach(c -> text.append(',').append(csv(c)));
        text.append('\n');
        for (Row row : rows) {
            text.append(csv(row.section())).append(',').append(csv(row.label()));
            for (Cell cell : row.cells()) {
                text.append(',').append(cell.value() == null ? csv(cell.text())
                        : cell.value().setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** A Markdown table, sections as bold rows. */
    public String toMarkdown() {
        StringBuilder text = new StringBuilder("**").append(title).append("**\n\n| |");
        columns.forEach(c -> text.append(' ').append(c).append(" |"));
        text.append("\n|---|").append("---:|".repeat(columns.size())).append('\n');
        String section = null;
        for (Row row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                text.append("| **").append(section).append("** |").append(" |".repeat(columns.size())).append('\n');
            }
            text.append("| ").append(row.label()).append(" |");
            row.cells().forEach(c -> text.append(' ').append(c.text().replace("|", "\\|")).append(" |"));
            text.append('\n');
        }
        return text.toString();
    }

    /** Aligned plain text for terminals. */
    public String toText() {
        int labelWidth = rows.stream().mapToInt(r -> r.label().length()).max().orElse(10) + 2;
        int width = Math.max(14, rows.stream().flatMap(r -> r.cells().stream()).mapToInt(c -> c.text().length()).max().orElse(10) + 2);
        StringBuilder text = new StringBuilder(title).append('\n');
        text.append(" ".repeat(labelWidth));
        columns.forEach(c -> text.append(pad(c, width)));
        text.append('\n');
        String section = null;
        for (Row row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                text.append(section.toUpperCase(Locale.ROOT)).append('\n');
            }
            text.append(row.label()).append(" ".repeat(labelWidth - row.label().length()));
            row.cells().forEach(c -> text.append(pad(c.text(), width)));
            text.append('\n');
        }
        return text.toString();
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(1, width - text.length())) + text;
    }

    /** A CSV field: quoted when it holds a comma, a quote or a line break. */
    static String csv(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
