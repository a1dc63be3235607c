package dev.bulkhead.diagram;

import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Counts;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the visible part of a scene onto any surface: only elements and connections that overlap the view are
 * drawn. Passes: containers, connection lines (under the boxes they join), boxes, connection labels (over
 * everything, to stay readable). The canvas calls it every frame, the exports once.
 */
public final class DiagramRenderer {
    private static final double GRID_STEP = 24;
    private static final double LABEL_HEIGHT = 18;
    static final DiagramFont LABEL = DiagramFont.regular(10.5);
    /** How far from its route a connection's label can reach: half the widest port label, with room to spare. */
    private static final double LABEL_REACH = 160;

    private final DiagramTheme theme;
    private final DiagramPainter painter;

    public DiagramRenderer(DiagramTheme theme) {
        this.theme = theme;
        this.painter = new DiagramPainter(theme);
    }

    public DiagramTheme theme() {
        return theme;
    }

    public DiagramPainter painter() {
        return painter;
    }

    /**
     * Draws a frame of {@code width} × {@code height} target units showing the scene at a scale and offset; returns
     * how many shapes were drawn.
     *
     * @param detail     2 everything, 1 titles only, 0 shapes only (see {@link #detail(double)})
     * @param background whether to paint the canvas colour (and, at 50% and more, the dot grid) first
     */
    public int draw(DrawingSurface g, double width, double height, double scale, double translateX, double translateY,
                    SceneLayout scene, Decorations marks, int detail, boolean background) {
        return draw(g, width, height, scale, translateX, translateY, scene, marks, detail, background, null);
    }

    /** As {@link #draw}, drawing only the elements (and connections between them) that {@code include} accepts. */
    public int draw(DrawingSurface g, double width, double height, double scale, double translateX, double translateY,
                    SceneLayout scene, Decorations marks, int detail, boolean background, Set<ElementId> include) {
        g.transform(1, 0, 0);
        if (background) {
            g.fill(theme.colour("-bh-canvas"));
            g.fillRect(0, 0, width, height);
        }
        // The frame starts at the surface's origin: what it shows is the scene from -translate / scale on.
        Geometry visible = new Geometry(-translateX / scale, -translateY / scale, Math.max(1, width / scale),
                Math.max(1, height / scale));
        return drawScene(g, visible, scale, translateX, translateY, scene, marks, detail, background, include);
    }

    /**
     * Draws the part of the scene inside {@code visible} (scene units), without a background, for a picture placed
     * anywhere on its surface: the view is given in the scene's own units, not worked out from a frame that starts
     * at the surface's origin (an export offsets its picture by margins and a title, and a view derived from the
     * frame left out the elements at the bottom and right). The detail is chosen for a picture printed at
     * {@code printScale} points per unit however large the surface draws it: a report's SVG and PDF show the same
     * picture (the semantic-zoom rule, {@link DiagramPainter#summarises}). The {@code blocked} connections are drawn as
     * blocked (see {@link #strokeRoute}).
     */
    public int draw(DrawingSurface g, Geometry visible, double scale, double translateX, double translateY,
                    SceneLayout scene, Decorations marks, Set<ElementId> include, double printScale, Set<ElementId> summaries,
                    Set<ElementId> blocked) {
        boolean summarise = DiagramPainter.tagsWhenPrinted(printScale, !summaries.isEmpty());
        painter.zoomForExport(printScale, summarise);
        return drawScene(g, visible, scale, translateX, translateY, scene, marks, 2, false, include, summarise, summaries, blocked);
    }

    private int drawScene(DrawingSurface g, Geometry visible, double scale, double translateX, double translateY,
                          SceneLayout scene, Decorations marks, int detail, boolean background, Set<ElementId> include) {
        painter.zoom(scale, detail == 2);
        // The canvas draws the design as modelled: no connection is blocked there.
        return drawScene(g, visible, scale, translateX, translateY, scene, marks, detail, background, include, false, Set.of(),
                Set.of());
    }

