package dev.bulkhead.diagram;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where everything is drawn for one model snapshot: absolute bounds of every visible element (layout is
 * stored relative to the container), drawing order (containers before their contents), connection routes,
 * and a spatial grid so that drawing and hit-testing only look at what is near. Built once per snapshot;
 * a connection is routed only when first drawn or hit-tested, since every route lies within the box around
 * its two ends (which is what the grid indexes). Used on the FX thread only.
 */
public final class SceneLayout {
    private static final double CELL = 256;
    private static final double[] NO_ROUTE = new double[0];

    private final Model model;
    private final Map<ElementId, Geometry> bounds = new HashMap<>();
    /** The visible elements by id: looking them up in the model (a sorted map) dominated routing large models. */
    private final Map<ElementId, Element> visible = new HashMap<>();
    /** What a route or label may not cross of each visible element (see {@link #obstaclesNear}), computed once. */
    private final Map<ElementId, Geometry> solids = new HashMap<>();
    private final Set<ElementId> wholes = new HashSet<>();
    private final Map<ElementId, Integer> depth = new HashMap<>();
    private final Map<ElementId, Integer> drawIndex = new HashMap<>();
    private final List<Element> drawOrder = new ArrayList<>();
    private final Map<Long, List<ElementId>> grid = new HashMap<>();
    /** Routes computed so far; {@link #NO_ROUTE} for a connection with an end that is not drawn. */
    private final Map<ElementId, double[]> routes = new HashMap<>();
    private final Set<ElementId> routable = new HashSet<>();
    private final Map<Long, List<ElementId>> routeGrid = new HashMap<>();
    private Geometry content;

    private SceneLayout(Model model) {
        this.model = model;
    }

    /** Lays out a snapshot. Unplaced elements are not drawn (the document places them when they appear). */
    public static SceneLayout of(Model model) {
        SceneLayout layout = new SceneLayout(model);
        List<Element> roots = new ArrayList<>(model.all(Environment.class).stream()
                .sorted(Environment.STAGE_ORDER).toList());
        roots.addAll(model.all(ExternalEndpoint.class));
        for (Element root : roots) {
            layout.place(root, 0, 0, 0);
        }
        for (Connection connection : model.all(Connection.class)) {
            layout.indexConnection(connection);
        }
        return layout;
    }

    private void place(Element element, double originX, double originY, int level) {
        ElementLayout entry = model.layoutOf(element.id()).orElse(null);
        if (entry == null) {
            return;
        }
        Geometry relative = entry.geometry();
        double height = entry.collapsed() ? ElementSizes.collapsedHeight(element.kind()) : relative.height();
        Geometry absolute = new Geometry(originX + relative.x(), originY + relative.y(), relative.width(), height);
        bounds.put(element.id(), absolute);
        visible.put(element.id(), element);
        boolean whole = !ElementSizes.isContainer(element.kind()) || element.kind() == ElementKind.TENANT;
        if (whole) {
            wholes.add(element.id());
        }
        solids.put(element.id(), whole ? absolute : new Geometry(absolute.x(), absolute.y(), absolute.width(),
                Math.min(absolute.height(), ElementSizes.header(element.kind()))));
        depth.put(element.id(), level);
        drawIndex.put(element.id(), drawOrder.size());
        drawOrder.add(element);
        index(grid, element.id(), absolute.x(), absolute.y(), absolute.maxX(), absolute.maxY());
        content = content == null ? absolute : content.union(absolute);
        if (!entry.collapsed()) {
            for (Element child : model.children(element.id())) {
                place(child, absolute.x(), absolute.y(), level + 1);
            }
        }
    }

    /** Indexes a connection by the box around its ends, where its route will lie whatever shape it takes. */
    private void indexConnection(Connection connection) {
        Geometry from = visibleBoundsOf(connection.from());
        Geometry to = visibleBoundsOf(connection.to());
        if (from == null || to == null || from.equals(to)) {
            return;
        }
        routable.add(connection.id());
        Geometry around = from.union(to);
        index(routeGrid, connection.id(), around.x(), around.y(), around.maxX(), around.maxY());
    }

