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
    /** The cells indexed: those of the area asked about (every cell when no area was given). */
    private final long firstColumn;
    private final long lastColumn;
    private final long firstRow;
    private final long lastRow;

    private LabelCrossings(Geometry area) {
        firstColumn = area == null ? Long.MIN_VALUE : cell(area.x());
        lastColumn = area == null ? Long.MAX_VALUE : cell(area.maxX());
        firstRow = area == null ? Long.MIN_VALUE : cell(area.y());
        lastRow = area == null ? Long.MAX_VALUE : cell(area.maxY());
    }

    /**
     * The pieces of these connections' routes in the scene (those without a route are left out), indexed only where
     * they cross {@code area}: labels placed there are counted exactly, and a long line across a zoomed-in canvas is
     * not indexed in the hundreds of cells beyond the view (half the recording of such a frame, issue 16).
     */
    static LabelCrossings of(List<ElementId> connections, SceneLayout scene, Geometry area) {
        Map<ElementId, double[]> routes = new HashMap<>();
        for (ElementId id : connections) {
            double[] route = scene.route(id);
            if (route != null) {
                routes.put(id, route);
            }
        }
        return of(routes, area);
    }

    /** The pieces of these routes, x,y pairs by connection, everywhere. */
    static LabelCrossings of(Map<ElementId, double[]> routes) {
        return of(routes, null);
    }

    /** As {@link #of(List, SceneLayout, Geometry)}, for routes given (null area: everywhere). */
    static LabelCrossings of(Map<ElementId, double[]> routes, Geometry area) {
        LabelCrossings crossings = new LabelCrossings(area);
        routes.forEach((id, route) -> {
            for (int i = 0; i + 3 < route.length; i += 2) {
                crossings.add(new Piece(id, route[i], route[i + 1], route[i + 2], route[i + 3]));
            }
        });
        return crossings;
    }

    private void add(Piece piece) {
        long lastX = Math.min(lastColumn, cell(Math.max(piece.x1(), piece.x2())));
        long lastY = Math.min(lastRow, cell(Math.max(piece.y1(), piece.y2())));
        for (long x = Math.max(firstColumn, cell(Math.min(piece.x1(), piece.x2()))); x <= lastX; x++) {
            for (long y = Math.max(firstRow, cell(Math.min(piece.y1(), piece.y2()))); y <= lastY; y++) {
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

    /** How many grid cells hold a piece; for tests. */
    int cellsIndexed() {
        return cells.size();
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
