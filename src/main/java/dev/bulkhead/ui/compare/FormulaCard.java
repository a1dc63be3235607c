package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.export.report.ComparisonTable;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * "How was this computed?" for one figure of the comparison, as a small table rather than a paragraph: for a
 * cost, each cost line with its inputs and arithmetic and its amount, then the result; for an isolation mean, how
 * many tenants score what and why; for anything else, the table's own explanation. The result is always stated.
 */
final class FormulaCard {
    private static final double WIDTH = 560;

    private FormulaCard() {
    }

    static Node of(String title, ComparisonTable.Row line, ComparisonTable.Cell cell, OptionResult option, Model model,
                   String symbol) {
        Label heading = new Label("How was this computed? " + title);
        heading.getStyleClass().add("bh-title");
        heading.setWrapText(true);
        heading.setMaxWidth(WIDTH);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("bh-formula-grid");
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setMaxWidth(WIDTH);
        Optional<CostCategory> category = Arrays.stream(CostCategory.values()).filter(c -> c.label().equals(line.label())).findFirst();
        Optional<IsolationDimension> dimension = Arrays.stream(IsolationDimension.values())
                .filter(d -> d.label().equals(line.label())).findFirst();
        String result;
        if (category.isPresent()) {
            costLines(grid, option, category.get(), symbol);
            result = Amounts.whole(symbol, cell.value()) + " a month";
        } else if (dimension.isPresent()) {
            scores(grid, option, dimension.get());
            result = "mean " + cell.text() + " of 4";
        } else {
            header(grid, "Explanation", "");
            row(grid, 1, cell.formula(), "");
            result = line.label().equals("Total") ? Amounts.whole(symbol, cell.value()) + " a month" : cell.text();
        }
        Label total = new Label("Result: " + result);
        total.getStyleClass().addAll("bh-formula-result");
        total.setId("formula-result");
        VBox card = new VBox(10, heading, grid, total);
        card.getStyleClass().add("bh-formula-box");
        card.setMaxWidth(WIDTH + 28);
        return card;
    }

    /** The card's words in reading order, for tests. */
    static String text(Node card) {
        StringBuilder text = new StringBuilder();
        collect(card, text);
        return text.toString().strip();
    }

    private static void collect(Node node, StringBuilder text) {
        if (node instanceof Label label) {
            text.append(label.getText()).append('\n');
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, text));
        }
    }

    private static void costLines(GridPane grid, OptionResult option, CostCategory category, String symbol) {
        header(grid, "Cost line and its inputs", "Per month");
        int row = 1;
        for (CostLine line : option.lines()) {
            if (line.category() != category) {
                continue;
            }
            // The node-group formulas start by naming their item again; the item is already in the row.
            String formula = line.formula().startsWith(line.item() + ": ") ? line.formula().substring(line.item().length() + 2)
                    : line.formula();
            row(grid, row++, line.item() + "\n" + formula, Amounts.whole(symbol, line.monthly()));
        }
        if (row == 1) {
            row(grid, row, "nothing of this kind in this option", Amounts.whole(symbol, 0));
        }
    }

    private static void scores(GridPane grid, OptionResult option, IsolationDimension dimension) {
        header(grid, "Score · placement: why", "Tenants");
        Map<String, Integer> groups = new TreeMap<>();
        for (TenantIsolation tenant : option.isolation().values()) {
            String why = tenant.evidence().getOrDefault(dimension, "");
            groups.merge(tenant.scores().get(dimension) + " · " + tenant.placement().label() + (why.isEmpty() ? "" : ": " + why), 1,
                    Integer::sum);
        }
        int row = 1;
        for (Map.Entry<String, Integer> group : groups.entrySet()) {
            row(grid, row++, group.getKey(), Integer.toString(group.getValue()));
        }
    }

    private static void header(GridPane grid, String what, String amount) {
        ColumnConstraints text = new ColumnConstraints();
        text.setPrefWidth(WIDTH - 110);
        ColumnConstraints figures = new ColumnConstraints();
        figures.setMinWidth(90);
        figures.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(text, figures);
        grid.add(styled(new Label(what), "bh-formula-header"), 0, 0);
        grid.add(styled(new Label(amount), "bh-formula-header"), 1, 0);
    }

    private static void row(GridPane grid, int row, String what, String amount) {
        Label text = styled(new Label(what), "bh-formula");
        text.setWrapText(true);
        text.setMaxWidth(WIDTH - 110);
        grid.add(text, 0, row);
        grid.add(styled(new Label(amount), "bh-formula-amount"), 1, row);
    }

    private static Label styled(Label label, String style) {
        label.getStyleClass().add(style);
        return label;
    }
}