    private double[] computeRoute(ElementId id) {
        if (!routable.contains(id) || !(model.find(id).orElse(null) instanceof Connection connection)) {
            return NO_ROUTE;
        }
        return ConnectionRouter.route(visibleBoundsOf(connection.from()), visibleBoundsOf(connection.to()), this::obstaclesNear,
                owners(connection));
    }

    /** Elements a connection's line may cross without counting: its ends and everything around them. */
    private Set<ElementId> owners(Connection connection) {
        Set<ElementId> owners = new HashSet<>();
        for (ElementId end : List.of(connection.from(), connection.to())) {
            for (Element e = model.find(end).orElse(null); e != null;
                 e = e.parentId() == null ? null : model.find(e.parentId()).orElse(null)) {
                owners.add(e.id());
            }
        }
        return owners;
    }

    /**
     * What a route or a label should not cross near a rectangle: leaf shapes and tenants (drawn opaque) whole,
     * and the title band of environments and clusters, whose text a line would strike through.
     */
    private List<Geometry> obstaclesNear(Geometry area, Set<ElementId> except) {
        List<Geometry> found = new ArrayList<>();
        for (ElementId id : idsIn(grid, area)) {
            // A connection's own ends (and the tenant an agent end sits in) may be crossed; the title bands of the
            // environments and clusters it runs through may not, their text would be struck through.
            if (except.contains(id) && wholes.contains(id)) {
                continue;
            }
            Geometry solid = solids.get(id);
            if (solid.intersects(area)) {
                found.add(solid);
            }
        }
        return found;
    }

    /** What a connection's label should not cover near a rectangle: every shape and title band there. */
    public List<Geometry> labelObstaclesNear(Geometry area) {
        return obstaclesNear(area, Set.of());
    }

    /** The drawn bounds of an element, or of its nearest visible container when it is collapsed away. */
    public Geometry visibleBoundsOf(ElementId id) {
        for (Element e = model.find(id).orElse(null); e != null;
             e = e.parentId() == null ? null : model.find(e.parentId()).orElse(null)) {
            Geometry box = bounds.get(e.id());
            if (box != null) {
                return box;
            }
        }
        return null;
    }

    public Model model() {
        return model;
    }

    /** The drawn bounds of a visible element, or null. */
    public Geometry bounds(ElementId id) {
        return bounds.get(id);
    }

    /** Nesting depth: 0 for environments and external endpoints. */
    public int depth(ElementId id) {
        return depth.getOrDefault(id, 0);
    }

    /** Every visible element, containers before what they contain. */
    public List<Element> drawOrder() {
        return drawOrder;
    }

    /**
     * Routes the given connections on every core (an export draws them all at once; the canvas routes lazily what
     * it shows). Routing reads only what the layout fixed when it was built.
     */
    public void routeAll(Collection<ElementId> connections) {
        Map<ElementId, double[]> computed = new java.util.concurrent.ConcurrentHashMap<>();
        connections.parallelStream().filter(id -> !routes.containsKey(id)).forEach(id -> computed.put(id, computeRoute(id)));
        routes.putAll(computed);
    }

    /** The route of a connection as x,y pairs, or null when an end is not drawn. */
    public double[] route(ElementId connection) {
        double[] route = routes.computeIfAbsent(connection, this::computeRoute);
        return route == NO_ROUTE ? null : route;
    }

    /** The rectangle around everything drawn, or null for an empty canvas. */
    public Geometry contentBounds() {
        return content;
    }

    /** Visible elements overlapping a canvas rectangle, in drawing order. */
    public List<Element> elementsIn(Geometry area) {
        List<ElementId> ids = new ArrayList<>(idsIn(grid, area));
        ids.removeIf(id -> !bounds.get(id).intersects(area));
        ids.sort(Comparator.comparingInt(drawIndex::get));
        List<Element> elements = new ArrayList<>(ids.size());
        ids.forEach(id -> elements.add(visible.get(id)));
        return elements;
    }

