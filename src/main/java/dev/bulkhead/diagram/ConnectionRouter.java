package dev.bulkhead.diagram;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Routes a connection between two boxes: a straight line between their borders, or, when that would cross other
 * shapes or title bands, an elbow (horizontal then vertical, or the other way) or a detour through a lane above
 * or below both boxes, whichever crosses fewest. Touching boxes get a detour so that the line can be seen. Cheap
 * enough to route thousands of connections per snapshot; "where practical", not a full router.
 */
final class ConnectionRouter {
    private ConnectionRouter() {
    }

    /**
     * @param obstacles finds the shapes near an area, except those given (the connection's own ends)
     * @return x,y pairs from the start border to the end border
     */
    static double[] route(Geometry from, Geometry to, BiFunction<Geometry, Set<ElementId>, List<Geometry>> obstacles,
                          Set<ElementId> owners) {
        return routed(from, to, obstacles, owners).points();
    }

    /**
     * A route and how many of the candidates (in {@link #candidates} order) were looked at to choose it: only the
     * obstacles along those can change the choice (see {@link #probes}).
     */
    record Routed(double[] points, int tried) {
    }

    static Routed routed(Geometry from, Geometry to, BiFunction<Geometry, Set<ElementId>, List<Geometry>> obstacles,
                         Set<ElementId> owners) {
        List<double[]> candidates = candidates(from, to);
        if (candidates.isEmpty()) {
            return new Routed(over(from, to), 0);
        }
        // Candidates in order of preference; the first with the fewest crossings wins, so a plain line or elbow is
        // kept unless a detour through a lane above or below both boxes crosses less (a title band included).
        double[] best = null;
        int fewest = Integer.MAX_VALUE;
        int tried = 0;
        for (double[] candidate : candidates) {
            int hits = crossings(candidate, obstacles, owners, fewest);
            tried++;
            if (hits < fewest) {
                best = candidate;
                fewest = hits;
            }
            if (fewest == 0) {
                break;
            }
        }
        return new Routed(best, tried);
    }

    /** The routes tried between two boxes, in order of preference; none when they (nearly) touch. */
    private static List<double[]> candidates(Geometry from, Geometry to) {
        double[] straight = straight(from, to);
        if (Math.hypot(straight[2] - straight[0], straight[3] - straight[1]) < MIN_VISIBLE) {
            return List.of();
        }
        List<double[]> candidates = new java.util.ArrayList<>(List.of(straight, elbow(from, to, true), elbow(from, to, false)));
        for (int lane = 1; lane <= LANES; lane++) {
            candidates.add(lane(from, to, Math.max(from.maxY(), to.maxY()) + lane * LANE_STEP, false));
            candidates.add(lane(from, to, Math.min(from.y(), to.y()) - lane * LANE_STEP, true));
        }
        return candidates;
    }

    /**
     * Whether choosing a route between two boxes, which looked at the first {@code tried} candidates, looked for
     * obstacles in an area that {@code damaged} accepts. When it did not, a shape appearing, vanishing or moving
     * elsewhere cannot change the route: each candidate tried finds the same crossings, so the same one is chosen.
     */
    static boolean probes(Geometry from, Geometry to, int tried, java.util.function.Predicate<Geometry> damaged) {
        List<double[]> candidates = candidates(from, to);
        boolean[] hit = {false};
        for (int c = 0; c < Math.min(tried, candidates.size()) && !hit[0]; c++) {
            pieces(candidates.get(c), (segment, piece, x1, y1, x2, y2) -> hit[0] = hit[0] || damaged.test(piece));
        }
        return hit[0];
    }

    /** How far beside (x) and above or below (y) the box around its two ends a route may look for obstacles. */
    private static final double REACH_X = ConnectionRouter.DETOUR + 4;
    private static final double REACH_Y = ConnectionRouter.LANES * ConnectionRouter.LANE_STEP + 4;

    /**
     * The area within which every candidate route between two boxes runs, and so the only area whose obstacles can
     * change the route chosen: the box around both ends, widened by the detour to the right of {@link #over} and
     * heightened by the farthest lane, with a little to spare for the one-unit areas looked up along a line.
     */
    static Geometry reach(Geometry from, Geometry to) {
        Geometry around = from.union(to);
        return new Geometry(around.x() - REACH_X, around.y() - REACH_Y, around.width() + 2 * REACH_X, around.height() + 2 * REACH_Y);
    }

    /** The longest stretch of a diagonal looked along at once. */
    private static final double PIECE = 128;

    /** Detours tried above and below, and how far apart. */
    private static final int LANES = 4;
    private static final double LANE_STEP = 28;

    /** Out of the bottom (or top) of one box to a horizontal lane, along it, and into the other box the same way. */
    private static double[] lane(Geometry from, Geometry to, double laneY, boolean above) {
        double fx = from.x() + from.width() / 2;
        double tx = to.x() + to.width() / 2;
        double fy = above ? from.y() : from.maxY();
        double ty = above ? to.y() : to.maxY();
        return new double[] {fx, fy, fx, laneY, tx, laneY, tx, ty};
    }

    /** Shorter than this, a line between borders would be hidden under its arrow head. */
    static final double MIN_VISIBLE = 18;
    /** How far above the boxes a route between touching boxes goes. */
    private static final double DETOUR = 18;