    /**
     * @param summarise whether to leave out every cluster's contents, which their tags summarise (exports only)
     * @param summaries the clusters laid out as compact summaries (their contents are not in the scene), see
     *                  {@link ClusterSummary}
     * @param blocked   the connections to draw as blocked: each drawn on its own dashed in the danger colour with
     *                  "blocked" in its port label; where a label, box or line stands for several, it counts them
     */
    private int drawScene(DrawingSurface g, Geometry visible, double scale, double translateX, double translateY,
                          SceneLayout scene, Decorations marks, int detail, boolean background, Set<ElementId> include,
                          boolean summarise, Set<ElementId> summaries, Set<ElementId> blocked) {
        g.transform(scale, translateX, translateY);
        if (background && scale >= 0.5) {
            grid(g, visible);
        }
        Model model = scene.model();
        List<Element> elements = scene.elementsIn(visible);
        List<Element> leaves = new ArrayList<>(elements.size());
        int drawn = 0;
        if (include != null) {
            elements.removeIf(e -> !include.contains(e.id()));
        }
        Map<ElementId, ElementId> summarisedIn = new HashMap<>();
        if (summarise) {
            // The tag counts what a cluster holds; its cards are not drawn under it, nor the lines among them.
            for (Element element : elements) {
                clusterOf(model, element).ifPresent(cluster -> summarisedIn.put(element.id(), cluster));
            }
            elements.removeIf(e -> summarisedIn.containsKey(e.id()));
        }
        for (Element element : elements) {
            if (summaries.contains(element.id())) {
                painter.paintSummary(g, model, (dev.bulkhead.model.Cluster) element, scene.bounds(element.id()), blocked);
                drawn++;
            } else if (DiagramPainter.drawnUnderConnections(element.kind())) {
                painter.paint(g, model, element, scene.bounds(element.id()), detail, marks);
                drawn++;
            } else {
                leaves.add(element);
            }
        }
        List<ElementId> connections = new ArrayList<>(scene.connectionsIn(visible));
        if (include != null) {
            connections.removeIf(id -> !include.contains(id));
        }
        Map<List<ElementId>, Integer> aggregated = new java.util.LinkedHashMap<>();
        // Of those, how many are blocked, for the lines that have any (see aggregatedLines).
        Map<List<ElementId>, Integer> aggregatedBlocked = new HashMap<>();
        if (summarise || !summaries.isEmpty()) {
            // A connection to a card the tag stands for is drawn to the cluster's border, those between the same two
            // boxes once with their count: a line ending inside a summary box points at nothing the reader can see.
            connections.removeIf(id -> {
                Connection connection = model.get(id, Connection.class);
                ElementId from = summarisedIn.getOrDefault(connection.from(), summarisedAncestor(model, connection.from(), summaries));
                ElementId to = summarisedIn.getOrDefault(connection.to(), summarisedAncestor(model, connection.to(), summaries));
                if (from == null && to == null) {
                    return false;
                }
                List<ElementId> ends = List.of(from == null ? connection.from() : from, to == null ? connection.to() : to);
                if (!ends.get(0).equals(ends.get(1))) {
                    aggregated.merge(ends, 1, Integer::sum);
                    if (blocked.contains(id)) {
                        aggregatedBlocked.merge(ends, 1, Integer::sum);
                    }
                }
                return true;
            });
        }
        connections.sort(null);
        // The grid finds connections whose ends' box overlaps the view; a long one may still run wholly outside it.
        // Routing them all first shares the work among the cores.
        scene.routeAll(connections);
        // Each route looked up once: with the whole of 10,000 connections in view, the look-ups were a quarter of the
        // frame's walk (issue 16).
        List<double[]> routes = new ArrayList<>(connections.size());
        int kept = 0;
        for (ElementId id : connections) {
            double[] p = scene.route(id);
            if (routeNear(p, visible, LABEL_REACH)) {
                connections.set(kept++, id);
                routes.add(p);
            }
        }
        connections.subList(kept, connections.size()).clear();
        Colour line = theme.colour("-bh-connection");
        for (int i = 0; i < connections.size(); i++) {
            ElementId id = connections.get(i);
            double[] p = routes.get(i);
            if (routeNear(p, visible, 0)) {
                boolean isBlocked = blocked.contains(id);
                strokeRoute(g, p, 1.4, isBlocked);
                double[] head = arrowHead(p[p.length - 4], p[p.length - 3], p[p.length - 2], p[p.length - 1]);
                g.fill(isBlocked ? theme.colour("-bh-danger") : line);
                g.fillPolygon(new double[] {head[0], head[2], head[4]}, new double[] {head[1], head[3], head[5]}, 3);
                drawn++;
            }
        }
        Map<List<ElementId>, double[]> aggregatedPaths = new HashMap<>();
        Set<List<ElementId>> headless = new java.util.HashSet<>();
        drawn += aggregatedLines(g, scene, aggregated, aggregatedBlocked, visible, include, aggregatedPaths, headless);
        for (Element element : leaves) {
            painter.paint(g, model, element, scene.bounds(element.id()), detail, marks);
            drawn++;
        }
        if (detail == 2 && !summarise) {
            PlacedLabels placed = new PlacedLabels();
            ConnectionHubs hubs = ConnectionHubs.of(model, connections);
            // The labels that can show are near the view: the routes it draws come within LABEL_REACH of it.
            LabelCrossings crossings = LabelCrossings.of(connections, scene, new Geometry(visible.x() - 2 * LABEL_REACH,
                    visible.y() - 2 * LABEL_REACH, visible.width() + 4 * LABEL_REACH, visible.height() + 4 * LABEL_REACH));
            for (ElementId id : connections) {
                double[] route = scene.route(id);
                if (route != null && !hubs.gathers(id)) {
                    boolean isBlocked = !blocked.isEmpty() && blocked.contains(id);
                    String port = model.get(id, Connection.class).portLabel();
                    label(g, scene, route, isBlocked ? port + " · blocked" : port, isBlocked, placed,
                            (box, across) -> crossings.through(box, id, across));
                }
            }
            hubs.hubs().forEach((hub, gathered) -> {
                // Just under the hub and within its width (a hub at the picture's edge must not push it off the
                // page); placement moves it up or down clear of what is there.
                Geometry bounds = scene.visibleBoundsOf(hub);
                if (bounds != null) {
                    // Its lines are each drawn dashed when blocked; the label counts them too, so that "27 connections"
                    // under a hub is not read as 27 working flows.
                    long blockedHere = blocked.isEmpty() ? 0 : gathered.stream().filter(c -> blocked.contains(c.id())).count();
                    String text = ConnectionHubs.label(gathered) + (blockedHere == 0 ? "" : " · " + blockedHere + " blocked");
                    double half = Math.min(bounds.width() / 2, (Math.ceil(g.textWidth(text, LABEL)) + 14) / 2);
                    double y = bounds.maxY() + LABEL_HEIGHT / 2 + 2;
                    label(g, scene, new double[] {bounds.x() + half, y, bounds.maxX() - half, y}, text, blockedHere > 0, placed,
                            LabelPlacement.Crossings.NONE);
                }
            });
        }
        if (painter.tags()) {
            // Semantic zoom: the containers' name tags go over everything, the detail under them is unreadable anyway.
            // Read across a room, every element has a tag, the containers' first and their contents' over them.
            List<Geometry> headers = new ArrayList<>();
            for (Element element : elements) {
                Geometry box = scene.bounds(element.id());
                if (box != null && (element instanceof dev.bulkhead.model.Environment || element instanceof dev.bulkhead.model.Cluster)) {
                    headers.add(new Geometry(box.x(), box.y(), box.width(), Math.min(box.height(), ElementSizes.header(element.kind()))));
                }
            }
            painter.beginTags(scene.contentBounds(), headers);
            for (Element element : elements) {
                if (DiagramPainter.drawnUnderConnections(element.kind()) && !summaries.contains(element.id())) {
                    painter.paintTag(g, model, element, scene.bounds(element.id()));
                }
            }
            // Of the leaves, the canvas tags only external endpoints (outside every cluster, no count names them).
            for (Element element : leaves) {
                if (painter.isReading() || summarise || element instanceof dev.bulkhead.model.ExternalEndpoint) {
                    painter.paintTag(g, model, element, scene.bounds(element.id()));
                }
            }
        }
        // Counted wherever connections were gathered: beside clusters drawn in full, a summary's lines are counted too.
        // Each direction on its own chip naming where its connections go: a bare "172 connections" under a box was
        // read as that box's own connections. A single connection needs no chip where its arrowhead shows the way.
        List<Geometry> chips = new ArrayList<>();
        // A direction with a blocked connection always has its chip, which says how many are blocked in the danger colour.
        aggregated.forEach((ends, count) -> {
            double[] path = aggregatedPaths.get(ends);
            int blockedHere = aggregatedBlocked.getOrDefault(ends, 0);
            if (path != null && (count > 1 || headless.contains(ends) || blockedHere > 0)) {
                String text = Counts.of(count, "connection") + " to " + model.find(ends.get(1)).map(Element::name).orElse("")
                        + blockedCount(count, blockedHere);
                double[] at = countPlace(g, scene, ends, text, path, aggregated.containsKey(List.of(ends.get(1), ends.get(0))), chips);
                painter.paintCount(g, text, at[0], at[1], theme.colour(blockedHere > 0 ? "-bh-danger" : "-bh-text"));
                chips.add(painter.countBox(g, text, at[0], at[1]));
            }
        });
        g.transform(1, 0, 0);
        return drawn;
    }

