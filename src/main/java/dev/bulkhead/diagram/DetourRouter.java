package dev.bulkhead.diagram;

import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Routes a line around boxes, for a picture (the canvas's or an export's, see {@link RouteClearance}) whose quick
 * route ({@link ConnectionRouter}: a line, an elbow or a lane, whichever crosses fewest) still runs through a box
 * that is not one of its ends. Drawn under the boxes, such
 * a line vanishes behind a tenant's card and seems to end there (the architect's review of {@code render
 * --environment}). Searches a grid of {@link #STEP} units around the two ends for the path with the fewest bends that
 * keeps {@link #MARGIN} clear of every obstacle. Too slow for every frame: searched once per layout, and only for
 * the routes a drop changed.
 */
final class DetourRouter {
    /** The grid's step: a quarter of the gap the automatic layout leaves between cards, so a path fits between two. */
    static final double STEP = 4;
    /** How far a path keeps from a box it passes (more than half a step, so no step cuts a corner). */
    static final double MARGIN = 3;
    /** How far beyond the two ends' box a path may go looking for a way round. */
    static final double REACH = 200;
    /** A bend costs as much as this many steps: a path turns only to get round something. */
    private static final int BEND = 6;
    /**
     * Within {@link #ROOM} of a box a step costs this much more: a path runs down the middle of a gap where it can,
     * leaving room on both sides for its port label.
     */
    private static final int CLOSE = 2;
    private static final double ROOM = 12;

    private DetourRouter() {
    }

    /** The cells of the grid a detour between these two boxes searches: what a detour costs, known before it is made. */
    static long gridCells(Geometry from, Geometry to) {
        Geometry area = from.union(to);
        return (long) (Math.ceil((area.width() + 2 * REACH) / STEP) + 1) * (long) (Math.ceil((area.height() + 2 * REACH) / STEP) + 1);
    }

    /** The route when it crosses none of the boxes, else a detour round them (or the route, if none is found). */
    static double[] clear(double[] route, Geometry from, Geometry to, List<Geometry> boxes) {
        if (route == null || from == null || to == null || !crosses(route, boxes)) {
            return route;
        }
        double[] detour = route(from, to, boxes);
        return detour == null ? route : detour;
    }

    /** Whether a route's segments pass through any of the boxes. */
    static boolean crosses(double[] route, List<Geometry> boxes) {
        for (int i = 0; i + 3 < route.length; i += 2) {
            for (Geometry box : boxes) {
                if (ConnectionRouter.segmentCrosses(box, route[i], route[i + 1], route[i + 2], route[i + 3])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An orthogonal path from {@code from}'s border to {@code to}'s border that crosses none of the obstacles, or null
     * when there is none within reach.
     */
    static double[] route(Geometry from, Geometry to, List<Geometry> obstacles) {
        Geometry area = from.union(to);
        double left = area.x() - REACH;
        double top = area.y() - REACH;
        int columns = (int) Math.ceil((area.width() + 2 * REACH) / STEP) + 1;
        int rows = (int) Math.ceil((area.height() + 2 * REACH) / STEP) + 1;
        boolean[] blocked = mask(obstacles, MARGIN, left, top, columns, rows);
        boolean[] near = mask(obstacles, ROOM, left, top, columns, rows);
        int start = cell(from, left, top, columns);
        int goal = cell(to, left, top, columns);
        int[] path = search(blocked, near, columns, rows, start, goal, from, to, left, top);
        if (path == null) {
            return null;
        }
        List<double[]> corners = new ArrayList<>();
        for (int i = 0; i < path.length; i++) {
            double[] point = {left + (path[i] % columns) * STEP, top + (path[i] / columns) * STEP};
            int size = corners.size();
            // Only the corners: a point in line with the two before it replaces the middle one.
            if (size >= 2 && inLine(corners.get(size - 2), corners.get(size - 1), point)) {
                corners.set(size - 1, point);
            } else {
                corners.add(point);
            }
        }
        return clipped(corners, from, to);
    }

    /** The cells within {@code margin} of a box. */
    private static boolean[] mask(List<Geometry> boxes, double margin, double left, double top, int columns, int rows) {
        boolean[] mask = new boolean[columns * rows];
        for (Geometry box : boxes) {
            int c0 = Math.max(0, (int) Math.ceil((box.x() - margin - left) / STEP));
            int c1 = Math.min(columns - 1, (int) Math.floor((box.maxX() + margin - left) / STEP));
            int r0 = Math.max(0, (int) Math.ceil((box.y() - margin - top) / STEP));
            int r1 = Math.min(rows - 1, (int) Math.floor((box.maxY() + margin - top) / STEP));
            for (int r = r0; r <= r1 && c0 <= c1; r++) {
                Arrays.fill(mask, r * columns + c0, r * columns + c1 + 1, true);
            }
        }
        return mask;
    }

    /** The grid cell nearest a box's centre. */
    private static int cell(Geometry box, double left, double top, int columns) {
        int column = (int) Math.round((box.x() + box.width() / 2 - left) / STEP);
        int row = (int) Math.round((box.y() + box.height() / 2 - top) / STEP);
        return row * columns + column;
    }

    private static boolean inLine(double[] a, double[] b, double[] c) {
        return (a[0] == b[0] && b[0] == c[0]) || (a[1] == b[1] && b[1] == c[1]);
    }

    /**
     * The cells of the cheapest path (steps, and {@link #BEND} for each turn) from start to goal, moving through
     * free cells and the two ends' own boxes; null when the goal cannot be reached.
     */
    private static int[] search(boolean[] blocked, boolean[] near, int columns, int rows, int start, int goal, Geometry from, Geometry to,
                                double left, double top) {
        int[] dx = {1, -1, 0, 0};
        int[] dy = {0, 0, 1, -1};
        int states = columns * rows * 4;
        int[] cost = new int[states];
        int[] previous = new int[states];
        Arrays.fill(cost, Integer.MAX_VALUE);
        PriorityQueue<int[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        for (int d = 0; d < 4; d++) {
            cost[start * 4 + d] = 0;
            previous[start * 4 + d] = -1;
            queue.add(new int[] {distance(start, goal, columns), start * 4 + d});
        }
        int goalCol = goal % columns;
        while (!queue.isEmpty()) {
            int[] head = queue.poll();
            int state = head[1];
            int here = state / 4;
            if (here == goal) {
                List<Integer> cells = new ArrayList<>();
                for (int s = state; s >= 0; s = previous[s]) {
                    cells.add(0, s / 4);
                }
                return cells.stream().mapToInt(Integer::intValue).toArray();
            }
            if (head[0] - distance(here, goal, columns) > cost[state]) {
                continue; // a cheaper way here was found after this one was queued
            }
            int column = here % columns;
            int row = here / columns;
            for (int d = 0; d < 4; d++) {
                int c = column + dx[d];
                int r = row + dy[d];
                if (c < 0 || r < 0 || c >= columns || r >= rows) {
                    continue;
                }
                int next = r * columns + c;
                double x = left + c * STEP;
                double y = top + r * STEP;
                if (blocked[next] && !from.contains(x, y) && !to.contains(x, y)) {
                    continue;
                }
                int step = cost[state] + 1 + (d == state % 4 ? 0 : BEND) + (near[next] ? CLOSE : 0);
                int nextState = next * 4 + d;
                if (step < cost[nextState]) {
                    cost[nextState] = step;
                    previous[nextState] = state;
                    queue.add(new int[] {step + distance(next, goal, columns), nextState});
                }
            }
        }
        return null;
    }

    /** The steps between two cells with no obstacle in the way: a lower bound of any path's cost. */
    private static int distance(int a, int b, int columns) {
        return Math.abs(a % columns - b % columns) + Math.abs(a / columns - b / columns);
    }

    /** The path between the points where it leaves {@code from} and enters {@code to}, as x,y pairs. */
    private static double[] clipped(List<double[]> corners, Geometry from, Geometry to) {
        int first = 0;
        while (first + 1 < corners.size() && from.contains(corners.get(first + 1)[0], corners.get(first + 1)[1])) {
            first++;
        }
        int last = corners.size() - 1;
        while (last - 1 > first && to.contains(corners.get(last - 1)[0], corners.get(last - 1)[1])) {
            last--;
        }
        if (last <= first) {
            return null;
        }
        List<double[]> points = new ArrayList<>(corners.subList(first, last + 1));
        points.set(0, border(from, points.get(0), points.get(1)));
        points.set(points.size() - 1, border(to, points.get(points.size() - 1), points.get(points.size() - 2)));
        double[] flat = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            flat[2 * i] = points.get(i)[0];
            flat[2 * i + 1] = points.get(i)[1];
        }
        return flat;
    }

    /** Where the axis-parallel segment from a point inside a box to a point outside it crosses the box's border. */
    private static double[] border(Geometry box, double[] inside, double[] outside) {
        if (inside[1] == outside[1]) {
            return new double[] {outside[0] > inside[0] ? box.maxX() : box.x(), inside[1]};
        }
        return new double[] {inside[0], outside[1] > inside[1] ? box.maxY() : box.y()};
    }
}
