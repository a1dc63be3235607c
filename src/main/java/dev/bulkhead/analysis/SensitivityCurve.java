package dev.bulkhead.analysis;

import java.util.List;
import java.util.Map;

/**
 * Monthly cost of each option as the number of tenants grows, with the points where their order changes.
 *
 * @param points         sampled tenant counts with the cost of each option
 * @param crossovers     where one option overtakes another, in tenant order
 * @param currentTenants tenants in the scope today
 */
public record SensitivityCurve(List<Point> points, List<Crossover> crossovers, int currentTenants) {
    /** Costs at one tenant count. */
    public record Point(int tenants, Map<OptionKey, Double> costs) {
        public Point {
            costs = Map.copyOf(costs);
        }
    }

    /** From {@code tenants} on, {@code cheaper} costs less than {@code other}. */
    public record Crossover(int tenants, OptionKey cheaper, OptionKey other, String text) {
    }

    public SensitivityCurve {
        points = List.copyOf(points);
        crossovers = List.copyOf(crossovers);
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
