package dev.bulkhead.ui.compare;

import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.chart.GrowthCurves;
import java.util.List;

/**
 * The growth chart in the app: {@link GrowthCurves} (the report's chart) drawn on a canvas, with a target over
 * each crossover whose tooltip says which option becomes cheaper than which, and from about how many tenants.
 */
public final class GrowthChart extends PaintedChart {
    private GrowthCurves curves;
    private String symbol = "$";

    public GrowthChart() {
        getStyleClass().add("bh-growth-chart");
        setMinSize(240, 220);
    }

    /** Shows the curves (null: nothing yet). */
    public void show(GrowthCurves newCurves, String currencySymbol) {
        curves = newCurves;
        symbol = currencySymbol;
        requestLayout();
    }

    /** Draws the chart as it is on screen (its curves and size), on the canvas or another surface. */
    public List<double[]> draw(DrawingSurface surface, DiagramTheme theme) {
        return curves == null ? List.of()
                : curves.draw(surface, theme, symbol, 0, 0, drawnWidth(), drawnHeight());
    }

    @Override
    protected void paint(DrawingSurface surface, DiagramTheme theme) {
        List<double[]> centres = draw(surface, theme);
        for (int i = 0; i < centres.size(); i++) {
            target("crossover-" + i, centres.get(i)[0], centres.get(i)[1], GrowthCurves.CROSSING_RADIUS + 2,
                    curves.crossings().get(i).text());
        }
    }
}