    /** What a chip counting {@code count} connections adds for {@code blocked} of them: nothing for none. */
    private static String blockedCount(int count, int blocked) {
        return blocked == 0 ? "" : count == 1 ? ", blocked" : blocked == count ? ", all blocked" : ", " + blocked + " blocked";
    }

    /**
     * A connection's line, {@code width} wide: solid in the line colour, or, {@code blocked}, dashed in the danger colour
     * as a default-deny policy leaves it (solid strokes again after it).
     */
    private void strokeRoute(DrawingSurface g, double[] route, double width, boolean blocked) {
        g.stroke(theme.colour(blocked ? "-bh-danger" : "-bh-connection"));
        g.lineWidth(width);
        if (blocked) {
            g.dashes(4 * width, 2.5 * width);
        }
        g.strokePolyline(route);
        if (blocked) {
            g.dashes(0, 0);
        }
    }

    /**
     * Where the chip counting the connections from {@code ends}' first box to its second goes: on their line half-way
     * when the line carries only these and the chip clears every box, else just under (or over) the box they come from,
     * then anywhere along the line; never over another chip, nor across a box's border (a chip on a border hides which box
     * it counts for). Placed under the box its connections went to, "172 connections" was read as that box's own count.
     */
    private double[] countPlace(DrawingSurface g, SceneLayout scene, List<ElementId> ends, String text, double[] path,
                                boolean bothWays, List<Geometry> chips) {
        Geometry from = scene.bounds(ends.get(0));
        Geometry probe = painter.countBox(g, text, 0, 0);
        double gap = probe.height() / 3;
        List<double[]> candidates = new ArrayList<>();
        if (!bothWays) {
            // Half-way along the line as drawn (a detour's middle segment), not along the straight line it replaced.
            int middle = (path.length / 2 - 1) / 2 * 2;
            candidates.add(new double[] {(path[middle] + path[middle + 2]) / 2, (path[middle + 1] + path[middle + 3]) / 2});
        }
        if (from != null) {
            candidates.add(new double[] {from.x() + probe.width() / 2, from.maxY() + gap + probe.height() / 2});
            candidates.add(new double[] {from.x() + probe.width() / 2, from.y() - gap - probe.height() / 2});
        }
        // Then anywhere along the line, at a quarter, half and three quarters of each of its segments.
        for (int i = 0; i + 3 < path.length; i += 2) {
            for (double t : new double[] {0.5, 0.25, 0.75}) {
                candidates.add(new double[] {path[i] + t * (path[i + 2] - path[i]), path[i + 1] + t * (path[i + 3] - path[i + 1])});
            }
        }
        double[] offTitles = null;
        for (double[] at : candidates) {
            Geometry chip = painter.countBox(g, text, at[0], at[1]);
            // Never over a title: "13 connections" on "ENVIRONMENT · dev" hides both.
            boolean clear = titlesNear(scene, chip, null, Set.of()).stream().noneMatch(chip::intersects)
                    && chips.stream().noneMatch(chip::intersects);
            if (clear && offTitles == null) {
                offTitles = at;
            }
            for (Element element : scene.elementsIn(chip)) {
                Geometry box = scene.bounds(element.id());
                // Inside an environment is fine; across its border or over any other box is not.
                boolean around = element instanceof dev.bulkhead.model.Environment && box != null && box.contains(chip);
                clear &= box == null || around || !box.intersects(chip);
            }
            if (clear) {
                return at;
            }
        }
        return offTitles != null ? offTitles : candidates.get(0);
    }