    /** Between boxes that (nearly) touch: up from one, across above both, down into the other, so it can be seen. */
    static double[] over(Geometry from, Geometry to) {
        double fx = from.x() + from.width() / 2;
        double tx = to.x() + to.width() / 2;
        if (Math.abs(tx - fx) < MIN_VISIBLE) {
            // One above the other: go out to the right instead.
            double right = Math.max(from.maxX(), to.maxX()) + DETOUR;
            double fy = from.y() + from.height() / 2;
            double ty = to.y() + to.height() / 2;
            return new double[] {from.maxX(), fy, right, fy, right, ty, to.maxX(), ty};
        }
        double top = Math.min(from.y(), to.y()) - DETOUR;
        return new double[] {fx, from.y(), fx, top, tx, top, tx, to.y()};
    }

    /** The line between the centres, clipped to both borders. */
    static double[] straight(Geometry from, Geometry to) {
        double fx = from.x() + from.width() / 2;
        double fy = from.y() + from.height() / 2;
        double tx = to.x() + to.width() / 2;
        double ty = to.y() + to.height() / 2;
        double[] start = clip(from, fx, fy, tx, ty);
        double[] end = clip(to, tx, ty, fx, fy);
        return new double[] {start[0], start[1], end[0], end[1]};
    }

    private static double[] elbow(Geometry from, Geometry to, boolean horizontalFirst) {
        double fx = from.x() + from.width() / 2;
        double fy = from.y() + from.height() / 2;
        double tx = to.x() + to.width() / 2;
        double ty = to.y() + to.height() / 2;
        if (horizontalFirst) {
            double startX = tx >= fx ? from.maxX() : from.x();
            double endY = ty >= fy ? to.y() : to.maxY();
            return new double[] {startX, fy, tx, fy, tx, endY};
        }
        double startY = ty >= fy ? from.maxY() : from.y();
        double endX = tx >= fx ? to.x() : to.maxX();
        return new double[] {fx, startY, fx, ty, endX, ty};
    }

    /** Where the ray from a box's centre towards a point leaves the box. */
    private static double[] clip(Geometry box, double cx, double cy, double towardsX, double towardsY) {
        double dx = towardsX - cx;
        double dy = towardsY - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double scaleX = dx == 0 ? Double.MAX_VALUE : (box.width() / 2) / Math.abs(dx);
        double scaleY = dy == 0 ? Double.MAX_VALUE : (box.height() / 2) / Math.abs(dy);
        double t = Math.min(scaleX, scaleY);
        return new double[] {cx + dx * t, cy + dy * t};
    }

    /** The area looked up along one piece of one segment of a route. */
    private interface PieceVisitor {
        void visit(int segment, Geometry piece, double x1, double y1, double x2, double y2);
    }

    /**
     * How many boxes a candidate crosses, counted up to {@code enough}: a candidate that crosses as many as the best one
     * so far cannot be chosen, so the rest of it need not be looked along (most of a long route's cost). The areas
     * looked up are then a prefix of the candidate's, which {@link #probes} covers whole.
     */
    private static int crossings(double[] points, BiFunction<Geometry, Set<ElementId>, List<Geometry>> obstacles,
                                 Set<ElementId> owners, int enough) {
        int[] count = {0};
        int[] current = {-1};
        Geometry[] previous = {null};
        pieces(points, (segment, area, x1, y1, x2, y2) -> {
            if (count[0] >= enough) {
                return;
            }
            if (segment != current[0]) {
                current[0] = segment;
                previous[0] = null;
            }
            // Each segment counts the boxes it crosses once, however many of its pieces find them: a box that meets this
            // piece and an earlier one meets the one just before (the pieces run corner to corner along a straight
            // segment, and a box is a rectangle), so it was looked at there. No set of the boxes seen: making and
            // growing one per candidate was a third of a drop's re-routing at 10,000 elements (issue 16).
            Geometry before = previous[0];
            for (Geometry box : obstacles.apply(area, owners)) {
                if ((before == null || !box.intersects(before)) && segmentCrosses(box, x1, y1, x2, y2)) {
                    count[0]++;
                }
            }
            previous[0] = area;
        });
        return count[0];
    }

    /**
     * Visits the areas looked up along a route, segment by segment. A long diagonal's bounding box covers much of a
     * large diagram; looking along it piece by piece finds the same boxes for a fraction of the look-ups.
     */
    private static void pieces(double[] points, PieceVisitor visitor) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            double x1 = points[i];
            double y1 = points[i + 1];
            double x2 = points[i + 2];
            double y2 = points[i + 3];
            int pieces = Math.max(1, (int) Math.ceil(Math.min(Math.abs(x2 - x1), Math.abs(y2 - y1)) / PIECE));
            for (int piece = 0; piece < pieces; piece++) {
                double ax = x1 + (x2 - x1) * piece / pieces;
                double ay = y1 + (y2 - y1) * piece / pieces;
                double bx = x1 + (x2 - x1) * (piece + 1) / pieces;
                double by = y1 + (y2 - y1) * (piece + 1) / pieces;
                visitor.visit(i, new Geometry(Math.min(ax, bx), Math.min(ay, by), Math.max(1, Math.abs(bx - ax)),
                        Math.max(1, Math.abs(by - ay))), x1, y1, x2, y2);
            }
        }
    }

    /** Whether a segment passes through a box. */
    static boolean segmentCrosses(Geometry box, double x1, double y1, double x2, double y2) {
        return SegmentClip.meets(box.x(), box.y(), box.maxX(), box.maxY(), x1, y1, x2, y2);
    }
}
