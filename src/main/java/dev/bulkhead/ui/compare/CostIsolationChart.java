package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.RequirementMargin;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.CostIsolationPlot;
import dev.bulkhead.model.Counts;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.util.Duration;

/**
 * The cost-versus-isolation chart in the app: {@link CostIsolationPlot} (the report's chart) drawn on a canvas,
 * with a target over each point whose tooltip breaks its cost down and gives its mean isolation score, and whose
 * click picks the option (the compare window highlights that column).
 */
public final class CostIsolationChart extends PaintedChart {
    private final boolean compact;
    private CostIsolationPlot plot;
    private Map<OptionKey, OptionResult> results = Map.of();
    private String currency = "$";
    private Consumer<OptionKey> onPick = key -> { };
    private CostIsolationPlot.Layout layout;
    /** Cost and margin each point was drawn at when an animated change began; empty when not moving. */
    private Map<OptionKey, double[]> movedFrom = Map.of();
    /** How far an animated change has come: 0 at the old places, 1 at the new. */
    private final DoubleProperty travel = new SimpleDoubleProperty(1);
    private Timeline move;

    /** A chart with axes and labels, or a compact one without (the main window's strip). */
    public CostIsolationChart(boolean compact) {
        this.compact = compact;
        this.plot = CostIsolationPlot.empty(compact);
        getStyleClass().addAll("bh-chart", compact ? "compact" : "full");
        setMinSize(120, 80);
        travel.addListener(o -> requestLayout());
    }

    /** What the design as modelled is called on the full chart (see {@link OptionKey#label(dev.bulkhead.model.Scenarios)}). */
    private String currentName = OptionKey.CURRENT.label();

    /**
     * Names the design as modelled by the model's active scenario from the next plot on, as the table's column does;
     * the compact chart, whose labels are short names, by the scenario's bare name ("proposal A") beside the card
     * headed "proposal A (as modelled)", and "Current" beside the card "Current design".
     */
    public void nameCurrentBy(dev.bulkhead.model.Scenarios scenarios) {
        currentName = !compact ? OptionKey.CURRENT.label(scenarios) : scenarios.isDefault() ? COMPACT_CURRENT : scenarios.active();
    }

    /** The compact chart's short name for the design as modelled in a model without scenarios. */
    static final String COMPACT_CURRENT = "Current";

    /** Plots a scope's comparison (see {@link CostIsolationPlot}). */
    public void setData(ScopeAnalysis scope, String currencySymbol) {
        setData(scope, currencySymbol, Set.of());
    }

    /** The same, the costs of the {@code notPriced} options labelled as leaving something out, as the report does. */
    public void setData(ScopeAnalysis scope, String currencySymbol, Set<OptionKey> notPriced) {
        currency = currencySymbol;
        results = scope.options();
        plot = new CostIsolationPlot(scope, currencySymbol, compact, notPriced).withCurrentNamed(currentName);
        requestLayout();
    }

    /**
     * Plots a scope like {@link #setData}, the dots gliding from where they are to their new places so that the eye
     * follows what changed (presentation mode's what-ifs). Only the drawing moves; labels and tooltips state the new
     * analysis's figures from the start.
     */
    public void animateTo(ScopeAnalysis scope, String currencySymbol, Set<OptionKey> notPriced, Duration duration) {
        CostIsolationPlot drawn = drawnPlot();
        Map<OptionKey, double[]> from = new EnumMap<>(OptionKey.class);
        for (CostIsolationPlot.Point point : drawn.points()) {
            from.put(point.key(), new double[] {drawn.drawnCost(point), drawn.drawnMargin(point)});
        }
        if (move != null) {
            move.stop();
        }
        setData(scope, currencySymbol, notPriced);
        movedFrom = from;
        travel.set(0);
        move = new Timeline(new KeyFrame(duration, new KeyValue(travel, 1, Interpolator.EASE_BOTH)));
        move.setOnFinished(e -> movedFrom = Map.of());
        move.play();
    }

    /** Whether an animated change is under way, for tests. */
    public boolean isMoving() {
        return !movedFrom.isEmpty() && travel.get() < 1;
    }

    /** The plot as it is drawn now: part of the way from the old places while moving. */
    private CostIsolationPlot drawnPlot() {
        return isMoving() ? plot.movingFrom(movedFrom, travel.get()) : plot;
    }

    /** What happens when a point is clicked (the compare window highlights that column). */
    public void setOnPick(Consumer<OptionKey> onPick) {
        this.onPick = onPick;
    }

    /** The plotted points, in the order of {@link OptionKey#COMPARED}, then the current design. */
    public List<CostIsolationPlot.Point> points() {
        return plot.points();
    }

    /** The margin drawn as the threshold: every requirement is met at and above it. */
    public double threshold() {
        return RequirementMargin.MET;
    }

    /** Where the threshold line was drawn, for tests; NaN before the first drawing or with nothing plotted. */
    public double thresholdY() {
        return layout == null ? Double.NaN : layout.thresholdY();
    }

    /** The labels drawn, as laid out, for tests: none may overlap another. */
    public List<Bounds> labelBounds() {
        return layout == null ? List.of() : layout.labels().stream()
                .<Bounds>map(b -> new BoundingBox(b.x(), b.y(), b.width(), b.height())).toList();
    }

    /** Draws the chart as it is on screen (its data and size), on the canvas or another surface (a saved file). */
    public CostIsolationPlot.Layout draw(DrawingSurface surface, DiagramTheme theme) {
        return drawnPlot().draw(surface, theme, 0, 0, drawnWidth(), drawnHeight());
    }

    @Override
    protected void paint(DrawingSurface surface, DiagramTheme theme) {
        layout = draw(surface, theme);
        for (CostIsolationPlot.Point point : plot.points()) {
            double[] centre = layout.centres().get(point.key());
            target("point-" + point.key().key(), centre[0], centre[1], layout.dotRadius(), breakdown(point))
                    .setOnMouseClicked(e -> onPick.accept(point.key()));
        }
    }

    /** The tooltip: cost lines, total, isolation and who is not served. */
    private String breakdown(CostIsolationPlot.Point point) {
        OptionResult result = results.get(point.key());
        StringBuilder text = new StringBuilder(plot.label(point)).append('\n');
        for (Map.Entry<CostCategory, java.math.BigDecimal> line : result.byCategory().entrySet()) {
            text.append(String.format(Locale.ROOT, "%-22s %12s%n", line.getKey().label(), Amounts.exact(currency, line.getValue())));
        }
        text.append(String.format(Locale.ROOT, "%-22s %12s%n", "Infrastructure", Amounts.exact(currency, result.infrastructure())));
        text.append(String.format(Locale.ROOT, "%-22s %12s%n", "Total per month", Amounts.exact(currency, result.monthlyCost())));
        text.append(point.unmet() == 0 ? "Meets every tenant's requirement" : "Fails " + Counts.of(point.unmet(), "tenant"));
        text.append(" · worst margin ").append(point.margin() > 0 ? "+" : "").append(point.margin()).append('\n');
        text.append("Mean isolation score ").append(Math.round(result.isolationScore())).append(" / 100");
        return text.toString();
    }
}
