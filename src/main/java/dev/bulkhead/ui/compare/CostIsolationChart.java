package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.RequirementMargin;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.CostScale;
import dev.bulkhead.ui.fx.Counts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * Monthly cost (x, logarithmic when the spread is large) against the requirement margin (y): one point per
 * option and one for the recommended mix, at the height of its worst-served tenant's score minus requirement
 * on its weakest dimension ({@link RequirementMargin}). The dashed threshold at 0 is "every requirement met":
 * an option is on or above it exactly when it fails nobody, so the chart agrees with the verdict (a mean score
 * against the strictest requirement did not). A red ring marks options that fail some tenant, a halo the
 * cheapest option meeting everyone, and a grey frontier the cheapest choice at each margin. Every point's
 * tooltip breaks its cost down and gives its mean isolation score. Built from scene-graph nodes (not a canvas)
 * so that tooltips, focus and tests can reach each point.
 */
public final class CostIsolationChart extends Pane {
    /**
     * One plotted option, as drawn.
     *
     * @param margin    the height: the worst-served tenant's score minus requirement (see {@link RequirementMargin})
     * @param isolation the mean isolation score, 0 to 100, shown in the tooltip
     */
    public record Point(OptionKey key, double cost, int margin, double isolation, int unmet, boolean cheapestMeetingAll) {
        public boolean failing() {
            return unmet > 0;
        }
    }

    private final boolean compact;
    private final List<Point> points = new ArrayList<>();
    private Map<OptionKey, OptionResult> results = Map.of();
    private String currency = "$";
    private Consumer<OptionKey> onPick = key -> { };
    /** Label boxes placed in this layout pass, so that later labels avoid them. */
    private final List<javafx.geometry.Bounds> placedLabels = new ArrayList<>();
    /** Where point labels may go in this layout pass. */
    private javafx.geometry.Bounds labelArea;
    /** Cost and margin each point was drawn at when an animated change began; empty when not moving. */
    private Map<OptionKey, double[]> movedFrom = Map.of();
    /** How far an animated change has come: 0 at the old places, 1 at the new. */
    private final javafx.beans.property.DoubleProperty travel = new javafx.beans.property.SimpleDoubleProperty(1);
    private javafx.animation.Timeline move;

    /** A chart with axes and labels, or a compact one without (the main window's strip). */
    public CostIsolationChart(boolean compact) {
        this.compact = compact;
        getStyleClass().addAll("bh-chart", compact ? "compact" : "full");
        setMinSize(120, 80);
        travel.addListener(o -> requestLayout());
    }

    /**
     * Plots a scope's comparison: the four options and, on the full chart, the current design (the model as drawn)
     * so that the user sees where they stand. A scope without tenants has nothing to compare and plots nothing.
     */
    public void setData(ScopeAnalysis scope, String currencySymbol) {
        currency = currencySymbol;
        points.clear();
        results = scope.options();
        OptionKey cheapest = scope.cheapestMeetingAll().orElse(null);
        List<OptionKey> plotted = new ArrayList<>(OptionKey.COMPARED);
        if (!compact) {
            plotted.add(OptionKey.CURRENT);
        }
        for (OptionKey key : scope.tenantCount() == 0 ? List.<OptionKey>of() : plotted) {
            OptionResult result = scope.option(key);
            points.add(new Point(key, result.monthlyCost().doubleValue(), result.requirementMargin(), result.isolationScore(),
                    result.unmetRequirements(), key == cheapest));
        }
        requestLayout();
    }

    /**
     * Plots a scope like {@link #setData}, the dots gliding from where they are to their new places so that the eye
     * follows what changed (presentation mode's what-ifs). Only the drawing moves; labels and tooltips state the new
     * analysis's figures from the start.
     */
    public void animateTo(ScopeAnalysis scope, String currencySymbol, Duration duration) {
        Map<OptionKey, double[]> from = new java.util.EnumMap<>(OptionKey.class);
        for (Point point : points) {
            from.put(point.key(), new double[] {drawnCost(point), drawnMargin(point)});
        }
        if (move != null) {
            move.stop();
        }
        setData(scope, currencySymbol);
        movedFrom = from;
        travel.set(0);
        move = new javafx.animation.Timeline(new javafx.animation.KeyFrame(duration,
                new javafx.animation.KeyValue(travel, 1, javafx.animation.Interpolator.EASE_BOTH)));
        move.setOnFinished(e -> movedFrom = Map.of());
        move.play();
    }

