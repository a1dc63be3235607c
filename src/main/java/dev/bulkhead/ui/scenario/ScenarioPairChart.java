package dev.bulkhead.ui.scenario;

import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.ScenarioPairPlot;
import dev.bulkhead.diagram.chart.ScenarioPairPlot.Point;
import dev.bulkhead.diagram.chart.ScenarioPairPlot.Series;
import dev.bulkhead.ui.compare.PaintedChart;
import java.util.List;

/**
 * Two scenarios on one cost-versus-isolation chart: {@link ScenarioPairPlot} draws it (marks, labels, arrow and the
 * legend that explains every mark) on a canvas, with a target over each mark whose tooltip gives its scenario,
 * option, cost, unmet requirements and mean isolation score.
 */
public final class ScenarioPairChart extends PaintedChart {
    private ScenarioPairPlot plot = ScenarioPairPlot.empty();
    private String currency = "$";
    private ScenarioPairPlot.Layout layout;

    public ScenarioPairChart() {
        getStyleClass().addAll("bh-chart", "full");
        setId("scenario-pair-chart");
        setMinSize(300, 240);
    }

    /** Plots both scopes (each scenario's whole model or the same environment in each). */
    public void setData(String first, ScopeAnalysis a, String second, ScopeAnalysis b, String currencySymbol) {
        currency = currencySymbol;
        plot = new ScenarioPairPlot(first, a, second, b, currencySymbol);
        requestLayout();
    }

    /** The plotted points, the first series then the second, each in the order of the compared options then as modelled. */
    public List<Point> points() {
        return plot.points();
    }

    /** One series' points. */
    public List<Point> series(Series series) {
        return plot.points().stream().filter(p -> p.series() == series).toList();
    }

    /** Where the last drawing put marks, labels and the legend, for tests; null before the first drawing. */
    public ScenarioPairPlot.Layout drawn() {
        return layout;
    }

    /** Draws the chart as it is on screen, on the canvas or another surface. */
    public ScenarioPairPlot.Layout draw(DrawingSurface surface, DiagramTheme theme) {
        return plot.draw(surface, theme, 0, 0, drawnWidth(), drawnHeight());
    }

    @Override
    protected void paint(DrawingSurface surface, DiagramTheme theme) {
        layout = draw(surface, theme);
        for (ScenarioPairPlot.Mark mark : layout.marks()) {
            Point point = mark.point();
            target("pair-point-" + point.series().id() + "-" + point.key().key(), mark.x(), mark.y(), mark.box().width() / 2,
                    point.scenario() + " · " + (point.asModelled() ? "as modelled" : point.key().label() + " for every tenant")
                            + "\n" + Amounts.whole(currency, point.cost()) + " a month\n"
                            + (point.unmet() == 0 ? "Meets every tenant's requirement" : point.unmet() + " unmet requirements")
                            + "\nMean isolation score " + Math.round(point.isolation()) + " / 100");
        }
    }
}
