package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.CostTerm;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.diagram.chart.Amounts;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * "How was this computed?" for one figure of the comparison, as a small table rather than a paragraph: for a
 * cost, each cost line with its inputs and arithmetic and its amount, then the result; for an isolation mean, how
 * many tenants score what and why; for anything else, the table's own explanation. The result is always stated.
 */
final class FormulaCard {
    private static final double WIDTH = 600;
    private static final double MAX_LINES_HEIGHT = 460;

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
            result = Amounts.exact(symbol, cell.value()) + " a month";
        } else if (dimension.isPresent()) {
            scores(grid, option, dimension.get());
            result = "mean " + cell.text() + " of 4";
        } else {
            header(grid, "Explanation", "");
            row(grid, 1, cell.formula(), "");
            result = line.label().equals("Total") ? Amounts.exact(symbol, cell.value()) + " a month" : cell.text();
        }
        Label total = new Label("Result: " + result);
        total.getStyleClass().addAll("bh-formula-result");
        total.setId("formula-result");
        // A category can hold many lines (a dedicated cluster per tenant): the lines scroll, the result stays in view.
        ScrollPane lines = new ScrollPane(grid);
        lines.setFitToWidth(true);
        lines.setMaxHeight(MAX_LINES_HEIGHT);
        lines.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        lines.getStyleClass().add("bh-formula-scroll");
        VBox card = new VBox(10, heading, lines, total);
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
        } else if (node instanceof ScrollPane scroll) {
            collect(scroll.getContent(), text);
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, text));
        }
    }

    /**
     * Each cost line of the category as a small table: its inputs (what, value, unit, source), the arithmetic
     * with exactly those values, and its amount; the card's result is their sum.
     */
    private static void costLines(GridPane grid, OptionResult option, CostCategory category, String symbol) {
        inputHeader(grid);
        int row = 1;
        for (CostLine line : option.lines()) {
            if (line.category() != category) {
                continue;
            }
            Label item = styled(new Label(line.item()), "bh-formula-item");
            item.setWrapText(true);
            grid.add(item, 0, row, 3, 1);
            Label amount = styled(new Label(Amounts.exact(symbol, line.monthly())), "bh-formula-amount");
            GridPane.setHalignment(amount, HPos.RIGHT);
            grid.add(amount, 3, row++);
            for (CostTerm term : line.terms()) {
                String operator = term == line.terms().get(0) ? "" : term.divisor() ? "÷ " : "× ";
                grid.add(wrapped(operator + term.label(), "bh-formula"), 0, row);
                grid.add(styled(new Label(value(term, symbol)), "bh-formula-value"), 1, row);
                grid.add(styled(new Label(unit(term, symbol)), "bh-formula"), 2, row);
                grid.add(wrapped(term.source(), "bh-formula-source"), 3, row++);
            }
            grid.add(wrapped("= " + line.formula(symbol) + (line.basis().isEmpty() ? "" : "\n" + line.basis()),
                    "bh-formula-arithmetic"), 0, row++, 4, 1);
        }
        if (row == 1) {
            grid.add(styled(new Label("nothing of this kind in this option"), "bh-formula"), 0, row);
        }
    }

    private static String value(CostTerm term, String symbol) {
        return switch (term.kind()) {
            case PRICE -> Money.rate(symbol, term.value());
            case NOT_PRICED -> "not priced";
            case COUNT, QUANTITY -> Money.number(term.value());
        };
    }

    private static String unit(CostTerm term, String symbol) {
        return switch (term.kind()) {
            case PRICE, NOT_PRICED -> symbol + " per " + term.unit();
            case COUNT -> term.unit() + "s";
            case QUANTITY -> term.unit();
        };
    }

    private static void inputHeader(GridPane grid) {
        ColumnConstraints what = new ColumnConstraints();
        what.setPrefWidth(WIDTH * 0.42);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setMinWidth(70);
        ColumnConstraints unit = new ColumnConstraints();
        unit.setMinWidth(60);
        ColumnConstraints source = new ColumnConstraints();
        source.setPrefWidth(WIDTH * 0.30);
        grid.getColumnConstraints().setAll(what, value, unit, source);
        grid.add(styled(new Label("Input"), "bh-formula-header"), 0, 0);
        grid.add(styled(new Label("Value"), "bh-formula-header"), 1, 0);
        grid.add(styled(new Label("Unit"), "bh-formula-header"), 2, 0);
        grid.add(styled(new Label("Source · amount"), "bh-formula-header"), 3, 0);
    }

    private static Label wrapped(String text, String style) {
        Label label = styled(new Label(text), style);
        label.setWrapText(true);
        return label;
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