    /**
     * The connections of a summarised picture, each pair of boxes once whichever way they go: a straight line from
     * border to border, as thick on paper as a tag's outline (the usual width would print as a hairline at this scale),
     * with an arrowhead at each end connections go to. Two lines drawn over each other, one each way, met in a diamond
     * of arrowheads between boxes close together: a line too short for its heads has none, and {@code headless} gets
     * both its directions, whose chips then say which way they go. A line every connection of which, either way, is
     * {@code blocked} is drawn as blocked; one that also carries a working flow stays solid, its chips counting the
     * blocked ones. Returns how many lines.
     */
    private int aggregatedLines(DrawingSurface g, SceneLayout scene, Map<List<ElementId>, Integer> aggregated,
                                Map<List<ElementId>, Integer> blocked, Geometry visible, Set<ElementId> include,
                                Map<List<ElementId>, double[]> paths, Set<List<ElementId>> headless) {
        int drawn = 0;
        double width = Math.max(1.4, painter.tagLineWidth());
        double headLength = 9 * width / 1.4;
        Colour line = theme.colour("-bh-connection");
        for (List<ElementId> ends : aggregated.keySet()) {
            List<ElementId> back = List.of(ends.get(1), ends.get(0));
            double[] drawnBack = paths.get(back);
            if (drawnBack != null) {
                paths.put(ends, reversed(drawnBack));
                continue;
            }
            Geometry from = scene.bounds(ends.get(0));
            Geometry to = scene.bounds(ends.get(1));
            double[] p = from == null || to == null ? null : borderToBorder(from, to);
            if (p == null || !routeNear(p, visible, 0)) {
                continue;
            }
            // Straight unless that crosses another box or a title (its own environment's too): then round it (see DetourRouter).
            List<Geometry> obstacles = new ArrayList<>(scene.boxesBetween(ends.get(0), ends.get(1), include));
            obstacles.addAll(titlesNear(scene, from.union(to), include, Set.copyOf(ends)));
            p = DetourRouter.clear(p, from, to, obstacles);
            paths.put(ends, p);
            int n = p.length;
            boolean allBlocked = blocked.getOrDefault(ends, 0) + blocked.getOrDefault(back, 0)
                    == aggregated.get(ends) + aggregated.getOrDefault(back, 0);
            strokeRoute(g, p, width, allBlocked);
            boolean bothWays = aggregated.containsKey(back);
            if (length(p) < (bothWays ? 3 : 1.5) * headLength) {
                headless.add(ends);
                headless.add(back);
            } else {
                g.fill(allBlocked ? theme.colour("-bh-danger") : line);
                arrowHead(g, p[n - 4], p[n - 3], p[n - 2], p[n - 1], headLength);
                if (bothWays) {
                    arrowHead(g, p[2], p[3], p[0], p[1], headLength);
                }
            }
            drawn++;
        }
        return drawn;
    }