    /** Whether an animated change is under way, for tests. */
    public boolean isMoving() {
        return !movedFrom.isEmpty() && travel.get() < 1;
    }

    /** The cost a point is drawn at now: between its old and new cost while moving (in log space: the axis may be). */
    private double drawnCost(Point point) {
        double[] from = movedFrom.get(point.key());
        double t = travel.get();
        if (from == null || t >= 1) {
            return point.cost();
        }
        if (from[0] > 0 && point.cost() > 0) {
            return Math.exp(Math.log(from[0]) * (1 - t) + Math.log(point.cost()) * t);
        }
        return from[0] * (1 - t) + point.cost() * t;
    }

    private double drawnMargin(Point point) {
        double[] from = movedFrom.get(point.key());
        double t = travel.get();
        return from == null || t >= 1 ? point.margin() : from[1] * (1 - t) + point.margin() * t;
    }

    /** What happens when a point is clicked (the compare window highlights that column). */
    public void setOnPick(Consumer<OptionKey> onPick) {
        this.onPick = onPick;
    }

    /** The plotted points, in the order of {@link OptionKey#COMPARED}, then the current design on the full chart. */
    public List<Point> points() {
        return List.copyOf(points);
    }

    /** The margin drawn as the threshold: every requirement is met at and above it. */
    public double threshold() {
        return RequirementMargin.MET;
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        if (points.isEmpty()) {
            Label empty = new Label("Add a tenant to compare the options");
            empty.getStyleClass().add("bh-muted");
            add(empty);
            empty.applyCss();
            double width = Math.min(getWidth(), empty.prefWidth(-1));
            empty.resizeRelocate((getWidth() - width) / 2, (getHeight() - empty.prefHeight(-1)) / 2, width, empty.prefHeight(-1));
            return;
        }
        double left = compact ? 12 : 64;
        double right = getWidth() - (compact ? 12 : 24);
        double top = compact ? 12 : 16;
        double bottom = getHeight() - (compact ? 12 : 48);
        List<Double> costs = new ArrayList<>(points.stream().map(Point::cost).toList());
        // While moving, the axis covers where the dots come from too, so that it stands still under them.
        movedFrom.values().forEach(from -> costs.add(from[0]));
        CostScale scale = CostScale.covering(costs);
        // Whole points from the lowest margin to the highest, at least one either side of the line so that it shows
        // what lies above and below it.
        int lowest = Math.min(RequirementMargin.MET - 1, points.stream().mapToInt(Point::margin).min().orElse(0));
        int highest = Math.max(RequirementMargin.MET + 1, points.stream().mapToInt(Point::margin).max().orElse(0));
        Plot plot = new Plot(left, right, top, bottom, scale, lowest, highest);
        if (!compact) {
            axes(plot, scale);
        }
        placedLabels.clear();
        // Labels stay inside the plot on the full chart, clear of the tick labels of both axes.
        labelArea = compact ? new javafx.geometry.BoundingBox(2, 0, getWidth() - 4, getHeight())
                : new javafx.geometry.BoundingBox(left + 2, 0, getWidth() - 4 - left, bottom);
        // Labels avoid every dot, so reserve the dots' places before any label is placed.
        double reach = compact ? 7 : 10;
        for (Point point : points) {
            placedLabels.add(new javafx.geometry.BoundingBox(plot.x(drawnCost(point)) - reach, plot.y(drawnMargin(point)) - reach,
                    2 * reach, 2 * reach));
        }
        thresholdLine(plot);
        frontier(plot);
        for (Point point : points) {
            point(plot, point);
        }
    }

