package dev.bulkhead.ui.scenario;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.RequirementMargin;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.MarginPlotArea;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * Two scenarios on one cost-versus-isolation chart, the axes of the compare view's chart (monthly cost against
 * the worst-served tenant's requirement margin, {@link RequirementMargin}). Each scenario is a series with its own
 * shape (the first circles, the second diamonds) and the option colours of the compare view; each series' large
 * hollow mark is the scenario as modelled, and a dashed arrow runs from the first as modelled to the second, the
 * move the proposal makes. Only the two as-modelled marks are labelled; the options' figures are in tooltips, so
 * ten points never crowd the chart with labels.
 */
public final class ScenarioPairChart extends Pane {
    /** Which series a point belongs to. */
    public enum Series {
        FIRST("a"), SECOND("b");

        private final String id;

        Series(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One plotted point. */
    public record Point(Series series, String scenario, OptionKey key, double cost, int margin, double isolation, int unmet) {
    }

    private static final List<OptionKey> PLOTTED = Stream.concat(OptionKey.COMPARED.stream(), Stream.of(OptionKey.CURRENT)).toList();

    private final List<Point> points = new ArrayList<>();
    private String currency = "$";

    public ScenarioPairChart() {
        getStyleClass().addAll("bh-chart", "full");
        setId("scenario-pair-chart");
        setMinSize(300, 240);
    }

    /** Plots both scopes (each scenario's whole model or the same environment in each). */
    public void setData(String first, ScopeAnalysis a, String second, ScopeAnalysis b, String currencySymbol) {
        currency = currencySymbol;
        points.clear();
        add(Series.FIRST, first, a);
        add(Series.SECOND, second, b);
        requestLayout();
    }

    private void add(Series series, String scenario, ScopeAnalysis scope) {
        if (scope.tenantCount() == 0) {
            return;
        }
        for (OptionKey key : PLOTTED) {
            OptionResult result = scope.option(key);
            points.add(new Point(series, scenario, key, result.monthlyCost().doubleValue(), result.requirementMargin(),
                    result.isolationScore(), result.unmetRequirements()));
        }
    }

    /** The plotted points, the first series then the second, each in the order of the compared options then as modelled. */
    public List<Point> points() {
        return List.copyOf(points);
    }

    /** One series' points. */
    public List<Point> series(Series series) {
        return points.stream().filter(p -> p.series() == series).toList();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        if (getWidth() <= 0 || getHeight() <= 0 || points.isEmpty()) {
            return;
        }
        double left = 56;
        double right = getWidth() - 20;
        double top = 14;
        double bottom = getHeight() - 44;
        MarginPlotArea plot = MarginPlotArea.covering(left, right, top, bottom, points.stream().map(Point::cost).toList(),
                points.stream().map(Point::margin).toList());
        axes(plot);
        Line threshold = line(left, plot.y(RequirementMargin.MET), right, plot.y(RequirementMargin.MET), "bh-chart-threshold");
        threshold.setId("pair-threshold");
        arrow(plot);
        for (Point point : points) {
            mark(plot, point);
        }
        for (Series series : Series.values()) {
            series(series).stream().filter(p -> p.key() == OptionKey.CURRENT).findFirst().ifPresent(p -> label(plot, p));
        }
    }

    private void axes(MarginPlotArea plot) {
        for (int margin = plot.lowest(); margin <= plot.highest(); margin++) {
            double y = plot.y(margin);
            line(plot.left(), y, plot.right(), y, "bh-chart-grid");
            Text label = text(margin > 0 ? "+" + margin : margin < 0 ? "−" + -margin : "0", "bh-chart-tick");
            label.setX(plot.left() - 10 - label.getLayoutBounds().getWidth());
            label.setY(y + 4);
        }
        for (double tick : plot.scale().ticks()) {
            double x = plot.x(tick);
            line(x, plot.bottom(), x, plot.bottom() + 4, "bh-chart-axis");
            Text label = text(Amounts.compact(currency, tick), "bh-chart-tick");
            label.setX(x - label.getLayoutBounds().getWidth() / 2);
            label.setY(plot.bottom() + 18);
        }
        line(plot.left(), plot.top(), plot.left(), plot.bottom(), "bh-chart-axis");
        line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), "bh-chart-axis");
        Text title = text("monthly cost" + (plot.scale().isLog() ? " (log scale)" : "") + "  ·  height: worst tenant's margin",
                "bh-chart-title");
        title.setX((plot.left() + plot.right()) / 2 - title.getLayoutBounds().getWidth() / 2);
        title.setY(plot.bottom() + 36);
    }

