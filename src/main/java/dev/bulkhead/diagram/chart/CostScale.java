package dev.bulkhead.diagram.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps monthly cost to a 0..1 position: logarithmic when the costs spread over more than a factor of five
 * (a namespace and a dedicated cluster per tenant can differ twenty-fold), else linear from zero. Also
 * chooses readable tick values.
 */
public final class CostScale {
    /** Costs spread wider than this ratio are shown on a log axis. */
    static final double LOG_RATIO = 5;

    private final boolean log;
    private final double min;
    private final double max;

    private CostScale(boolean log, double min, double max) {
        this.log = log;
        this.min = min;
        this.max = max;
    }

    /** A scale covering the given costs with some room on both sides. */
    public static CostScale covering(List<Double> costs) {
        double low = costs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = costs.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (low > 0 && high / low > LOG_RATIO) {
            double from = Math.pow(10, Math.floor(Math.log10(low / 1.6) * 2) / 2);
            double to = Math.pow(10, Math.ceil(Math.log10(high * 1.6) * 2) / 2);
            return new CostScale(true, from, to);
        }
        return new CostScale(false, 0, niceCeiling(Math.max(1, high * 1.15)));
    }

    public boolean isLog() {
        return log;
    }

    /** Where a cost sits between the ends of the axis, 0 to 1. */
    public double position(double cost) {
        if (log) {
            double value = Math.max(cost, min);
            return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return (cost - min) / (max - min);
    }

    /** Tick values: 1, 2, 5 per decade on a log axis, about five even steps on a linear one. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double decade = Math.pow(10, Math.floor(Math.log10(min))); decade <= max; decade *= 10) {
                for (double step : new double[] {1, 2, 5}) {
                    double tick = decade * step;
                    if (tick >= min * 0.999 && tick <= max * 1.001) {
                        ticks.add(tick);
                    }
                }
            }
            return ticks;
        }
        double step = niceCeiling(max / 5);
        for (double tick = 0; tick <= max * 1.001; tick += step) {
            ticks.add(tick);
        }
        return ticks;
    }

    /** A linear axis from zero: its step between ticks and its top, a whole number of steps. */
    public record Steps(double step, double top) {
    }

    /**
     * A linear axis from zero for values up to {@code highest}: of the nice steps (1, 2, 2.5, 5 × 10^k) that give four
     * to eight ticks above zero, the one whose top, the first of its ticks above the highest value, is lowest (fewer
     * ticks on a tie). A $606k maximum runs to $700k, not to $800k with a seventh of the chart empty.
     */
    public static Steps niceSteps(double highest) {
        double value = Math.max(highest, 1e-9);
        Steps best = null;
        for (double step = niceCeiling(value / 8); ; step = niceCeiling(step * 1.0001)) {
            double top = (Math.floor(value / step + 1e-9) + 1) * step;
            long ticks = Math.round(top / step);
            if (ticks < 4) {
                break;
            }
            if (ticks <= 8 && (best == null || top < best.top() - 1e-9 * top)) {
                best = new Steps(step, top);
            }
        }
        return best != null ? best : new Steps(niceCeiling(value / 4), 4 * niceCeiling(value / 4));
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k that is at least {@code value}. */
    public static double niceCeiling(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (decade * step >= value) {
                return decade * step;
            }
        }
        return decade * 10;
    }
}
