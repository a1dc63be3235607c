package dev.bulkhead.diagram;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pieces of the routes drawn, indexed by grid cell, so that a connection's label keeps off the other lines: a
 * port label placed where another route crosses its own could be read as either line's (review R12h). They answer
 * {@link LabelPlacement.Crossings} for one connection's label.
 */
final class LabelCrossings {
    private static final double CELL = 256;

    private record Piece(ElementId connection, double x1, double y1, double x2, double y2) {
        boolean runsAcross() {
            return Math.abs(x2 - x1) >= Math.abs(y2 - y1);
        }
    }

    private final Map<Long, List<Piece>> cells = new HashMap<>();

    /** The pieces of these connections' routes in the scene (those without a route are left out). */
    static LabelCrossings of(List<ElementId> connections, SceneLayout scene) {
        Map<ElementId, double[]> routes = new HashMap<>();
        for (ElementId id : connections) {
            double[] route = scene.route(id);
            if (route != null) {
                routes.put(id, route);
            }
        }
        return of(routes);
    }

    /** The pieces of these routes, x,y pairs by connection. */
    static LabelCrossings of(Map<ElementId, double[]> routes) {
        LabelCrossings crossings = new LabelCrossings();
        routes.forEach((id, route) -> {
            for (int i = 0; i + 3 < route.length; i += 2) {
                crossings.add(new Piece(id, route[i], route[i + 1], route[i + 2], route[i + 3]));
            }
        });
        return crossings;
    }

    private void add(Piece piece) {
        for (long x = cell(Math.min(piece.x1(), piece.x2())); x <= cell(Math.max(piece.x1(), piece.x2())); x++) {
            for (long y = cell(Math.min(piece.y1(), piece.y2())); y <= cell(Math.max(piece.y1(), piece.y2())); y++) {
                cells.computeIfAbsent(key(x, y), k -> new ArrayList<>(4)).add(piece);
            }
        }
    }

    /**
     * How many routes other than {@code own}'s run through the box the other way than its line ({@code lineRunsAcross}):
     * a vertical piece through a label on a horizontal line, and the reverse. Pieces alongside (a shared corridor) do not
     * count: every place on such a line has them.
     */
    int through(Geometry box, ElementId own, boolean lineRunsAcross) {
        Set<ElementId> lines = new HashSet<>();
        for (long x = cell(box.x()); x <= cell(box.maxX()); x++) {
            for (long y = cell(box.y()); y <= cell(box.maxY()); y++) {
                for (Piece piece : cells.getOrDefault(key(x, y), List.of())) {
                    if (piece.runsAcross() != lineRunsAcross && !piece.connection().equals(own)
                            && SegmentClip.meets(box.x(), box.y(), box.maxX(), box.maxY(), piece.x1(), piece.y1(), piece.x2(), piece.y2())) {
                        lines.add(piece.connection());
                    }
                }
            }
        }
        return lines.size();
    }

    private static long cell(double coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }

    /**
     * The scene's key of a grid cell, whose row is mixed into its hash: keyed by column and row alone, the cells of a
     * view hashed alike ((x << 32) ^ y hashes to x ^ y) and the map's look-ups searched trees, half of a drop's drawing
     * at 10,000 elements (issue 16).
     */
    private static long key(long x, long y) {
        return SceneLayout.key(x, y);
    }
}