    private static void arrowHead(DrawingSurface g, double x1, double y1, double x2, double y2, double length) {
        double[] head = arrowHead(x1, y1, x2, y2, length);
        g.fillPolygon(new double[] {head[0], head[2], head[4]}, new double[] {head[1], head[3], head[5]}, 3);
    }

    /** The length of a polyline given as x,y pairs. */
    private static double length(double[] p) {
        double sum = 0;
        for (int i = 0; i + 3 < p.length; i += 2) {
            sum += Math.hypot(p[i + 2] - p[i], p[i + 3] - p[i + 1]);
        }
        return sum;
    }

    /** A polyline's points in the other order. */
    private static double[] reversed(double[] p) {
        double[] r = new double[p.length];
        for (int i = 0; i < p.length; i += 2) {
            r[p.length - 2 - i] = p[i];
            r[p.length - 1 - i] = p[i + 1];
        }
        return r;
    }

    /**
     * The part of the line between two boxes' centres that lies outside both, or null when they overlap (one holds
     * the other, say) and no such part exists.
     */
    static double[] borderToBorder(Geometry from, Geometry to) {
        double x1 = from.x() + from.width() / 2;
        double y1 = from.y() + from.height() / 2;
        double x2 = to.x() + to.width() / 2;
        double y2 = to.y() + to.height() / 2;
        double[] out = SegmentClip.entryAndExit(from.x(), from.y(), from.maxX(), from.maxY(), x1, y1, x2, y2);
        double[] in = SegmentClip.entryAndExit(to.x(), to.y(), to.maxX(), to.maxY(), x1, y1, x2, y2);
        if (out == null || in == null || out[1] >= in[0]) {
            return null;
        }
        return new double[] {x1 + out[1] * (x2 - x1), y1 + out[1] * (y2 - y1), x1 + in[0] * (x2 - x1), y1 + in[0] * (y2 - y1)};
    }

