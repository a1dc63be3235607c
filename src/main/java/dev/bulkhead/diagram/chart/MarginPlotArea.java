package dev.bulkhead.diagram.chart;

import dev.bulkhead.analysis.RequirementMargin;
import java.util.List;

/**
 * Where a cost-versus-isolation chart puts things: cost along x (on its {@link CostScale}), the worst tenant's
 * margin up y in whole points. Shared by every chart of options on those axes (the compare window's, the report's,
 * two scenarios side by side), so that a point sits at the same place on all of them.
 */
public record MarginPlotArea(double left, double right, double top, double bottom, CostScale scale, int lowest,
                             int highest) {
    /**
     * The area for these costs and margins: whole points from the lowest margin to the highest, at least one either
     * side of the threshold, so that the chart shows what lies above and below it.
     */
    public static MarginPlotArea covering(double left, double right, double top, double bottom, List<Double> costs,
                                          List<Integer> margins) {
        int lowest = Math.min(RequirementMargin.MET - 1, margins.stream().mapToInt(Integer::intValue).min().orElse(0));
        int highest = Math.max(RequirementMargin.MET + 1, margins.stream().mapToInt(Integer::intValue).max().orElse(0));
        return new MarginPlotArea(left, right, top, bottom, CostScale.covering(costs), lowest, highest);
    }

    /** The x of a cost. */
    public double x(double cost) {
        return left + scale.position(cost) * (right - left);
    }

    /** The y of a margin. Half a point of room beyond the lowest and highest keeps dots off the cost axis and the top. */
    public double y(double margin) {
        double clamped = Math.max(lowest, Math.min(highest, margin));
        return bottom - (clamped - lowest + 0.5) / (highest - lowest + 1) * (bottom - top);
    }
}
