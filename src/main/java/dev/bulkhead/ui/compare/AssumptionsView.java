package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.export.report.ComparisonTable;
import dev.bulkhead.export.report.ProposalReport;
import dev.bulkhead.reference.AssumptionDefinition;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.reference.Sourced;
import dev.bulkhead.ui.fx.TextCommit;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Every assumption of the cost model with the value in effect and its source. Typing a value overrides it in
 * the model (saved with it, undoable); "reset" goes back to the default. Values marked computed follow a
 * formula until overridden.
 */
public final class AssumptionsView extends ScrollPane {
    private final ReferenceData reference;
    private final BiConsumer<String, Double> set;
    private final VBox content = new VBox(10);
    private final Label error = new Label();

    /**
     * @param set receives an assumption key and its new value, or null to reset it; throws
     *            {@link IllegalArgumentException} when the value is refused
     */
    public AssumptionsView(ReferenceData reference, BiConsumer<String, Double> set) {
        this.reference = reference;
        this.set = set;
        getStyleClass().addAll("bh-assumptions", "edge-to-edge");
        setFitToWidth(true);
        error.getStyleClass().add("bh-error-text");
        error.setWrapText(true);
        setContent(content);
    }

    public void show(Analysis analysis, Map<String, Double> overrides) {
        content.getChildren().clear();
        Label title = new Label("Assumptions");
        title.getStyleClass().add("bh-title");
        Label note = new Label("Pricing: " + analysis.pricing().profile().name() + " (" + analysis.pricing().profile().asOf()
                + "). Hover a name for its source; type a value to override it for this model.");
        note.setWrapText(true);
        note.getStyleClass().add("bh-muted");
        content.getChildren().addAll(title, note, error);
        // One grid for every group, so that values and units line up down the whole panel.
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints values = new ColumnConstraints(90);
        ColumnConstraints units = new ColumnConstraints();
        units.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(name, values, units, new ColumnConstraints());
        content.getChildren().add(grid);
        String group = null;
        for (AssumptionDefinition definition : reference.assumptions().values()) {
            if (!definition.group().equals(group)) {
                group = definition.group();
                Label heading = new Label(group.toUpperCase(java.util.Locale.ROOT));
                heading.getStyleClass().add("bh-section");
                grid.add(heading, 0, grid.getRowCount(), 4, 1);
            }
            row(grid, definition, analysis, overrides.get(definition.key()));
        }
    }

    /**
     * A value as people read it: up to two decimals from one up, three significant digits below one
     * ({@code 0.0684}, not {@code 0.068359}); the exact value is in the field's tooltip.
     */
    static String readable(double value) {
        return Amounts.readable(value);
    }

    /** The field's text: empty for a figure the reference data does not give (GCP's NAT processing), never a 0. */
    static String shown(OptionalDouble effective, Sourced sourced) {
        return effective.isPresent() && (sourced == null || !sourced.notFound()) ? readable(effective.getAsDouble()) : "";
    }

    /** What an empty field says it stands at: "not priced" for a price nobody has set, as the report says, else "computed". */
    static String prompt(AssumptionDefinition definition, Sourced sourced) {
        return sourced != null && sourced.notFound() || ProposalReport.NOT_PRICED_KIND.equals(definition.kind())
                ? ComparisonTable.UNPRICED : "computed";
    }

    private void row(GridPane grid, AssumptionDefinition definition, Analysis analysis, Double override) {
        int row = grid.getRowCount();
        Label name = new Label(definition.label());
        name.setWrapText(true);
        OptionalDouble effective = analysis.pricing().assumptions().override(definition.key());
        Sourced sourced = effective.isPresent() ? analysis.pricing().assumptions().sourced(definition.key()) : null;
        Tooltip tip = new Tooltip((sourced != null ? sourced.citation() : definition.source()) + "\n[" + definition.kind() + "]");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        name.setTooltip(tip);
        if (override != null) {
            name.getStyleClass().add("bh-overridden");
        }
        String shown = shown(effective, sourced);
        // The unit of the figure in effect, which a pricing profile may state differently from the bundled default.
        String unitText = sourced != null ? sourced.unit() : definition.unit();
        TextField value = new TextField(shown);
        if (effective.isPresent()) {
            value.setTooltip(new Tooltip(Money.number(effective.getAsDouble()) + " " + unitText));
        }
        value.setId("assumption-" + definition.key());
        value.setPromptText(prompt(definition, sourced));
        TextCommit.install(value, shown, typed -> {
            String text = typed.strip().replace(",", "");
            try {
                set.accept(definition.key(), text.isEmpty() ? null : Double.parseDouble(text));
                error.setText("");
                return true;
            } catch (NumberFormatException e) {
                error.setText(definition.label() + ": '" + text + "' is not a number");
                return false;
            } catch (IllegalArgumentException e) {
                error.setText(definition.label() + ": " + e.getMessage());
                return false;
            }
        });
        Label unit = new Label(unitText);
        unit.getStyleClass().add("bh-muted");
        unit.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, name, value, unit);
        if (override != null) {
            Button reset = new Button("reset");
            reset.getStyleClass().add("bh-link-button");
            reset.setTooltip(new Tooltip("Back to the default: " + (definition.isComputed() ? "computed" : Money.number(definition.defaultValue()))));
            reset.setOnAction(e -> set.accept(definition.key(), null));
            grid.add(reset, 3, row);
        }
    }

    /** Keys of the assumptions listed, for tests. */
    public List<String> keys() {
        return List.copyOf(reference.assumptions().keySet());
    }
}