    /**
     * The title areas ({@link DiagramPainter#titleArea}) of the environments and clusters drawn near an area, except
     * those of the given elements (a line's own ends, whose titles are inside the boxes it starts and ends at): no-go
     * areas for lines and chips, even those of the containers a line leaves (its own environment's header).
     */
    static List<Geometry> titlesNear(SceneLayout scene, Geometry area, Set<ElementId> include, Set<ElementId> except) {
        List<Geometry> titles = new ArrayList<>();
        for (Element element : scene.elementsIn(area)) {
            if ((include == null || include.contains(element.id())) && !except.contains(element.id())) {
                Geometry title = DiagramPainter.titleArea(element, scene.bounds(element.id()));
                if (title != null) {
                    titles.add(title);
                }
            }
        }
        return titles;
    }

    /** The box around a route's points (at least one unit each way), or null for no route. */
    public static Geometry routeBox(double[] route) {
        if (route == null || route.length < 2) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < route.length; i += 2) {
            minX = Math.min(minX, route[i]);
            maxX = Math.max(maxX, route[i]);
            minY = Math.min(minY, route[i + 1]);
            maxY = Math.max(maxY, route[i + 1]);
        }
        return new Geometry(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
    }

    /** The summarised cluster an element is inside (at any depth), or null. */
    static ElementId summarisedAncestor(Model model, ElementId id, Set<ElementId> summaries) {
        if (summaries.isEmpty()) {
            return null;
        }
        for (Element e = model.find(id).orElse(null); e != null && e.parentId() != null; e = model.find(e.parentId()).orElse(null)) {
            if (summaries.contains(e.parentId())) {
                return e.parentId();
            }
        }
        return null;
    }

    /** The cluster an element is inside (at any depth), if any. */
    private static java.util.Optional<ElementId> clusterOf(Model model, Element element) {
        for (Element e = element; e.parentId() != null; ) {
            Element parent = model.find(e.parentId()).orElse(null);
            if (parent == null) {
                return java.util.Optional.empty();
            }
            if (parent instanceof dev.bulkhead.model.Cluster) {
                return java.util.Optional.of(parent.id());
            }
            e = parent;
        }
        return java.util.Optional.empty();
    }

    private void grid(DrawingSurface g, Geometry visible) {
        g.fill(theme.colour("-bh-grid"));
        double startX = Math.floor(visible.x() / GRID_STEP) * GRID_STEP;
        double startY = Math.floor(visible.y() / GRID_STEP) * GRID_STEP;
        for (double x = startX; x < visible.maxX(); x += GRID_STEP) {
            for (double y = startY; y < visible.maxY(); y += GRID_STEP) {
                g.fillRect(x - 1, y - 1, 2, 2);
            }
        }
    }

    /**
     * How much to draw at a zoom: 2 everything, 1 titles only, 0 shapes only. Below about 70% the small print
     * is under 8 px and below about 35% titles are too; leaving them out keeps large diagrams fluid.
     */
    public static int detail(double scale) {
        return scale >= 0.7 ? 2 : scale >= 0.35 ? 1 : 0;
    }

