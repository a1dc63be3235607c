package dev.bulkhead.diagram;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last step of routing, which the canvas and every export share so that both draw the same lines (issue 12: "what
 * the file shows matches the canvas"; the canvas drew the quick router's lines under boxes the export went round).
 * The quick routes ({@link ConnectionRouter}) are taken as they are, then: a route that crosses a box which is not one
 * of its ends goes round it ({@link DetourRouter}); a route through a title goes round that too; and a route that runs
 * along a piece of another connection's is moved beside it, so that two lines never read as one.
 * <p>
 * Bounded, and counted in grid cells rather than time, so that the same model always gives the same routes: pictures
 * of more than {@link #MOST_DETOURED} routes keep the quick ones, and the detours of one picture search
 * {@link #DETOUR_CELLS} cells in all. A detour is a pure function of its two ends and its obstacles: those found for
 * one layout are handed to the next ({@link Found}), so a drop searches again only for the routes it changed.
 */
final class RouteClearance {
    /** Above this many routes a picture leaves them as the quick router chose (see {@link DetourRouter}). */
    static final int MOST_DETOURED = 400;
    /** The grid cells all detours of one picture may search together (see {@link #clear}). */
    static final long DETOUR_CELLS = 3_000_000;
    /** The largest grid one detour may search: about 1,400 by 1,400 units between its ends and the reach around them. */
    static final long DETOUR_CELLS_PER_ROUTE = 200_000;
    /**
     * How far a run moved off another connection's stands from it: clearly two lines at 100% (1.4 wide), and three fit
     * in the 16-unit gap the automatic layout leaves between rows of cards.
     */
    static final double PARALLEL_GAP = 4;
    /** Two runs sharing less than this along one line only touch (two lines crossing, or meeting at a shared end). */
    static final double LONGEST_SHARED = 4;
    /** How many gaps away a run is tried before it is left where it is. */
    private static final int MOST_GAPS = 4;
    /** Stands for "searched, no detour found" among the found detours. */
    private static final double[] NOT_FOUND = new double[0];

    /** What a detour was searched from: its two ends and what it must not cross. */
    record DetourKey(Geometry from, Geometry to, List<Geometry> obstacles) {
    }

    /** The detours one clearance searched for, by what they were searched from (a route, or {@link #NOT_FOUND}). */
    record Found(Map<DetourKey, double[]> detours) {
        static final Found NONE = new Found(Map.of());
    }

    /**
     * The cleared routes: {@code routes} holds those that differ from the quick router's, {@code detoured} those that
     * go round something (they may run beside the outermost boxes, further out than a quick route).
     */
    record Result(Map<ElementId, double[]> routes, Set<ElementId> detoured, Found found) {
    }

    private final SceneLayout scene;
    private final Set<ElementId> include;
    private final Found before;
    /** Written by the searches, which run on every core. */
    private final Map<DetourKey, double[]> found = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ElementId, double[]> cleared = new LinkedHashMap<>();
    private final Set<ElementId> detoured = new HashSet<>();

    private RouteClearance(SceneLayout scene, Set<ElementId> include, Found before) {
        this.scene = scene;
        this.include = include;
        this.before = before;
    }

    /**
     * Clears the quick routes of {@code routed} (in that order, which decides who gives way) among the elements
     * {@code include} (null for all), reusing the detours {@code before} found for the same ends and obstacles.
     */
    static Result clear(SceneLayout scene, List<ElementId> routed, Set<ElementId> include, Found before) {
        if (routed.size() > MOST_DETOURED) {
            return new Result(Map.of(), Set.of(), Found.NONE);
        }
        RouteClearance clearance = new RouteClearance(scene, include, before);
        long cellsLeft = clearance.roundBoxes(routed);
        clearance.offTitles(routed, cellsLeft);
        clearance.apartFromEachOther(routed);
        return new Result(Map.copyOf(clearance.cleared), Set.copyOf(clearance.detoured), new Found(Map.copyOf(clearance.found)));
    }

    private double[] current(ElementId id) {
        double[] route = cleared.get(id);
        return route != null ? route : scene.quickRoute(id);
    }

    /**
     * A route that runs through a box which is not one of its ends goes round it instead: drawn under the boxes, it
     * vanished behind a tenant's card and seemed to end there. Searched on a grid per crossing route, smallest grids
     * first (a line across the whole picture keeps its quick route; a 300-tenant model's report spent minutes there).
     * Returns the cells left for {@link #offTitles}.
     */
    private long roundBoxes(List<ElementId> routed) {
        record Crossing(ElementId id, double[] route, Geometry from, Geometry to, List<Geometry> between, long cells) {
        }
        List<Crossing> crossings = new ArrayList<>();
        for (ElementId id : routed) {
            Connection connection = scene.model().get(id, Connection.class);
            double[] route = current(id);
            Geometry from = scene.visibleBoundsOf(connection.from());
            Geometry to = scene.visibleBoundsOf(connection.to());
            if (route == null || from == null || to == null) {
                continue;
            }
            List<Geometry> between = scene.boxesBetween(connection.from(), connection.to(), include);
            long cells = DetourRouter.gridCells(from, to);
            if (cells <= DETOUR_CELLS_PER_ROUTE && DetourRouter.crosses(route, between)) {
                crossings.add(new Crossing(id, route, from, to, between, cells));
            }
        }
        crossings.sort(Comparator.comparingLong(Crossing::cells)); // stable: ties keep the routes' order
        long cellsLeft = DETOUR_CELLS;
        List<Crossing> searched = new ArrayList<>();
        for (Crossing crossing : crossings) {
            if (crossing.cells() > cellsLeft) {
                break;
            }
            cellsLeft -= crossing.cells();
            searched.add(crossing);
        }
        // Which routes are searched follows from their cells alone: the searches themselves run on every core.
        List<double[]> detours = searched.parallelStream().map(c -> detour(c.from(), c.to(), c.between())).toList();
        for (int i = 0; i < searched.size(); i++) {
            if (detours.get(i) != null) {
                cleared.put(searched.get(i).id(), detours.get(i));
                detoured.add(searched.get(i).id());
            }
        }
        return cellsLeft;
    }

    /**
     * Nor does a route run through a title, its own environment's included ("ENVIRONMENT · dev" read through a line
     * leaving gke-dev upwards): it slides along its box's edge off the titles, or else goes round them, from the cells
     * the detours round boxes left.
     */
    private void offTitles(List<ElementId> routed, long cellsLeft) {
        record Search(ElementId id, Geometry from, Geometry to, List<Geometry> obstacles) {
        }
        List<Search> searches = new ArrayList<>();
        for (ElementId id : routed) {
            Connection connection = scene.model().get(id, Connection.class);
            double[] route = current(id);
            Geometry from = scene.visibleBoundsOf(connection.from());
            Geometry to = scene.visibleBoundsOf(connection.to());
            Geometry box = DiagramRenderer.routeBox(route);
            if (box == null || from == null || to == null) {
                continue;
            }
            Set<ElementId> ends = Set.of(connection.from(), connection.to());
            List<Geometry> titles = DiagramRenderer.titlesNear(scene, box, include, ends);
            if (titles.isEmpty() || !DetourRouter.crosses(route, titles)) {
                continue;
            }
            List<Geometry> between = scene.boxesBetween(connection.from(), connection.to(), include);
            double[] slid = slidOffTitles(route, from, to, titles, between);
            if (slid != null) {
                cleared.put(id, slid);
                continue;
            }
            long cells = DetourRouter.gridCells(from, to);
            if (cells > Math.min(cellsLeft, DETOUR_CELLS_PER_ROUTE)) {
                continue;
            }
            cellsLeft -= cells;
            List<Geometry> obstacles = new ArrayList<>(between);
            obstacles.addAll(DiagramRenderer.titlesNear(scene, from.union(to).union(box), include, ends));
            searches.add(new Search(id, from, to, obstacles));
        }
        List<double[]> detours = searches.parallelStream().map(search -> detour(search.from(), search.to(), search.obstacles())).toList();
        for (int i = 0; i < searches.size(); i++) {
            if (detours.get(i) != null) {
                cleared.put(searches.get(i).id(), detours.get(i));
                detoured.add(searches.get(i).id());
            }
        }
    }

    /** A detour round the obstacles, found again only when no earlier clearance searched the same (null for none). */
    private double[] detour(Geometry from, Geometry to, List<Geometry> obstacles) {
        DetourKey key = new DetourKey(from, to, List.copyOf(obstacles));
        double[] route = before.detours().get(key);
        if (route == null) {
            route = found.get(key); // two routes between the same boxes past the same obstacles
        }
        if (route == null) {
            route = DetourRouter.route(from, to, obstacles);
            route = route == null ? NOT_FOUND : route;
        }
        found.put(key, route);
        return route == NOT_FOUND ? null : route;
    }

    /**
     * A route that leaves (or enters) its box upright through a title, moved sideways along that box's edge until it
     * clears the titles without crossing a box it did not cross before; null when no such place exists. Cheap, so it
     * serves lines across a whole picture too, which are too long for a detour's grid.
     */
    static double[] slidOffTitles(double[] route, Geometry from, Geometry to, List<Geometry> titles, List<Geometry> boxes) {
        int n = route.length;
        if (n < 8) {
            return null;
        }
        boolean crossedBoxes = DetourRouter.crosses(route, boxes);
        double[] best = null;
        double nearest = Double.MAX_VALUE;
        // The first two points share an x when it leaves upright; the last two when it enters upright.
        for (int end = 0; end < 2; end++) {
            int a = end == 0 ? 0 : n - 2;
            int b = end == 0 ? 2 : n - 4;
            Geometry box = end == 0 ? from : to;
            if (route[a] != route[b]) {
                continue;
            }
            for (double x = box.x() + 8; x <= box.maxX() - 8; x += 4) {
                double[] moved = route.clone();
                moved[a] = x;
                moved[b] = x;
                double distance = Math.abs(x - route[a]);
                if (distance < nearest && !DetourRouter.crosses(moved, titles)
                        && (crossedBoxes || !DetourRouter.crosses(moved, boxes))) {
                    best = moved;
                    nearest = distance;
                }
            }
        }
        return best;
    }

    /**
     * Two connections never share a piece of line (the bank's payments → Card network ran along checkout → identity
     * and read as one line): a run lying on an earlier route's run, longer than {@link #LONGEST_SHARED}, is moved
     * {@link #PARALLEL_GAP} to one side or the other (further if that is taken), where it crosses no box or title it
     * did not cross before. Earlier routes, in {@code routed}'s order, keep their place.
     */
    private void apartFromEachOther(List<ElementId> routed) {
        List<double[]> placed = new ArrayList<>();
        for (ElementId id : routed) {
            double[] route = current(id);
            if (route == null) {
                continue;
            }
            double[] apart = route;
            // One pass over the runs: going over them again after a move (its neighbours lengthened) changed no
            // sample's routes and made the report's fitting, which clears every candidate picture, miss its 10 s.
            for (int segment = 0; segment + 3 < apart.length; segment += 2) {
                if (sharesRun(apart, segment, placed)) {
                    double[] moved = movedAside(id, apart, segment, placed);
                    if (moved != null) {
                        apart = moved;
                    }
                }
            }
            if (apart != route) {
                cleared.put(id, apart);
            }
            placed.add(apart);
        }
    }

    /** The route with one run moved aside off every placed route, or null when no place within a few gaps is free. */
    private double[] movedAside(ElementId id, double[] route, int segment, List<double[]> placed) {
        Connection connection = scene.model().get(id, Connection.class);
        Geometry from = scene.visibleBoundsOf(connection.from());
        Geometry to = scene.visibleBoundsOf(connection.to());
        Geometry box = DiagramRenderer.routeBox(route);
        List<Geometry> obstacles = new ArrayList<>(scene.boxesBetween(connection.from(), connection.to(), include));
        obstacles.addAll(DiagramRenderer.titlesNear(scene, box.union(from).union(to), include, Set.of(connection.from(), connection.to())));
        boolean crossedBefore = DetourRouter.crosses(route, obstacles);
        for (int gaps = 1; gaps <= MOST_GAPS; gaps++) {
            for (int side : new int[] {1, -1}) {
                double[] moved = shifted(route, segment, side * gaps * PARALLEL_GAP, from, to);
                if (moved != null && !sharesRun(moved, segment, placed) && (crossedBefore || !DetourRouter.crosses(moved, obstacles))) {
                    return moved;
                }
            }
        }
        return null;
    }

    /**
     * The route with the run from point {@code segment / 2} moved {@code by} across itself; null when it is not
     * upright or level, when an end would leave its box's border, or when a run beside it would turn back on itself.
     */
    static double[] shifted(double[] route, int segment, double by, Geometry from, Geometry to) {
        int n = route.length;
        boolean level = route[segment + 1] == route[segment + 3];
        boolean upright = route[segment] == route[segment + 2];
        if (level == upright) {
            return null; // a slanted run, or a point
        }
        int axis = level ? 1 : 0; // the coordinate that moves: y of a level run, x of an upright one
        double[] moved = route.clone();
        moved[segment + axis] += by;
        moved[segment + 2 + axis] += by;
        for (int end : new int[] {segment, segment + 2}) {
            Geometry box = end == 0 ? from : end == n - 2 ? to : null;
            if (box != null && !onBorder(box, moved[end], moved[end + 1])) {
                return null;
            }
            // The neighbouring run keeps its direction and some length (moving the run past its far end would fold it).
            int other = end == segment ? end - 2 : end + 2;
            if (other >= 0 && other < n - 1) {
                double was = route[end + axis] - route[other + axis];
                double is = moved[end + axis] - moved[other + axis];
                if (was != 0 && (Math.signum(was) != Math.signum(is) || Math.abs(is) < 1)) {
                    return null;
                }
            }
        }
        return moved;
    }

    private static boolean onBorder(Geometry box, double x, double y) {
        boolean withinX = x >= box.x() && x <= box.maxX();
        boolean withinY = y >= box.y() && y <= box.maxY();
        return withinX && withinY && (x == box.x() || x == box.maxX() || y == box.y() || y == box.maxY());
    }

    /** Whether a route's run from point {@code segment / 2} lies along any placed route's run for more than a touch. */
    static boolean sharesRun(double[] route, int segment, List<double[]> placed) {
        for (double[] other : placed) {
            for (int i = 0; i + 3 < other.length; i += 2) {
                if (sharedLength(route[segment], route[segment + 1], route[segment + 2], route[segment + 3],
                        other[i], other[i + 1], other[i + 2], other[i + 3]) > LONGEST_SHARED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How long two level or two upright segments run along one line together (0 for any other pair). */
    static double sharedLength(double ax1, double ay1, double ax2, double ay2, double bx1, double by1, double bx2, double by2) {
        final double same = 0.5;
        if (ay1 == ay2 && by1 == by2 && Math.abs(ay1 - by1) < same) {
            return Math.min(Math.max(ax1, ax2), Math.max(bx1, bx2)) - Math.max(Math.min(ax1, ax2), Math.min(bx1, bx2));
        }
        if (ax1 == ax2 && bx1 == bx2 && Math.abs(ax1 - bx1) < same) {
            return Math.min(Math.max(ay1, ay2), Math.max(by1, by2)) - Math.max(Math.min(ay1, ay2), Math.min(by1, by2));
        }
        return 0;
    }
}