    /** From the first scenario as modelled to the second: what the proposal does to cost and isolation. */
    private void arrow(MarginPlotArea plot) {
        Point from = asModelled(Series.FIRST);
        Point to = asModelled(Series.SECOND);
        if (from == null || to == null) {
            return;
        }
        Line line = line(plot.x(from.cost()), plot.y(from.margin()), plot.x(to.cost()), plot.y(to.margin()), "bh-chart-frontier");
        line.setId("pair-arrow");
        line.getStrokeDashArray().setAll(6.0, 4.0);
    }

    private Point asModelled(Series series) {
        return series(series).stream().filter(p -> p.key() == OptionKey.CURRENT).findFirst().orElse(null);
    }

    private void mark(MarginPlotArea plot, Point point) {
        double x = plot.x(point.cost());
        double y = plot.y(point.margin());
        double radius = point.key() == OptionKey.CURRENT ? 10 : 7;
        Shape shape = shape(point.series(), x, y, radius);
        shape.getStyleClass().addAll("bh-chart-point", point.key().key());
        shape.setId("pair-point-" + point.series().id() + "-" + point.key().key());
        Tooltip tip = new Tooltip(point.scenario() + " · " + point.key().label() + "\n" + Amounts.whole(currency, point.cost())
                + " a month\n" + (point.unmet() == 0 ? "Meets every tenant's requirement" : point.unmet() + " unmet requirements")
                + "\nMean isolation score " + Math.round(point.isolation()) + " / 100");
        Tooltip.install(shape, tip);
        getChildren().add(shape);
    }

    /** The series' shape, also drawn in the legend: a circle for the first, a diamond for the second. */
    public static Shape shape(Series series, double x, double y, double radius) {
        if (series == Series.FIRST) {
            return new Circle(x, y, radius);
        }
        double r = radius * 1.25;
        return new Polygon(x, y - r, x + r, y, x, y + r, x - r, y);
    }

    private void label(MarginPlotArea plot, Point point) {
        Label label = new Label(point.scenario() + " · " + Amounts.whole(currency, point.cost())
                + " · " + (point.unmet() == 0 ? "all met" : point.unmet() + " unmet"));
        label.getStyleClass().addAll("bh-chart-label", "full");
        label.setId("pair-label-" + point.series().id());
        label.setMouseTransparent(true);
        getChildren().add(label);
        label.applyCss();
        double width = label.prefWidth(-1);
        double height = label.prefHeight(-1);
        double x = plot.x(point.cost());
        double y = plot.y(point.margin());
        // The first scenario's label above its mark, the second's below, so that two marks close together keep
        // both labels readable; either is kept inside the plot.
        double top = point.series() == Series.FIRST ? y - 16 - height : y + 16;
        double leftEdge = Math.max(plot.left() + 2, Math.min(plot.right() - width, x - width / 2));
        label.resizeRelocate(leftEdge, Math.max(0, Math.min(plot.bottom() - height, top)), width, height);
    }

    private Line line(double x1, double y1, double x2, double y2, String style) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add(style);
        line.setMouseTransparent(true);
        getChildren().add(line);
        return line;
    }

    private Text text(String value, String style) {
        Text text = new Text(value);
        text.getStyleClass().add(style);
        text.setMouseTransparent(true);
        getChildren().add(text);
        text.applyCss();
        return text;
    }

    /** The labels as laid out, for tests. */
    public List<Node> labels() {
        return getChildren().stream().filter(n -> n.getStyleClass().contains("bh-chart-label")).toList();
    }
}
