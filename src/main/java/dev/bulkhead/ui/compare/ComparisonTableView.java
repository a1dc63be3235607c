package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.export.report.ComparisonTable;
import dev.bulkhead.export.report.NotPriced;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Scenarios;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * The side-by-side table: the current design (the model as drawn, headed by its scenario's name when the model has
 * scenarios; optionally another scenario's design before it, see {@link Baseline}), then one column per option, with the rows of
 * {@link ComparisonTable} (the same figures the CLI prints and "copy as Markdown" copies). Money is shown in whole
 * units, as everywhere in the compare view; the copies keep cents. Isolation rows are a heat map. Clicking any
 * figure opens its formula and inputs; under each option a button applies it to the scope.
 */
public final class ComparisonTableView extends VBox {
    /** The columns shown, in order. */
    public static final List<OptionKey> COLUMNS = java.util.stream.Stream.concat(java.util.stream.Stream.of(OptionKey.CURRENT),
            OptionKey.COMPARED.stream()).toList();
    private static final String COST_SECTION = "Cost / month";
    /** The share of the width each figures' column takes; the labels take the rest. */
    private static final double COLUMN_WIDTH = 14.5;

    private final GridPane grid = new GridPane();
    /** The share of the width (percent) each figures' column takes at most; {@link #packForLargeType} lowers it. */
    private double figureShare = COLUMN_WIDTH;
    private final Consumer<OptionKey> apply;
    private ComparisonTable table;
    /** The baseline scenario's column, or null when none is shown. */
    private ComparisonTable baselineTable;
    private final List<String> headers = new java.util.ArrayList<>();
    private String symbol = "$";
    private PopOver open;

    /** @param apply applies an option's column to the model; null for a table without Apply buttons (presentation mode) */
    public ComparisonTableView(Consumer<OptionKey> apply) {
        this.apply = apply;
        getStyleClass().add("bh-comparison-table");
        grid.setHgap(6);
        grid.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(labels);
        fitColumns(COLUMNS.size());
        getChildren().add(grid);
    }

    /**
     * Packs the table for presentation mode's large type, so that it fits a 1080p screen whole: figures' columns as
     * narrow as their widest text at 24 px on one line (see {@link #fitPacked}), the labels the rest, and no gap
     * between rows.
     */
    public void packForLargeType() {
        figureShare = 10;
        grid.setVgap(0);
        fitColumns(grid.getColumnConstraints().size() - 1);
    }

    /** The table as shown, the current design first, for copying. */
    public ComparisonTable table() {
        return table;
    }

    /**
     * Another scenario's design as modelled, shown as a column before the shown scenario's own, so that a proposal's
     * cost reads against the design it would replace (presentation mode's compare view).
     */
    public record Baseline(String scenario, ScopeAnalysis scope, Model model, NotPriced notPriced) {
        public Baseline {
            java.util.Objects.requireNonNull(scenario, "scenario");
            java.util.Objects.requireNonNull(scope, "scope");
            java.util.Objects.requireNonNull(notPriced, "notPriced");
            java.util.Objects.requireNonNull(model, "model");
        }
    }

    /** Shows a scope's comparison. */
    public void show(ScopeAnalysis scope, Model model, String currencySymbol, NotPriced notPriced) {
        show(scope, model, currencySymbol, notPriced, model.scenarios(), null);
    }

    /**
     * Shows a scope's comparison, with {@code baseline}'s design as modelled as a first column when not null.
     *
     * @param notPriced what the shown options leave out as not priced
     * @param scenarios the scenarios of the model the user has, which name the columns (an analysed what-if's model
     *                  has none of its own)
     */
    public void show(ScopeAnalysis scope, Model model, String currencySymbol, NotPriced notPriced, Scenarios scenarios,
                     Baseline baseline) {
        symbol = currencySymbol;
        // Marked as the report marks them: a total that counts an unpriced line as zero says so.
        table = ComparisonTable.of(scope, model, currencySymbol, COLUMNS).markedNotPriced(notPriced, COLUMNS);
        baselineTable = baseline == null ? null : ComparisonTable.of(baseline.scope(), baseline.model(), currencySymbol,
                List.of(OptionKey.CURRENT)).markedNotPriced(baseline.notPriced(), List.of(OptionKey.CURRENT));
        int first = baseline == null ? 1 : 2;
        fitColumns(COLUMNS.size() + first - 1);
        grid.getChildren().clear();
        headers.clear();
        int row = 0;
        if (baseline != null) {
            Label header = header("baseline", scenarios.heading(baseline.scenario()),
                    "Scenario '" + baseline.scenario() + "' as modelled: the design the shown scenario is compared against");
            header.getStyleClass().add("current");
            grid.add(header, 1, row);
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            OptionKey key = COLUMNS.get(c);
            grid.add(header(key, scenarios), c + first, row);
        }
        row++;
        String section = null;
        for (int r = 0; r < table.rows().size(); r++) {
            ComparisonTable.Row line = table.rows().get(r);
            if (!line.section().equals(section)) {
                section = line.section();
                Label heading = new Label(section.toUpperCase(Locale.ROOT) + (section.equals(COST_SECTION) ? " · " + symbol : ""));
                heading.getStyleClass().add("bh-section");
                grid.add(heading, 0, row++, COLUMNS.size() + first, 1);
            }
            Label label = new Label(line.label());
            label.getStyleClass().add("bh-table-label");
            label.setWrapText(true);
            if (line.label().equals("Total") || line.label().equals(ComparisonTable.INFRASTRUCTURE)
                    || line.label().startsWith("Isolation score")) {
                label.getStyleClass().add("total");
            }
            grid.add(label, 0, row);
            if (baseline != null) {
                grid.add(cell(line, baselineCell(line), "baseline", baseline.scope().option(OptionKey.CURRENT), baseline.model()), 1, row);
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                OptionKey key = COLUMNS.get(c);
                grid.add(cell(line, cellOf(r, key), key.key(), scope.option(key), model), c + first, row);
            }
            row++;
        }
        for (int c = 0; c < COLUMNS.size() && apply != null; c++) {
            OptionKey key = COLUMNS.get(c);
            if (key == OptionKey.CURRENT) {
                continue;
            }
            Button button = new Button(key == OptionKey.RECOMMENDED ? "Apply mix" : "Apply");
            button.setId("apply-" + key.key());
            button.getStyleClass().add("bh-apply");
            button.setTooltip(new Tooltip("Make this the model's design for " + scope.label() + " (one undoable step)"));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> apply.accept(key));
            grid.add(button, c + first, row);
        }
    }

    /**
     * A column's heading. The design as modelled is named by its scenario, for in a model with scenarios "current"
     * would be read as the base scenario while the column shows the active one (a proposal, say).
     */
    private Label header(OptionKey key, Scenarios scenarios) {
        if (key == OptionKey.CURRENT && !scenarios.isDefault()) {
            return header(key.key(), scenarios.asModelledHeading(),
                    "Scenario '" + scenarios.active() + "' as modelled: each tenant's own option or its environment's "
                            + "(undecided tenants as namespaces)");
        }
        String text = key == OptionKey.RECOMMENDED ? "Recommended" : key == OptionKey.CURRENT ? scenarios.asModelledHeading() : key.label();
        Label header = header(key.key(), text, key == OptionKey.CURRENT ? "The design as the model has it now: each tenant's own option "
                + "or its environment's (undecided tenants as namespaces)" : key.label());
        header.setMinWidth(Region.USE_PREF_SIZE); // one word, which no column may cut short
        return header;
    }

    private Label header(String id, String text, String tooltip) {
        Label header = new Label(text);
        header.setId("header-" + id);
        header.getStyleClass().addAll("bh-table-header", id);
        header.setMaxWidth(Double.MAX_VALUE);
        // A scenario's name may be long: it wraps onto a second line rather than widen the column past the screen.
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.setTooltip(new Tooltip(tooltip));
        headers.add(text);
        return header;
    }

    /** The label column and {@code figures} columns of equal width sharing what the label column leaves. */
    private void fitColumns(int figures) {
        grid.getColumnConstraints().remove(1, grid.getColumnConstraints().size());
        if (figureShare != COLUMN_WIDTH) {
            fitPacked(figures);
            return;
        }
        // Packed, the labels' column is given its share too: left to take "the rest", it took more than the rest
        // (its headings' widths) and pushed the last column past the screen.
        grid.getColumnConstraints().get(0).setPercentWidth(figureShare == COLUMN_WIDTH ? -1 : 100 - figures * figureShare);
        for (int i = 0; i < figures; i++) {
            ColumnConstraints column = new ColumnConstraints();
            // Five columns share 72.5% as they always did; a sixth (a baseline) takes some of the labels' share.
            column.setPercentWidth(Math.min(figureShare, 85.0 / figures));
            column.setHalignment(HPos.RIGHT);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
    }

    /**
     * Packed for large type, each figures' column is as wide as its widest text on one line, and the labels' column
     * takes what is left and wraps: equal shares wrapped "current (as modelled)" onto two lines at 24 px, and the taller
     * heading pushed the table ~10 px past a 1080p screen, while "Namespace" and its figures needed far less.
     */
    private void fitPacked(int figures) {
        ColumnConstraints labels = grid.getColumnConstraints().get(0);
        labels.setPercentWidth(-1);
        labels.setHgrow(Priority.ALWAYS);
        for (int i = 0; i < figures; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.NEVER);
            column.setMinWidth(Region.USE_PREF_SIZE);
            column.setHalignment(HPos.RIGHT);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
    }

    /** The baseline's figure on the same row (rows are matched by section and label), or a dash where it has none. */
    private ComparisonTable.Cell baselineCell(ComparisonTable.Row line) {
        return baselineTable.rows().stream().filter(r -> r.section().equals(line.section()) && r.label().equals(line.label()))
                .findFirst().map(r -> r.cells().get(0)).orElse(new ComparisonTable.Cell("—", null, ""));
    }

    /** The column headings as shown, left to right, for tests. */
    public List<String> headers() {
        return List.copyOf(headers);
    }

    /** The baseline column's figures in table order, or empty when none is shown, for tests. */
    public List<String> baselineColumn() {
        if (baselineTable == null) {
            return List.of();
        }
        return table.rows().stream().map(r -> baselineCell(r).text()).toList();
    }

    private ComparisonTable.Cell cellOf(int row, OptionKey key) {
        return table.rows().get(row).cells().get(COLUMNS.indexOf(key));
    }

    private Label cell(ComparisonTable.Row line, ComparisonTable.Cell cell, String column, OptionResult option, Model model) {
        Label label = new Label(twoLines(cell.text()));
        label.getStyleClass().add("bh-table-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        label.setId("cell-" + column + "-" + line.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        if (line.section().startsWith("Isolation") && !line.label().startsWith("Isolation score") && cell.value() != null) {
            label.getStyleClass().addAll("bh-score", "bh-heat-" + Math.max(0, Math.min(4, (int) cell.value().setScale(0, java.math.RoundingMode.HALF_UP).intValue())));
        }
        if (line.label().equals("Total") || line.label().equals(ComparisonTable.INFRASTRUCTURE)) {
            label.getStyleClass().add("total");
        }
        if (line.label().equals("Unmet requirements") && cell.value() != null) {
            label.getStyleClass().add(cell.value().signum() > 0 ? "bad" : "good");
        }
        label.setOnMouseClicked(e -> showFormula(label, line, cell, option, model));
        return label;
    }

    /**
     * A figure marked as leaving something out shows the mark under the amount: on one line it would widen every
     * column by the mark's width and push the last options out of the window.
     */
    private static String twoLines(String text) {
        return text.endsWith(Amounts.NOT_PRICED) && text.length() > Amounts.NOT_PRICED.length()
                ? text.substring(0, text.length() - Amounts.NOT_PRICED.length()) + "\n" + Amounts.NOT_PRICED.strip() : text;
    }

    private void showFormula(Label anchor, ComparisonTable.Row line, ComparisonTable.Cell cell, OptionResult option, Model model) {
        if (open != null) {
            open.hide();
        }
        PopOver popOver = new PopOver(FormulaCard.of(line.label() + " · " + option.key().label(model.scenarios()), line, cell, option, model, symbol));
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.show(anchor);
        open = popOver;
    }

    /** The text of the formula card currently shown, or empty (for tests). */
    public String openFormula() {
        if (open == null || !open.isShowing()) {
            return "";
        }
        return FormulaCard.text(open.getContentNode());
    }

    /** Figures of one column in table order, as shown, for tests. */
    public List<String> column(OptionKey key) {
        List<String> texts = new java.util.ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            texts.add(cellOf(r, key).text());
        }
        return texts;
    }
}
