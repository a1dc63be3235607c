package dev.bulkhead.diagram;

import dev.bulkhead.model.Geometry;
import java.util.List;
import java.util.function.Function;

/**
 * Where a connection's label goes: at the point along its route where it covers the least of the shapes, title
 * bands and labels already placed around it, trying the middle first and then points further towards either
 * end. A label that covers nothing (and, where {@link Crossings} are given, that no other line crosses) is taken at once.
 */
public final class LabelPlacement {
    /** Fractions of the route's length tried, in order of preference. */
    private static final double[] ALONG = {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9};
    /** On the line first, then beside it on either side, then further out. */
    private static final int[] BESIDE = {0, 1, -1, 2, -2};
    private static final double LABEL_WEIGHT = 1e6;

    private LabelPlacement() {
    }

    /**
     * @param route     x,y pairs of the route
     * @param obstacles what is near an area that a label should not cover
     * @return the label's box
     */
    public static Geometry place(double[] route, double width, double height, Function<Geometry, List<Geometry>> obstacles) {
        return place(route, width, height, obstacles, area -> List.of());
    }

    /**
     * Like {@link #place(double[], double, double, Function)}, and never over another label while any place is
     * free of labels: where routes meet (a junction, a shared corridor) every route's middle is the same point, so
     * a label also tries places beside its line, one and two label heights away on either side.
     *
     * @param labels the labels placed already near an area
     */
    public static Geometry place(double[] route, double width, double height, Function<Geometry, List<Geometry>> obstacles,
                                 Function<Geometry, List<Geometry>> labels) {
        return place(route, width, height, obstacles, labels, Crossings.NONE);
    }

    /** How many other lines run through a label placed on its line, across it (not alongside, as in a shared corridor). */
    @FunctionalInterface
    public interface Crossings {
        Crossings NONE = (box, lineRunsAcross) -> 0;

        /** The lines through {@code box} that run down where its own runs across ({@code lineRunsAcross}), or across where it runs down. */
        int through(Geometry box, boolean lineRunsAcross);
    }

    /**
     * Like {@link #place(double[], double, double, Function, Function)}, and on its line where no other line crosses
     * it where it can (a port label where two routes cross could be read as either's): of the places on the line that
     * cover nothing, the one crossed by the fewest lines, before any place beside the line.
     */
    public static Geometry place(double[] route, double width, double height, Function<Geometry, List<Geometry>> obstacles,
                                 Function<Geometry, List<Geometry>> labels, Crossings crossings) {
        double length = 0;
        for (int i = 0; i + 3 < route.length; i += 2) {
            length += Math.hypot(route[i + 2] - route[i], route[i + 3] - route[i + 1]);
        }
        Geometry best = null;
        double bestCovered = Double.MAX_VALUE;
        Geometry leastCrossed = null;
        int fewestCrossings = Integer.MAX_VALUE;
        for (int side : BESIDE) {
            if (side != 0 && leastCrossed != null) {
                return leastCrossed; // on the line, if crossed, reads as its line's better than beside it
            }
            for (double fraction : ALONG) {
                double[] point = pointAt(route, length * fraction);
                // Beside the line: across a horizontal piece up or down, across a vertical one left or right.
                boolean across = point[2] == 1;
                double dx = across ? 0 : side * (width / 2 + 3);
                double dy = across ? side * (height + 3) : 0;
                Geometry box = new Geometry(point[0] + dx - width / 2, point[1] + dy - height / 2, width, height);
                double covered = 0;
                for (Geometry obstacle : obstacles.apply(box)) {
                    covered += overlap(box, obstacle);
                }
                for (Geometry label : labels.apply(box)) {
                    // A label over a label is unreadable: worse than covering any shape.
                    covered += overlap(box, label) * LABEL_WEIGHT;
                }
                if (covered == 0) {
                    int crossed = side == 0 ? crossings.through(box, across) : 0;
                    if (crossed == 0) {
                        return box;
                    }
                    if (crossed < fewestCrossings) {
                        leastCrossed = box;
                        fewestCrossings = crossed;
                    }
                }
                if (covered < bestCovered) {
                    best = box;
                    bestCovered = covered;
                }
            }
        }
        return best;
    }

    /** The point at a distance along the route, and 1 when its piece runs more across than down, else 0. */
    private static double[] pointAt(double[] route, double distance) {
        double left = distance;
        for (int i = 0; i + 3 < route.length; i += 2) {
            double dx = route[i + 2] - route[i];
            double dy = route[i + 3] - route[i + 1];
            double segment = Math.hypot(dx, dy);
            if (left <= segment || i + 4 >= route.length) {
                double t = segment == 0 ? 0 : Math.min(1, left / segment);
                return new double[] {route[i] + dx * t, route[i + 1] + dy * t, Math.abs(dx) >= Math.abs(dy) ? 1 : 0};
            }
            left -= segment;
        }
        return new double[] {route[0], route[1], 1};
    }

    static double overlap(Geometry a, Geometry b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
