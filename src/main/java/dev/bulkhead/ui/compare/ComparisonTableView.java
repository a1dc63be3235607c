package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.export.report.ComparisonTable;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
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
 * The side-by-side table: the current design (the model as drawn), then one column per option, with the rows of
 * {@link ComparisonTable} (the same figures the CLI prints and "copy as Markdown" copies). Money is shown in whole
 * units, as everywhere in the compare view; the copies keep cents. Isolation rows are a heat map. Clicking any
 * figure opens its formula and inputs; under each option a button applies it to the scope.
 */
public final class ComparisonTableView extends VBox {
    /** The columns shown, in order. */
    public static final List<OptionKey> COLUMNS = java.util.stream.Stream.concat(java.util.stream.Stream.of(OptionKey.CURRENT),
            OptionKey.COMPARED.stream()).toList();
    private static final String COST_SECTION = "Cost / month";

    private final GridPane grid = new GridPane();
    private final Consumer<OptionKey> apply;
    private ComparisonTable table;
    private String symbol = "$";
    private PopOver open;

    public ComparisonTableView(Consumer<OptionKey> apply) {
        this.apply = apply;
        getStyleClass().add("bh-comparison-table");
        grid.setHgap(6);
        grid.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(labels);
        for (int i = 0; i < COLUMNS.size(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(14.5);
            column.setHalignment(HPos.RIGHT);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        getChildren().add(grid);
    }

    /** The table as shown, the current design first, for copying. */
    public ComparisonTable table() {
        return table;
    }

    /** Shows a scope's comparison. */
    public void show(ScopeAnalysis scope, Model model, String currencySymbol) {
        symbol = currencySymbol;
        table = ComparisonTable.of(scope, model, currencySymbol, COLUMNS);
        grid.getChildren().clear();
        int row = 0;
        for (int c = 0; c < COLUMNS.size(); c++) {
            OptionKey key = COLUMNS.get(c);
            Label header = new Label(key == OptionKey.RECOMMENDED ? "Recommended" : key == OptionKey.CURRENT ? "Current" : key.label());
            header.getStyleClass().addAll("bh-table-header", key.key());
            header.setMaxWidth(Double.MAX_VALUE);
            header.setMinWidth(Region.USE_PREF_SIZE);
            header.setTooltip(new Tooltip(key == OptionKey.CURRENT ? "The design as the model has it now: each tenant's own option "
                    + "or its environment's (undecided tenants as namespaces)" : key.label()));
            grid.add(header, c + 1, row);
        }
        row++;
        String section = null;
        for (int r = 0; r < table.rows().size(); r++) {
            ComparisonTable.Row line = table.rows().get(r);
            if (!line.section().equals(section)) {
                section = line.section();
                Label heading = new Label(section.toUpperCase(Locale.ROOT) + (section.equals(COST_SECTION) ? " · " + symbol : ""));
                heading.getStyleClass().add("bh-section");
                grid.add(heading, 0, row++, COLUMNS.size() + 1, 1);
            }
            Label label = new Label(line.label());
            label.getStyleClass().add("bh-table-label");
            label.setWrapText(true);
            if (line.label().equals("Total") || line.label().equals(ComparisonTable.INFRASTRUCTURE)
                    || line.label().startsWith("Isolation score")) {
                label.getStyleClass().add("total");
            }
            grid.add(label, 0, row);
            for (int c = 0; c < COLUMNS.size(); c++) {
                OptionKey key = COLUMNS.get(c);
                grid.add(cell(line, cellOf(r, key), key, scope, model), c + 1, row);
            }
            row++;
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
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
            grid.add(button, c + 1, row);
        }
    }

    private ComparisonTable.Cell cellOf(int row, OptionKey key) {
        return table.rows().get(row).cells().get(COLUMNS.indexOf(key));
    }

    private Label cell(ComparisonTable.Row line, ComparisonTable.Cell cell, OptionKey key, ScopeAnalysis scope, Model model) {
        Label label = new Label(cell.text());
        label.getStyleClass().add("bh-table-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setId("cell-" + key.key() + "-" + line.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        if (line.section().startsWith("Isolation") && !line.label().startsWith("Isolation score") && cell.value() != null) {
            label.getStyleClass().addAll("bh-score", "bh-heat-" + Math.max(0, Math.min(4, (int) cell.value().setScale(0, java.math.RoundingMode.HALF_UP).intValue())));
        }
        if (line.label().equals("Total") || line.label().equals(ComparisonTable.INFRASTRUCTURE)) {
            label.getStyleClass().add("total");
        }
        if (line.label().equals("Unmet requirements") && cell.value() != null) {
            label.getStyleClass().add(cell.value().signum() > 0 ? "bad" : "good");
        }
        label.setOnMouseClicked(e -> showFormula(label, line, cell, scope.option(key), model));
        return label;
    }

    private void showFormula(Label anchor, ComparisonTable.Row line, ComparisonTable.Cell cell, OptionResult option, Model model) {
        if (open != null) {
            open.hide();
        }
        PopOver popOver = new PopOver(FormulaCard.of(line.label() + " · " + option.key().label(), line, cell, option, model, symbol));
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