    /** Whether a route's box comes within {@code margin} of an area (false for no route). */
    static boolean routeNear(double[] route, Geometry area, double margin) {
        if (route == null) {
            return false;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < route.length; i += 2) {
            minX = Math.min(minX, route[i]);
            maxX = Math.max(maxX, route[i]);
            minY = Math.min(minY, route[i + 1]);
            maxY = Math.max(maxY, route[i + 1]);
        }
        // The arrow head stands up to its length off the line's end.
        double slack = margin + 10;
        return maxX + slack >= area.x() && minX - slack <= area.maxX() && maxY + slack >= area.y() && minY - slack <= area.maxY();
    }

    /**
     * A connection label (a port, or a hub's count) placed along a route clear of what is drawn and labelled, and of
     * the other lines' {@code crossings} where it can.
     */
    private void label(DrawingSurface g, SceneLayout scene, double[] p, String label, boolean blocked, PlacedLabels placed,
                       LabelPlacement.Crossings crossings) {
        double width = Math.ceil(g.textWidth(label, LABEL)) + 14;
        Geometry box = LabelPlacement.place(p, width, LABEL_HEIGHT, scene::labelObstaclesNear, area -> {
            List<Geometry> taken = new ArrayList<>();
            placed.near(area, taken);
            return taken;
        }, crossings);
        placed.add(box);
        g.fill(theme.colour("-bh-surface"));
        g.fillRoundRect(box.x(), box.y(), width, LABEL_HEIGHT, 6);
        g.stroke(theme.colour(blocked ? "-bh-danger" : "-bh-border"));
        g.lineWidth(1);
        g.strokeRoundRect(box.x(), box.y(), width, LABEL_HEIGHT, 6);
        g.fill(theme.colour(blocked ? "-bh-danger" : "-bh-text"));
        g.text(label, LABEL, box.x() + box.width() / 2, box.y() + box.height() / 2, Align.CENTER, 0);
    }

    /**
     * The connection labels placed so far, indexed by the cell of their top-left corner: only labels near a
     * candidate can overlap it, and scanning all of them made a large diagram quadratic.
     */
    private static final class PlacedLabels {
        private static final double CELL = 256;
        private final java.util.Map<Long, List<Geometry>> cells = new java.util.HashMap<>();
        private double widest;
        private double tallest;

        void add(Geometry box) {
            cells.computeIfAbsent(key(Math.floor(box.x() / CELL), Math.floor(box.y() / CELL)), k -> new ArrayList<>(4)).add(box);
            widest = Math.max(widest, box.width());
            tallest = Math.max(tallest, box.height());
        }

        /** Adds the placed labels that intersect an area, each once. */
        void near(Geometry area, List<Geometry> into) {
            long x0 = (long) Math.floor((area.x() - widest) / CELL);
            long x1 = (long) Math.floor(area.maxX() / CELL);
            long y0 = (long) Math.floor((area.y() - tallest) / CELL);
            long y1 = (long) Math.floor(area.maxY() / CELL);
            for (long cx = x0; cx <= x1; cx++) {
                for (long cy = y0; cy <= y1; cy++) {
                    List<Geometry> boxes = cells.get(key(cx, cy));
                    if (boxes != null) {
                        for (Geometry box : boxes) {
                            if (box.intersects(area)) {
                                into.add(box);
                            }
                        }
                    }
                }
            }
        }

        private static long key(double cx, double cy) {
            return SceneLayout.key((long) cx, (long) cy);
        }
    }

    /** The arrow head at the end of a line from (x1, y1) to (x2, y2): its three corners as x,y pairs. */
    private static double[] arrowHead(double x1, double y1, double x2, double y2) {
        return arrowHead(x1, y1, x2, y2, 9);
    }

    private static double[] arrowHead(double x1, double y1, double x2, double y2, double length) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        return new double[] {x2, y2, x2 - length * Math.cos(angle - 0.4), y2 - length * Math.sin(angle - 0.4),
                x2 - length * Math.cos(angle + 0.4), y2 - length * Math.sin(angle + 0.4)};
    }
}
