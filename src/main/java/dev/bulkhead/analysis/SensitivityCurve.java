package dev.bulkhead.analysis;

import java.util.List;
import java.util.Map;

/**
 * Monthly cost of each option as the number of tenants grows. Where two options change order is read off these
 * points by the chart that draws them ({@code GrowthCurves}), the one place that decides what counts as a crossover.
 *
 * @param points         sampled tenant counts with the cost of each option
 * @param currentTenants tenants in the scope today
 */
public record SensitivityCurve(List<Point> points, int currentTenants) {
    /** Costs at one tenant count. */
    public record Point(int tenants, Map<OptionKey, Double> costs) {
        public Point {
            costs = Map.copyOf(costs);
        }
    }

    public SensitivityCurve {
        points = List.copyOf(points);
    }

    /** The sampled point closest to {@code tenants}. */
    public Point at(int tenants) {
        Point best = points.get(0);
        for (Point point : points) {
            if (Math.abs(point.tenants() - tenants) < Math.abs(best.tenants() - tenants)) {
                best = point;
            }
        }
        return best;
    }
}
