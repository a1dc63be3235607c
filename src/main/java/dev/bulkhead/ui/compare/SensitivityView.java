package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.SensitivityCurve;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.CostScale;
import dev.bulkhead.diagram.chart.GrowthCurves;
import dev.bulkhead.ui.fx.Counts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * How each option's monthly cost grows with the number of tenants, with the crossover points labelled, and a
 * growth-scenario slider that reads the costs off the curves at a future tenant count.
 */
public final class SensitivityView extends HBox {
    private final NumberAxis tenantsAxis = new NumberAxis();
    private final NumberAxis costAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(tenantsAxis, costAxis);
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
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(220);
        tenantsAxis.setLabel("tenants");
        tenantsAxis.setForceZeroInRange(false);
        costAxis.setLabel("monthly cost");
        costAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return Amounts.compact(symbol, value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        HBox.setHgrow(chart, Priority.ALWAYS);
        growth.setId("growth-slider");
        growth.setShowTickMarks(false);
        growth.valueProperty().addListener((o, before, value) -> updateScenario());
        scenario.setWrapText(true);
        scenario.getStyleClass().add("bh-scenario");
        scenario.setId("growth-scenario");
        VBox side = new VBox(8, legend(), heading("Growth scenario"), growth, scenario, heading("Crossovers"), crossovers);
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
        chart.getData().clear();
        crossovers.getChildren().clear();
        if (newCurve.points().isEmpty()) {
            scenario.setText("Add a cluster with a node pool and a tenant to see how costs grow.");
            return;
        }
        curves = GrowthCurves.of(newCurve, today);
        SensitivityCurve.Point start = newCurve.at(Math.max(1, newCurve.currentTenants()));
        List<SensitivityCurve.Point> shown = curves.shown();
        for (OptionKey key : OptionKey.COMPARED) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(key.label());
            for (SensitivityCurve.Point point : shown) {
                series.getData().add(new XYChart.Data<>(point.tenants(), cost(point, key)));
            }
            chart.getData().add(series);
        }
        XYChart.Series<Number, Number> marks = new XYChart.Series<>();
        for (GrowthCurves.Crossing crossing : curves.crossings()) {
            XYChart.Data<Number, Number> mark = new XYChart.Data<>(crossing.tenants(), crossing.cost());
            javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(5);
            dot.getStyleClass().add("bh-crossover");
            Tooltip.install(dot, new Tooltip(crossing.text()));
            mark.setNode(dot);
            marks.getData().add(mark);
            Label line = new Label("• " + crossing.text());
            line.setWrapText(true);
            line.getStyleClass().add("bh-crossover-text");
            crossovers.getChildren().add(line);
        }
        if (crossovers.getChildren().isEmpty()) {
            Label none = new Label("The options keep their order as the scope grows.");
            none.setWrapText(true);
            crossovers.getChildren().add(none);
        }
        chart.getData().add(marks);
        int max = shown.get(shown.size() - 1).tenants();
        tenantsAxis.setAutoRanging(false);
        tenantsAxis.setLowerBound(start.tenants());
        tenantsAxis.setUpperBound(Math.max(max, start.tenants() + 1));
        tenantsAxis.setTickUnit(CostScale.niceCeiling(Math.max(1, max - start.tenants()) / 5.0));
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

    private static VBox legend() {
        VBox legend = new VBox(4);
        for (OptionKey key : OptionKey.COMPARED) {
            javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
            swatch.getStyleClass().addAll("bh-swatch", "bh-swatch-" + key.key());
            legend.getChildren().add(new Label(key.label(), swatch));
        }
        return legend;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("bh-subheading");
        return label;
    }
}
