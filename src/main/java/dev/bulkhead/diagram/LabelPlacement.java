package dev.bulkhead.diagram;

import dev.bulkhead.model.Geometry;
import java.util.List;
import java.util.function.Function;

/**
 * Where a connection's label goes: at the point along its route where it covers the least of the shapes, title
 * bands and labels already placed around it, trying the middle first and then points further towards either
 * end. A label that covers nothing is taken at once.
 */
public final class LabelPlacement {
    /** Fractions of the route's length tried, in order of preference. */
    private static final double[] ALONG = {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9};

    private LabelPlacement() {
    }

    /**
     * @param route     x,y pairs of the route
     * @param obstacles what is near an area that a label should not cover
     * @return the label's box
     */
    public static Geometry place(double[] route, double width, double height, Function<Geometry, List<Geometry>> obstacles) {
        double length = 0;
        for (int i = 0; i + 3 < route.length; i += 2) {
            length += Math.hypot(route[i + 2] - route[i], route[i + 3] - route[i + 1]);
        }
        Geometry best = null;
        double bestCovered = Double.MAX_VALUE;
        for (double fraction : ALONG) {
            double[] point = pointAt(route, length * fraction);
            Geometry box = new Geometry(point[0] - width / 2, point[1] - height / 2, width, height);
            double covered = 0;
            for (Geometry obstacle : obstacles.apply(box)) {
                covered += overlap(box, obstacle);
            }
            if (covered == 0) {
                return box;
            }
            if (covered < bestCovered) {
                best = box;
                bestCovered = covered;
            }
        }
        return best;
    }

    private static double[] pointAt(double[] route, double distance) {
        double left = distance;
        for (int i = 0; i + 3 < route.length; i += 2) {
            double segment = Math.hypot(route[i + 2] - route[i], route[i + 3] - route[i + 1]);
            if (left <= segment || i + 4 >= route.length) {
                double t = segment == 0 ? 0 : Math.min(1, left / segment);
                return new double[] {route[i] + (route[i + 2] - route[i]) * t, route[i + 1] + (route[i + 3] - route[i + 1]) * t};
            }
            left -= segment;
        }
        return new double[] {route[0], route[1]};
    }

    static double overlap(Geometry a, Geometry b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
