package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.SensitivityCurve;
import java.util.ArrayList;
import java.util.List;
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

    /** Shows a curve; the slider starts at the scope's current tenant count times 2.5 (a two-year scenario). */
    public void show(SensitivityCurve newCurve, String currencySymbol) {
        boolean first = curve == null;
        curve = newCurve;
        symbol = currencySymbol;
        chart.getData().clear();
        crossovers.getChildren().clear();
        if (newCurve.points().isEmpty()) {
            scenario.setText("Add a cluster with a node pool and a tenant to see how costs grow.");
            return;
        }
        for (OptionKey key : OptionKey.COMPARED) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(key.label());
            for (SensitivityCurve.Point point : newCurve.points()) {
                series.getData().add(new XYChart.Data<>(point.tenants(), point.costs().get(key)));
            }
            chart.getData().add(series);
        }
        XYChart.Series<Number, Number> marks = new XYChart.Series<>();
        for (SensitivityCurve.Crossover crossover : newCurve.crossovers()) {
            double cost = newCurve.at(crossover.tenants()).costs().get(crossover.cheaper());
            XYChart.Data<Number, Number> mark = new XYChart.Data<>(crossover.tenants(), cost);
            javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(5);
            dot.getStyleClass().add("bh-crossover");
            Tooltip.install(dot, new Tooltip(crossover.text()));
            mark.setNode(dot);
            marks.getData().add(mark);
            Label line = new Label("• " + crossover.text());
            line.setWrapText(true);
            line.getStyleClass().add("bh-crossover-text");
            crossovers.getChildren().add(line);
        }
        if (crossovers.getChildren().isEmpty()) {
            crossovers.getChildren().add(new Label("The options keep their order over the whole range."));
        }
        chart.getData().add(marks);
        int max = newCurve.points().get(newCurve.points().size() - 1).tenants();
        tenantsAxis.setAutoRanging(false);
        tenantsAxis.setLowerBound(0);
        tenantsAxis.setUpperBound(max);
        tenantsAxis.setTickUnit(CostScale.niceCeiling(max / 5.0));
        growth.setMin(1);
        growth.setMax(max);
        if (first || growth.getValue() > max) {
            growth.setValue(Math.min(max, Math.max(1, Math.round(newCurve.currentTenants() * 2.5))));
        }
        updateScenario();
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
        // Both ends are read off the same sampled curve, so that the comparison is like for like.
        StringBuilder text = new StringBuilder(now.tenants() + " → " + then.tenants() + " tenants (today " + curve.currentTenants() + "):");
        for (OptionKey key : OptionKey.COMPARED) {
            text.append("\n").append(key.label()).append(": ").append(Amounts.whole(symbol, now.costs().get(key)))
                    .append(" → ").append(Amounts.whole(symbol, then.costs().get(key)));
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
