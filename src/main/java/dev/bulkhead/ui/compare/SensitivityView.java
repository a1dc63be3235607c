package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.SensitivityCurve;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.GrowthCurves;
import dev.bulkhead.model.Counts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * How each option's monthly cost grows with the number of tenants (the report's growth chart, with its key and
 * the crossover points), the crossovers listed, and a growth-scenario slider that reads the costs off the curves at
 * a future tenant count.
 */
public final class SensitivityView extends HBox {
    private final GrowthChart chart = new GrowthChart();
    private final Slider growth = new Slider();
    private final Label scenario = new Label();
    private final VBox crossovers = new VBox(3);
    private SensitivityCurve curve;
    /** The curves shifted to start at today's figures, and their crossings (shared with the report). */
    private GrowthCurves curves;
    private String symbol = "$";

    public SensitivityView() {
        getStyleClass().add("bh-sensitivity");
        setSpacing(18);
        chart.setPrefSize(560, 280);
        HBox.setHgrow(chart, Priority.ALWAYS);
        growth.setId("growth-slider");
        growth.setShowTickMarks(false);
        growth.valueProperty().addListener((o, before, value) -> updateScenario());
        scenario.setWrapText(true);
        scenario.getStyleClass().add("bh-scenario");
        scenario.setId("growth-scenario");
        VBox side = new VBox(8, heading("Growth scenario"), growth, scenario, heading("Crossovers"), crossovers);
        side.setPrefWidth(270);
        side.setMinWidth(240);
        side.setPadding(new Insets(8, 0, 0, 0));
        getChildren().addAll(chart, side);
    }

    /**
     * Shows a curve from today's tenant count on. The curve grows the scope inside its largest cluster, so its
     * figure at today's count is not the scope's real cost; each option's curve is therefore shifted to start at
     * {@code today}, the analysis' figure (the table's), and shows what growth adds to it. The slider starts at 2.5
     * times today's count (a two-year scenario) for a new model or scope, and never goes below today.
     */
    public void show(SensitivityCurve newCurve, Map<OptionKey, Double> today, String currencySymbol) {
        boolean fresh = curve == null;
        curve = newCurve;
        symbol = currencySymbol;
        crossovers.getChildren().clear();
        curves = GrowthCurves.of(newCurve, today);
        chart.show(curves, currencySymbol);
        if (newCurve.points().isEmpty()) {
            scenario.setText(GrowthCurves.EMPTY);
            return;
        }
        SensitivityCurve.Point start = newCurve.at(Math.max(1, newCurve.currentTenants()));
        List<SensitivityCurve.Point> shown = curves.shown();
        for (GrowthCurves.Crossing crossing : curves.crossings()) {
            Label line = new Label("• " + crossing.text());
            line.setWrapText(true);
            line.getStyleClass().add("bh-crossover-text");
            crossovers.getChildren().add(line);
        }
        if (crossovers.getChildren().isEmpty()) {
            Label none = new Label(GrowthCurves.NO_CROSSING);
            none.setWrapText(true);
            crossovers.getChildren().add(none);
        }
        int max = shown.get(shown.size() - 1).tenants();
        growth.setMin(start.tenants());
        growth.setMax(Math.max(max, start.tenants()));
        if (fresh || growth.getValue() > max || growth.getValue() < start.tenants()) {
            growth.setValue(Math.min(max, Math.max(start.tenants(), Math.round(newCurve.currentTenants() * 2.5))));
        }
        updateScenario();
    }

    /** Forgets the scenario, so that the next curve (another model or scope) starts from its own defaults. */
    public void reset() {
        curve = null;
    }

    /** An option's cost at a point of the curve, shifted to start at today's figure. */
    private double cost(SensitivityCurve.Point point, OptionKey key) {
        return curves.cost(point, key);
    }

    /** The crossovers listed, for tests. */
    public List<String> crossoverTexts() {
        List<String> texts = new ArrayList<>();
        crossovers.getChildren().forEach(node -> texts.add(((Label) node).getText()));
        return texts;
    }

    /** The growth scenario text, for tests. */
    public String scenarioText() {
        return scenario.getText();
    }

    /** The chart, for tests. */
    public GrowthChart chart() {
        return chart;
    }

    /** The slider, for tests and keyboard users. */
    public Slider growthSlider() {
        return growth;
    }

    private void updateScenario() {
        if (curve == null || curve.points().isEmpty()) {
            return;
        }
        SensitivityCurve.Point now = curve.at(Math.max(1, curve.currentTenants()));
        SensitivityCurve.Point then = curve.at((int) Math.round(growth.getValue()));
        // Both ends are read off the same shifted curve, so "today" is the table's figure and the step is like for like.
        StringBuilder text = new StringBuilder("Today " + Counts.of(curve.currentTenants(), "tenant") + " → "
                + Counts.of(then.tenants(), "tenant") + ":");
        for (OptionKey key : OptionKey.COMPARED) {
            text.append("\n").append(key.label()).append(": ").append(Amounts.whole(symbol, cost(now, key)))
                    .append(" → ").append(Amounts.whole(symbol, cost(then, key)));
        }
        scenario.setText(text.toString());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("bh-subheading");
        return label;
    }
}
