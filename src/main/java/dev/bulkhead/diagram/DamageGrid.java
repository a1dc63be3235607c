package dev.bulkhead.diagram;

import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The areas an edit changed on the drawing, by the coarse cells they cover, asked whether a piece of a route's search
 * meets one ({@link SceneLayout} keeps or drops routes with it). Read-only once built, so routes are checked on every core.
 */
final class DamageGrid {
    /** Coarse: routes are long, and a drop's damage is a few boxes. */
    static final double CELL = 1024;

    private final Map<Long, List<Geometry>> cells = new HashMap<>();
    /** The cells that hold any damage, bounds included: nothing outside them needs looking up. */
    private final long firstColumn;
    private final long lastColumn;
    private final long firstRow;
    private final long lastRow;

    DamageGrid(List<Geometry> damaged) {
        long fromX = Long.MAX_VALUE;
        long toX = Long.MIN_VALUE;
        long fromY = Long.MAX_VALUE;
        long toY = Long.MIN_VALUE;
        for (Geometry area : damaged) {
            long ax = cell(area.x());
            long bx = cell(area.maxX());
            long ay = cell(area.y());
            long by = cell(area.maxY());
            for (long cx = ax; cx <= bx; cx++) {
                for (long cy = ay; cy <= by; cy++) {
                    cells.computeIfAbsent(SceneLayout.key(cx, cy), k -> new ArrayList<>()).add(area);
                }
            }
            fromX = Math.min(fromX, ax);
            toX = Math.max(toX, bx);
            fromY = Math.min(fromY, ay);
            toY = Math.max(toY, by);
        }
        firstColumn = fromX;
        lastColumn = toX;
        firstRow = fromY;
        lastRow = toY;
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    /** Whether the piece meets a damaged area. */
    boolean meets(Geometry piece) {
        // Only the cells the piece and the damage both span: a route's straight run can cross the whole model (dozens of
        // cells), and every route near a drop was looked up cell by cell along it, nearly all of them empty.
        long fromX = Math.max(cell(piece.x()), firstColumn);
        long toX = Math.min(cell(piece.maxX()), lastColumn);
        long fromY = Math.max(cell(piece.y()), firstRow);
        long toY = Math.min(cell(piece.maxY()), lastRow);
        for (long cx = fromX; cx <= toX; cx++) {
            for (long cy = fromY; cy <= toY; cy++) {
                for (Geometry area : cells.getOrDefault(SceneLayout.key(cx, cy), List.of())) {
                    if (area.intersects(piece)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How many cells {@link #meets} looks up for the piece (for tests). */
    long cellsLookedUp(Geometry piece) {
        if (cells.isEmpty()) {
            return 0;
        }
        long columns = Math.min(cell(piece.maxX()), lastColumn) - Math.max(cell(piece.x()), firstColumn) + 1;
        long rows = Math.min(cell(piece.maxY()), lastRow) - Math.max(cell(piece.y()), firstRow) + 1;
        return Math.max(0, columns) * Math.max(0, rows);
    }

    private static long cell(double coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }
}
