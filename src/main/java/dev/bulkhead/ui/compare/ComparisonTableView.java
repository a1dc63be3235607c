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
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * The side-by-side table: one column per option, the rows of {@link ComparisonTable} (the same figures the
 * CLI prints and "copy as Markdown" copies). Isolation rows are a heat map. Clicking any figure opens its
 * formula and inputs; under each column a button applies that option to the scope.
 */
public final class ComparisonTableView extends VBox {
    private final GridPane grid = new GridPane();
    private final Consumer<OptionKey> apply;
    private ComparisonTable table;
    private PopOver open;

    public ComparisonTableView(Consumer<OptionKey> apply) {
        this.apply = apply;
        getStyleClass().add("bh-comparison-table");
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(190);
        labels.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(labels);
        for (int i = 0; i < OptionKey.COMPARED.size(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(17);
            column.setHalignment(HPos.RIGHT);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        getChildren().add(grid);
    }

    /** The table shown, for copying. */
    public ComparisonTable table() {
        return table;
    }

    /** Shows a scope's comparison. */
    public void show(ScopeAnalysis scope, Model model, String symbol) {
        table = ComparisonTable.of(scope, model, symbol);
        grid.getChildren().clear();
        int row = 0;
        for (int c = 0; c < OptionKey.COMPARED.size(); c++) {
            OptionKey key = OptionKey.COMPARED.get(c);
            Label header = new Label(key == OptionKey.RECOMMENDED ? "Recommended" : key.label());
            header.getStyleClass().addAll("bh-table-header", key.key());
            header.setMaxWidth(Double.MAX_VALUE);
            grid.add(header, c + 1, row);
        }
        row++;
        String section = null;
        for (ComparisonTable.Row line : table.rows()) {
            if (!line.section().equals(section)) {
                section = line.section();
                Label heading = new Label(section.toUpperCase(Locale.ROOT));
                heading.getStyleClass().add("bh-section");
                grid.add(heading, 0, row++, 5, 1);
            }
            Label label = new Label(line.label());
            label.getStyleClass().add("bh-table-label");
            if (line.label().equals("Total") || line.label().startsWith("Isolation score")) {
                label.getStyleClass().add("total");
            }
            grid.add(label, 0, row);
            for (int c = 0; c < line.cells().size(); c++) {
                OptionKey key = OptionKey.COMPARED.get(c);
                grid.add(cell(line, line.cells().get(c), key, scope, model), c + 1, row);
            }
            row++;
        }
        for (int c = 0; c < OptionKey.COMPARED.size(); c++) {
            OptionKey key = OptionKey.COMPARED.get(c);
            Button button = new Button(key == OptionKey.RECOMMENDED ? "Apply mix" : "Apply");
            button.setId("apply-" + key.key());
            button.getStyleClass().add("bh-apply");
            button.setTooltip(new Tooltip("Make this the model's design for " + scope.label() + " (one undoable step)"));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> apply.accept(key));
            grid.add(button, c + 1, row);
        }
    }

    private Label cell(ComparisonTable.Row line, ComparisonTable.Cell cell, OptionKey key, ScopeAnalysis scope, Model model) {
        Label label = new Label(cell.text());
        label.getStyleClass().add("bh-table-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setId("cell-" + key.key() + "-" + line.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        if (line.section().startsWith("Isolation") && !line.label().startsWith("Isolation score") && cell.value() != null) {
            label.getStyleClass().addAll("bh-score", "bh-heat-" + Math.max(0, Math.min(4, (int) Math.round(cell.value()))));
        }
        if (line.label().equals("Total")) {
            label.getStyleClass().add("total");
        }
        if (line.label().equals("Unmet requirements") && cell.value() != null) {
            label.getStyleClass().add(cell.value() > 0 ? "bad" : "good");
        }
        label.setOnMouseClicked(e -> showFormula(label, line.label() + " · " + key.label(),
                cell.formula() + details(line, scope.option(key), model)));
        return label;
    }

    /** Inputs behind an isolation mean: how many tenants score what, and the rubric's reason. */
    private static String details(ComparisonTable.Row line, OptionResult option, Model model) {
        IsolationDimension dimension = null;
        for (IsolationDimension d : IsolationDimension.values()) {
            if (d.label().equals(line.label())) {
                dimension = d;
            }
        }
        if (dimension == null) {
            return "";
        }
        Map<String, Integer> groups = new TreeMap<>();
        for (TenantIsolation tenant : option.isolation().values()) {
            Placement placement = tenant.placement();
            String why = tenant.evidence().getOrDefault(dimension, "");
            groups.merge(tenant.scores().get(dimension) + " · " + placement.label() + (why.isEmpty() ? "" : ": " + why), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder("\n\nScores by tenant:");
        groups.forEach((group, count) -> text.append("\n").append(count).append(count == 1 ? " tenant scores " : " tenants score ")
                .append(group));
        return text.toString();
    }

    private void showFormula(Label anchor, String title, String formula) {
        if (open != null) {
            open.hide();
        }
        Label text = new Label(formula);
        text.setWrapText(true);
        text.setMaxWidth(480);
        text.getStyleClass().add("bh-formula");
        Label heading = new Label("How was this computed? " + title);
        heading.getStyleClass().add("bh-title");
        heading.setWrapText(true);
        heading.setMaxWidth(480);
        VBox content = new VBox(8, heading, text);
        content.getStyleClass().add("bh-formula-box");
        PopOver popOver = new PopOver(content);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.show(anchor);
        open = popOver;
    }

    /** The text of the formula popup currently shown, or empty (for tests). */
    public String openFormula() {
        if (open == null || !open.isShowing()) {
            return "";
        }
        return ((VBox) open.getContentNode()).getChildren().stream().map(n -> ((Label) n).getText())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** Figures of one column in table order, for tests. */
    public List<String> column(OptionKey key) {
        int index = OptionKey.COMPARED.indexOf(key);
        return table.rows().stream().map(r -> r.cells().get(index).text()).toList();
    }
}