    /** Connections whose route may pass near a canvas rectangle (a superset: their ends' box overlaps it). */
    public Collection<ElementId> connectionsIn(Geometry area) {
        return idsIn(routeGrid, area);
    }

    /** The innermost visible element at a canvas point, or null. */
    public Element elementAt(double x, double y) {
        Element best = null;
        int bestDepth = -1;
        for (ElementId id : grid.getOrDefault(cell(x, y), List.of())) {
            Geometry box = bounds.get(id);
            int level = depth.get(id);
            if (box.contains(x, y) && level > bestDepth) {
                best = visible.get(id);
                bestDepth = level;
            }
        }
        return best;
    }

    /** The innermost visible container of a kind at a point (for drops), or null. */
    public Element containerAt(double x, double y, ElementKind kind, Set<ElementId> ignore) {
        Element best = null;
        int bestDepth = -1;
        for (ElementId id : grid.getOrDefault(cell(x, y), List.of())) {
            Element element = visible.get(id);
            if (element.kind() == kind && !ignore.contains(id) && bounds.get(id).contains(x, y) && depth.get(id) > bestDepth) {
                best = element;
                bestDepth = depth.get(id);
            }
        }
        return best;
    }

    /** The connection whose route passes within {@code tolerance} of a point, or null. */
    public ElementId connectionAt(double x, double y, double tolerance) {
        ElementId best = null;
        double bestDistance = tolerance;
        for (ElementId id : routeGrid.getOrDefault(cell(x, y), List.of())) {
            double[] p = route(id);
            if (p == null) {
                continue;
            }
            for (int i = 0; i + 3 < p.length; i += 2) {
                double distance = distanceToSegment(x, y, p[i], p[i + 1], p[i + 2], p[i + 3]);
                if (distance <= bestDistance) {
                    best = id;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Visible elements lying wholly inside a rectangle (rubber-band selection), outermost only. */
    public List<ElementId> enclosedBy(Geometry area) {
        List<ElementId> inside = new ArrayList<>();
        for (Element element : elementsIn(area)) {
            if (area.contains(bounds.get(element.id()))) {
                boolean parentInside = element.parentId() != null && inside.contains(element.parentId());
                if (!parentInside) {
                    inside.add(element.id());
                }
            }
        }
        return inside;
    }

    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
        double cx = x1 + t * dx;
        double cy = y1 + t * dy;
        return Math.hypot(px - cx, py - cy);
    }

    private static Set<ElementId> idsIn(Map<Long, List<ElementId>> grid, Geometry area) {
        Set<ElementId> ids = new HashSet<>();
        long x0 = (long) Math.floor(area.x() / CELL);
        long x1 = (long) Math.floor(area.maxX() / CELL);
        long y0 = (long) Math.floor(area.y() / CELL);
        long y1 = (long) Math.floor(area.maxY() / CELL);
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                List<ElementId> cellIds = grid.get(key(cx, cy));
                if (cellIds != null) {
                    ids.addAll(cellIds);
                }
            }
        }
        return ids;
    }

    private static void index(Map<Long, List<ElementId>> grid, ElementId id, double minX, double minY, double maxX, double maxY) {
        for (long cx = (long) Math.floor(minX / CELL); cx <= (long) Math.floor(maxX / CELL); cx++) {
            for (long cy = (long) Math.floor(minY / CELL); cy <= (long) Math.floor(maxY / CELL); cy++) {
                grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(8)).add(id);
            }
        }
    }

    private static long cell(double x, double y) {
        return key((long) Math.floor(x / CELL), (long) Math.floor(y / CELL));
    }

    /**
     * A cell's key: the column in the high half, the row scrambled (an odd multiplier is a one-to-one map of 32-bit
     * values) in the low half. {@code Long.hashCode} folds the halves together, so plain rows made every diagonal
     * of cells collide in one hash bucket.
     */
    static long key(long cx, long cy) {
        return (cx << 32) ^ ((cy * 0x9E3779B9L) & 0xffffffffL);
    }
}