    private record Plot(double left, double right, double top, double bottom, CostScale scale, int lowest, int highest) {
        double x(double cost) {
            return left + scale.position(cost) * (right - left);
        }

        /** Half a point of room beyond the lowest and highest margins keeps their dots off the cost axis and the top. */
        double y(double margin) {
            double clamped = Math.max(lowest, Math.min(highest, margin));
            return bottom - (clamped - lowest + 0.5) / (highest - lowest + 1) * (bottom - top);
        }
    }

    private void axes(Plot plot, CostScale scale) {
        for (int margin = plot.lowest(); margin <= plot.highest(); margin++) {
            double y = plot.y(margin);
            add(line(plot.left(), y, plot.right(), y, "bh-chart-grid"));
            Text label = text(margin > 0 ? "+" + margin : margin < 0 ? "−" + -margin : "0", "bh-chart-tick");
            label.setX(plot.left() - 10 - label.getLayoutBounds().getWidth());
            label.setY(y + 4);
        }
        for (double tick : scale.ticks()) {
            double x = plot.x(tick);
            add(line(x, plot.bottom(), x, plot.bottom() + 4, "bh-chart-axis"));
            Text label = text(Amounts.compact(currency, tick), "bh-chart-tick");
            label.setX(x - label.getLayoutBounds().getWidth() / 2);
            label.setY(plot.bottom() + 18);
        }
        add(line(plot.left(), plot.top(), plot.left(), plot.bottom(), "bh-chart-axis"));
        add(line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), "bh-chart-axis"));
        Text xTitle = text("monthly cost" + (scale.isLog() ? " (log scale)" : ""), "bh-chart-title");
        xTitle.setX((plot.left() + plot.right()) / 2 - xTitle.getLayoutBounds().getWidth() / 2);
        xTitle.setY(plot.bottom() + 38);
        Text yTitle = text("worst tenant's margin", "bh-chart-title");
        yTitle.setRotate(-90);
        double width = yTitle.getLayoutBounds().getWidth();
        yTitle.setX(plot.left() - 48 - width / 2 + 6);
        yTitle.setY((plot.top() + plot.bottom()) / 2);
    }

    private void thresholdLine(Plot plot) {
        double y = plot.y(RequirementMargin.MET);
        Line line = line(plot.left(), y, plot.right(), y, "bh-chart-threshold");
        line.setId("threshold");
        add(line);
        Text label = text(compact ? "all met" : "on or above: every requirement met", "bh-chart-threshold-label");
        // Options that meet everyone sit on this line: the label goes at an end where no dot is, above or below.
        double width = label.getLayoutBounds().getWidth();
        double[][] spots = {{plot.right() - width, y - 5}, {plot.left() + 6, y - 5}, {plot.right() - width, y + 14},
            {plot.left() + 6, y + 14}};
        for (double[] spot : spots) {
            label.setX(spot[0]);
            label.setY(spot[1]);
            if (placedLabels.stream().noneMatch(label.getBoundsInParent()::intersects)) {
                break;
            }
        }
        if (placedLabels.stream().anyMatch(label.getBoundsInParent()::intersects)) {
            label.setX(spots[0][0]);
            label.setY(spots[0][1]);
        }
        placedLabels.add(label.getBoundsInParent());
        // Point labels do not lie across the line either, where the dash would strike them through.
        placedLabels.add(new javafx.geometry.BoundingBox(plot.left(), y - 1, plot.right() - plot.left(), 2));
    }

    /** The cheapest choice at each margin: walking up in cost, each point that serves its worst tenant better. */
    private void frontier(Plot plot) {
        List<Point> byCost = new ArrayList<>(points);
        byCost.sort(Comparator.comparingDouble(Point::cost));
        Polyline line = new Polyline();
        line.getStyleClass().add("bh-chart-frontier");
        double best = Double.NEGATIVE_INFINITY;
        for (Point point : byCost) {
            if (point.margin() > best) {
                line.getPoints().addAll(plot.x(drawnCost(point)), plot.y(drawnMargin(point)));
                best = point.margin();
            }
        }
        add(line);
    }

    private void point(Plot plot, Point point) {
        double x = plot.x(drawnCost(point));
        double y = plot.y(drawnMargin(point));
        String style = point.key().key();
        if (point.failing()) {
            Circle ring = new Circle(x, y, compact ? 9 : 13);
            ring.getStyleClass().add("bh-chart-ring");
            ring.setMouseTransparent(true);
            add(ring);
        }
        if (point.cheapestMeetingAll()) {
            Circle halo = new Circle(x, y, compact ? 10 : 15);
            halo.getStyleClass().add("bh-chart-halo");
            halo.setMouseTransparent(true);
            add(halo);
        }
        Circle dot = new Circle(x, y, compact ? 5.5 : 8);
        dot.getStyleClass().addAll("bh-chart-point", style);
        dot.setId("point-" + style);
        Tooltip tip = new Tooltip(breakdown(point));
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.INDEFINITE);
        Tooltip.install(dot, tip);
        dot.setOnMouseClicked(e -> onPick.accept(point.key()));
        add(dot);
        String text = compact ? point.key().label() : point.key().label() + " · " + Amounts.whole(currency, point.cost())
                + " · " + (point.failing() ? point.unmet() + " unmet" : "all met") + (point.cheapestMeetingAll() ? " ✓" : "");
        Label label = new Label(text);
        label.getStyleClass().addAll("bh-chart-label", compact ? "compact" : "full");
        label.setMouseTransparent(true);
        add(label);
        label.applyCss();
        double width = label.prefWidth(-1);
        double height = label.prefHeight(-1);
        javafx.geometry.BoundingBox box = freeSpot(x, y, width, height, compact ? 8 : 13);
        if (box == null) {
            // No free place: a label over another is unreadable; the dot keeps its colour and its tooltip.
            getChildren().remove(label);
            return;
        }
        label.resizeRelocate(box.getMinX(), box.getMinY(), width, height);
        placedLabels.add(box);
    }

    /**
     * Where a point's label fits: right of the point, else left, below or above, then further out in steps,
     * avoiding labels and dots already placed and the chart's edges; null when nowhere is free.
     */
    private javafx.geometry.BoundingBox freeSpot(double x, double y, double width, double height, double gap) {
        for (int step = 0; step < 4; step++) {
            double far = gap + step * height;
            double[][] candidates = {
                {x + far, y - height / 2}, {x - far - width, y - height / 2},
                {x - width / 2, y + far}, {x - width / 2, y - far - height},
                {x + gap, y + far - height / 2}, {x + gap, y - far - height / 2},
                {x - gap - width, y + far - height / 2}, {x - gap - width, y - far - height / 2}};
            for (double[] candidate : candidates) {
                javafx.geometry.BoundingBox box = new javafx.geometry.BoundingBox(candidate[0], candidate[1], width, height);
                boolean inside = labelArea.contains(box.getMinX(), box.getMinY()) && labelArea.contains(box.getMaxX(), box.getMaxY());
                if (inside && placedLabels.stream().noneMatch(box::intersects)) {
                    return box;
                }
            }
        }
        return null;
    }

    /** The labels drawn, as laid out, for tests: none may overlap another. */
    public List<javafx.geometry.Bounds> labelBounds() {
        return getChildren().stream().filter(n -> n.getStyleClass().contains("bh-chart-label")).map(Node::getBoundsInParent).toList();
    }

    /** The tooltip: cost lines, total, isolation and who is not served. */
    private String breakdown(Point point) {
        OptionResult result = results.get(point.key());
        StringBuilder text = new StringBuilder(point.key().label()).append('\n');
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

    private void add(Node node) {
        getChildren().add(node);
    }

    private static Line line(double x1, double y1, double x2, double y2, String style) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add(style);
        line.setMouseTransparent(true);
        return line;
    }

    /** Adds a text with its style applied, so that its measured width is the drawn one. */
    private Text text(String value, String style) {
        Text text = new Text(value);
        text.getStyleClass().add(style);
        text.setMouseTransparent(true);
        add(text);
        text.applyCss();
        return text;
    }
}
