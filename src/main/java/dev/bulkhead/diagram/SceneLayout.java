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
 * its two ends (which is what the grid indexes). Used on the FX thread only, but for the route clearance that
 * {@link #clearRoutesOn} works out on another thread, which only reads the layout.
 */
public final class SceneLayout {
    private static final double CELL = 256;
    /**
     * The cells of the connection index: coarse, because a connection is indexed by the box around its two ends,
     * which for a long one covers thousands of fine cells (indexing 10,000 connections at 256 units took seconds).
     */
    private static final double ROUTE_CELL = 2048;
    private static final ConnectionRouter.Routed NO_ROUTE = new ConnectionRouter.Routed(new double[0], 0);
    /**
     * A layout change that moves more than one in this many drawn elements is laid out from scratch: re-placing and
     * re-linking an element costs more than placing it afresh, and the two meet at a little under half the model
     * (10,000 elements, CPU time: an environment, 33%, 31 ms updated and 43 ms laid out again; two environments, 67%,
     * 69 ms and 47 ms; {@code MoveThresholdBenchmark}, BENCHMARKS.md).
     */
    private static final int MOST_REPLACED = 2;
    /**
     * A model with this many connections or fewer has its routes cleared at once by {@link #clearRoutesOn}: a few
     * milliseconds, and its first frame is then the final one (workshop-starter, 4 connections).
     */
    private static final int CLEARED_AT_ONCE = 12;

    /**
     * A visible element with everything drawing and routing ask of it, in one object: the grid holds these, so
     * that a look-up near a route reads them without a map look-up per element (which dominated routing).
     *
     * @param solid what a route or label may not cross of it (see {@link #obstaclesNear})
     * @param whole whether all of it is solid (leaves and tenants), or only its title band
     * @param firstColumn the grid column (and {@code firstRow} the row) of its top left corner, worked out once: every
     *                    walk of an area asks for them, for every element in every cell
     */
    private record Placed(Element element, Geometry bounds, Geometry solid, boolean whole, int depth, int drawIndex,
                          long firstColumn, long firstRow) {
        Placed(Element element, Geometry bounds, Geometry solid, boolean whole, int depth, int drawIndex) {
            this(element, bounds, solid, whole, depth, drawIndex, (long) Math.floor(bounds.x() / CELL),
                    (long) Math.floor(bounds.y() / CELL));
        }
    }

    /** A routable connection with its two ends' drawn bounds, fixed when the layout is built. */
    private record Link(Connection connection, Geometry from, Geometry to, Geometry reach) {
        Link(Connection connection, Geometry from, Geometry to) {
            this(connection, from, to, ConnectionRouter.reach(from, to));
        }
    }

    private final Model model;
    private final Map<ElementId, Placed> placed;
    private final List<Element> drawOrder;
    /** The entries of {@link #drawOrder}, by drawing index: what a fold over every drawn box reads without a look-up. */
    private final List<Placed> drawn;
    private final Map<Long, List<Placed>> grid;
    /** Routes computed so far (or kept from the previous snapshot); {@link #NO_ROUTE} for one with an end not drawn. */
    private final Map<ElementId, ConnectionRouter.Routed> routes;
    private final Map<ElementId, Link> links;
    /** {@link #links}' ids sorted, made on first use (see {@link #allLinksInOrder}); immutable, so safely shared. */
    private volatile List<ElementId> linksInOrder;
    private final Map<Long, List<ElementId>> routeGrid;
    private Geometry content;
    /**
     * The grid cells (lists) this layout may change: those it made itself. Null for a layout built from scratch, which
     * made them all; an updated copy shares the previous layout's cells and copies one before changing it.
     */
    private final Set<List<?>> ownCells;
    /** What differs on screen from the layout this one was updated from (see {@link #afterLayoutChange}), or null. */
    private LayoutDamage damage;
    /**
     * The routes as drawn where they differ from the quick router's ({@link RouteClearance}), for {@link #clearedFor};
     * null until a route is first asked for.
     */
    private RouteClearance.Result cleared;
    /** The connections and scope {@link #cleared} was worked out for (null scope: the whole model). */
    private List<ElementId> clearedFor;
    private Set<ElementId> clearedScope;
    /** The detours the previous layout found, handed on so that a drop searches only for the routes it changed. */
    private RouteClearance.Found detoursBefore = RouteClearance.Found.NONE;
    /** Whether the clearance is being worked out on another thread ({@link #clearRoutesOn}): the quick routes meanwhile. */
    private volatile boolean clearingElsewhere;

    private SceneLayout(Model model) {
        this.model = model;
        this.placed = new HashMap<>();
        this.drawOrder = new ArrayList<>();
        this.drawn = new ArrayList<>();
        this.grid = new HashMap<>();
        this.routes = new HashMap<>();
        this.links = new HashMap<>();
        this.routeGrid = new HashMap<>();
        this.ownCells = null;
    }

    /**
     * A copy of {@code previous} for a snapshot with the same elements: the maps are copied, the grids' cells shared
     * until one changes (see {@link #cellForChange}), the drawing order shared (a layout change keeps it).
     */
    private SceneLayout(Model model, SceneLayout previous) {
        this.model = model;
        this.placed = new HashMap<>(previous.placed);
        this.drawOrder = previous.drawOrder;
        this.drawn = new ArrayList<>(previous.drawn);
        this.grid = new HashMap<>(previous.grid);
        this.routes = new HashMap<>(previous.routes);
        this.links = new HashMap<>(previous.links);
        this.routeGrid = new HashMap<>(previous.routeGrid);
        this.content = previous.content;
        this.ownCells = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        this.detoursBefore = previous.detoursFound();
    }

    /** A cell of a grid that this layout may change, made or copied first when it is not its own. */
    private <T> List<T> cellForChange(Map<Long, List<T>> cells, long key) {
        List<T> cell = cells.get(key);
        if (ownCells == null) {
            return cell != null ? cell : cells.computeIfAbsent(key, k -> new ArrayList<>(8));
        }
        if (cell == null || !ownCells.contains(cell)) {
            cell = cell == null ? new ArrayList<>(8) : new ArrayList<>(cell);
            ownCells.add(cell);
            cells.put(key, cell);
        }
        return cell;
    }

    /** Lays out a snapshot. Unplaced elements are not drawn (the document places them when they appear). */
    public static SceneLayout of(Model model) {
        return of(model, null);
    }

    /**
     * Lays out a snapshot that follows {@code previous} (after an edit): the routes of the previous layout that the
     * edit cannot have changed are kept instead of routed again (see {@link #keepRoutes}).
     */
    public static SceneLayout of(Model model, SceneLayout previous) {
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
        if (previous != null && previous != layout && !previous.routes.isEmpty()) {
            layout.keepRoutes(previous);
        }
        if (previous != null && previous != layout) {
            layout.detoursBefore = previous.detoursFound();
        }
        return layout;
    }

    /**
     * The layout of a snapshot that differs from {@code previous}'s only in where elements are (a drop, a nudge, a
     * resize, an arrangement): {@code changed} are the elements whose stored layout changed. Only the elements whose
     * drawn bounds changed are placed again (what a container holds only when the container's corner moved), only the
     * connections at their ends are indexed again, and only the routes that the move can have changed are dropped (see
     * {@link #keepRoutes}); everything else is the previous layout's. Equal to {@link #of(Model, SceneLayout)} for the
     * same snapshot, which it falls back to for any other edit (an element replaced, added, removed, collapsed or
     * expanded, or not drawn before) and when more than half the drawn elements moved. Its {@link #damage()}
     * says what moved on screen (null after a fallback).
     */
    public static SceneLayout afterLayoutChange(Model model, SceneLayout previous, Collection<ElementId> changed) {
        return afterLayoutChange(model, previous, changed, previous.placed.size() / MOST_REPLACED);
    }

    /** As {@link #afterLayoutChange}, laid out from scratch when more than {@code mostReplaced} elements moved on screen. */
    static SceneLayout afterLayoutChange(Model model, SceneLayout previous, Collection<ElementId> changed, int mostReplaced) {
        List<Placed> moved = new ArrayList<>();
        for (ElementId id : changed) {
            Placed before = previous.placed.get(id);
            Element now = model.find(id).orElse(null);
            ElementLayout layout = model.layoutOf(id).orElse(null);
            ElementLayout layoutBefore = previous.model.layoutOf(id).orElse(null);
            if (before == null || now == null || before.element() != now || layout == null || layoutBefore == null
                    || layout.collapsed() != layoutBefore.collapsed()) {
                return of(model, previous);
            }
            moved.add(before);
        }
        List<Placed[]> replaced = replacements(model, previous, moved);
        if (replaced.size() > mostReplaced) {
            return of(model, previous);
        }
        SceneLayout layout = new SceneLayout(model, previous);
        layout.move(replaced, previous);
        return layout;
    }

    /**
     * The elements a layout change moved or resized on screen, each as its entry before and after, containers before
     * their contents: the changed elements, and what is inside those whose top left corner moved (a container that
     * only grew, as one does around what is dropped into it, leaves its contents where they are).
     */
    private static List<Placed[]> replacements(Model model, SceneLayout previous, List<Placed> changed) {
        java.util.PriorityQueue<Placed> queue = new java.util.PriorityQueue<>(
                Comparator.comparingInt(Placed::depth).thenComparingInt(Placed::drawIndex));
        Set<ElementId> queued = new HashSet<>();
        for (Placed entry : changed) {
            if (queued.add(entry.element().id())) {
                queue.add(entry);
            }
        }
        Map<ElementId, Placed> after = new HashMap<>();
        List<Placed[]> replaced = new ArrayList<>();
        while (!queue.isEmpty()) {
            Placed before = queue.poll();
            Element element = before.element();
            ElementId parentId = element.parentId();
            Placed container = parentId == null ? null : after.getOrDefault(parentId, previous.placed.get(parentId));
            Placed now = placedAt(element, model.layoutOf(element.id()).orElseThrow(), container == null ? 0 : container.bounds().x(),
                    container == null ? 0 : container.bounds().y(), before.depth(), before.drawIndex());
            if (now.bounds().equals(before.bounds())) {
                continue; // the solid follows from the bounds
            }
            after.put(element.id(), now);
            replaced.add(new Placed[] {before, now});
            if (now.bounds().x() != before.bounds().x() || now.bounds().y() != before.bounds().y()) {
                for (Element child : model.children(element.id())) {
                    Placed drawn = previous.placed.get(child.id());
                    if (drawn != null && queued.add(child.id())) {
                        queue.add(drawn);
                    }
                }
            }
        }
        return replaced;
    }

    /** Puts the moved elements' new entries in place, then indexes their connections again and drops the routes they changed. */
    private void move(List<Placed[]> replaced, SceneLayout previous) {
        List<Geometry> solids = new ArrayList<>();
        List<Geometry> boxes = new ArrayList<>();
        for (Placed[] change : replaced) {
            Placed before = change[0];
            Placed now = change[1];
            reindex(before, now);
            placed.put(now.element().id(), now);
            drawn.set(now.drawIndex(), now);
            if (!now.solid().equals(before.solid())) {
                // A container that only grew keeps its title band: no route can have looked at anything else of it.
                solids.add(before.solid());
                solids.add(now.solid());
            }
            boxes.add(before.bounds());
            boxes.add(now.bounds());
        }
        if (boxes.isEmpty()) {
            damage = new LayoutDamage(List.of(), Map.of());
            return;
        }
        // The rectangle around everything, folded in drawing order as a fresh layout folds it (a union rounds), with
        // Geometry.union's arithmetic on four numbers: a rectangle made and range-checked per element of 10,000 was a
        // twentieth of a drop's frame.
        double left = 0;
        double top = 0;
        double width = 0;
        double height = 0;
        boolean first = true;
        for (Placed entry : drawn) {
            Geometry box = entry.bounds();
            if (first) {
                left = box.x();
                top = box.y();
                width = box.width();
                height = box.height();
                first = false;
            } else {
                double newLeft = Math.min(left, box.x());
                double newTop = Math.min(top, box.y());
                width = Math.max(left + width, box.maxX()) - newLeft;
                height = Math.max(top + height, box.maxY()) - newTop;
                left = newLeft;
                top = newTop;
            }
        }
        content = first ? null : new Geometry(left, top, width, height);
        Set<ElementId> dropped = new HashSet<>();
        relink(replaced, dropped);
        dropDamagedRoutes(solids, dropped);
        Map<ElementId, double[]> before = new HashMap<>();
        for (ElementId id : dropped) {
            before.put(id, previous.drawnRoute(id));
        }
        // Routes that the clearance changes beyond these (a detour's budget shared, a line moved off another) are known
        // once it is worked out (see clearRoutesOn): the canvas redraws then.
        damage = new LayoutDamage(List.copyOf(boxes), before);
    }

    /**
     * Puts an element's new entry in the grid cells in place of its old one: in the cells both cover it takes the old
     * one's place (its drawing order is the same), from the others it is taken out or put in, in drawing order as a
     * fresh layout puts it (hit tests take the first of equally deep elements, routing meets obstacles in that order).
     * A container that grew covers thousands of cells: each is looked through once, by identity.
     */
    private void reindex(Placed before, Placed now) {
        Geometry old = before.bounds();
        Geometry box = now.bounds();
        long x0 = Math.min(cellOf(old.x()), cellOf(box.x()));
        long x1 = Math.max(cellOf(old.maxX()), cellOf(box.maxX()));
        long y0 = Math.min(cellOf(old.y()), cellOf(box.y()));
        long y1 = Math.max(cellOf(old.maxY()), cellOf(box.maxY()));
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                boolean wasIn = covers(old, cx, cy);
                boolean isIn = covers(box, cx, cy);
                if (!wasIn && !isIn) {
                    continue;
                }
                List<Placed> cell = cellForChange(grid, key(cx, cy));
                int at = wasIn ? indexOf(cell, before) : -1;
                if (wasIn && isIn) {
                    cell.set(at, now);
                } else if (wasIn) {
                    cell.remove(at);
                } else {
                    int insert = 0;
                    while (insert < cell.size() && cell.get(insert).drawIndex() < now.drawIndex()) {
                        insert++;
                    }
                    cell.add(insert, now);
                }
            }
        }
    }

    private static long cellOf(double coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }

    /** Whether a box lies in a grid cell, as {@link #index} puts it there. */
    private static boolean covers(Geometry box, long cx, long cy) {
        return cx >= cellOf(box.x()) && cx <= cellOf(box.maxX()) && cy >= cellOf(box.y()) && cy <= cellOf(box.maxY());
    }

    /** Where an entry is in a cell, by identity: records compare field by field, elements and all. */
    private static int indexOf(List<Placed> cell, Placed entry) {
        for (int i = 0; i < cell.size(); i++) {
            if (cell.get(i) == entry) {
                return i;
            }
        }
        throw new IllegalStateException("grid cell without " + entry.element().id().value());
    }

    /**
     * Indexes again every connection whose ends' drawn bounds changed, dropping its route: the connections of the
     * moved elements, and of what is hidden inside them (an end inside a collapsed box is drawn at that box).
     */
    private void relink(List<Placed[]> replaced, Set<ElementId> dropped) {
        Set<ElementId> looked = new HashSet<>();
        for (Placed[] change : replaced) {
            relinkAround(change[1].element(), looked, dropped);
        }
    }

    /** Indexes again the connections of an element and of the elements not drawn inside it. */
    private void relinkAround(Element element, Set<ElementId> looked, Set<ElementId> dropped) {
        for (Connection connection : model.connectionsOf(element.id())) {
            if (looked.add(connection.id())) {
                relink(connection, dropped);
            }
        }
        for (Element child : model.children(element.id())) {
            if (!placed.containsKey(child.id())) {
                relinkAround(child, looked, dropped);
            }
        }
    }

    private void relink(Connection connection, Set<ElementId> dropped) {
        Link old = links.get(connection.id());
        Link now = linkOf(connection);
        boolean same = old == null ? now == null : now != null && old.from().equals(now.from()) && old.to().equals(now.to());
        if (same) {
            return;
        }
        // Only the cells one reach covers and the other does not change: a connection's cells hold its id, not its ends.
        if (old != null) {
            indexLink(old, false, now == null ? null : now.reach());
            links.remove(connection.id());
        }
        if (now != null) {
            links.put(connection.id(), now);
            indexLink(now, true, old == null ? null : old.reach());
        }
        routes.remove(connection.id());
        dropped.add(connection.id());
    }

    /**
     * Drops the routes that looked for obstacles where a solid moved: only connections whose reach meets a moved
     * solid can have (a route stays within its reach), and of those only the ones whose tried candidates cross one.
     */
    private void dropDamagedRoutes(List<Geometry> solids, Set<ElementId> dropped) {
        DamageGrid damageGrid = new DamageGrid(solids);
        // The connection index's cells the moved solids cover, each once: 200 moved tenants share a few cells, and
        // looking the connections up per solid hashed millions of ids (4 s for a drop at 100%).
        Set<Long> cells = new HashSet<>();
        for (Geometry solid : solids) {
            for (long cx = (long) Math.floor(solid.x() / ROUTE_CELL); cx <= (long) Math.floor(solid.maxX() / ROUTE_CELL); cx++) {
                for (long cy = (long) Math.floor(solid.y() / ROUTE_CELL); cy <= (long) Math.floor(solid.maxY() / ROUTE_CELL); cy++) {
                    cells.add(key(cx, cy));
                }
            }
        }
        // The index holds each connection's own id object: an identity set finds the ones seen without hashing.
        Set<ElementId> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (long cell : cells) {
            for (ElementId id : routeGrid.getOrDefault(cell, List.of())) {
                if (!seen.add(id)) {
                    continue;
                }
                ConnectionRouter.Routed route = routes.get(id);
                if (route != null && route != NO_ROUTE && probesDamage(links.get(id), route, damageGrid)) {
                    routes.remove(id);
                    dropped.add(id);
                }
            }
        }
    }

    /**
     * What the edit this layout was updated for changed on screen ({@link #afterLayoutChange}), or null for a layout
     * built from scratch: a repaint limited to these areas shows what a full one would.
     */
    public LayoutDamage damage() {
        return damage;
    }

    private void place(Element element, double originX, double originY, int level) {
        ElementLayout entry = model.layoutOf(element.id()).orElse(null);
        if (entry == null) {
            return;
        }
        Placed placedEntry = placedAt(element, entry, originX, originY, level, drawOrder.size());
        Geometry absolute = placedEntry.bounds();
        placed.put(element.id(), placedEntry);
        drawOrder.add(element);
        drawn.add(placedEntry);
        index(grid, placedEntry, absolute.x(), absolute.y(), absolute.maxX(), absolute.maxY());
        content = content == null ? absolute : content.union(absolute);
        if (!entry.collapsed()) {
            for (Element child : model.children(element.id())) {
                place(child, absolute.x(), absolute.y(), level + 1);
            }
        }
    }

    /** Where an element with a stored layout is drawn inside a container whose top left corner is at an origin. */
    private static Placed placedAt(Element element, ElementLayout entry, double originX, double originY, int level, int drawIndex) {
        Geometry relative = entry.geometry();
        double height = entry.collapsed() ? ElementSizes.collapsedHeight(element.kind()) : relative.height();
        Geometry absolute = new Geometry(originX + relative.x(), originY + relative.y(), relative.width(), height);
        boolean whole = !ElementSizes.isContainer(element.kind()) || element.kind() == ElementKind.TENANT;
        Geometry solid = whole ? absolute : new Geometry(absolute.x(), absolute.y(), absolute.width(),
                Math.min(absolute.height(), ElementSizes.header(element.kind())));
        return new Placed(element, absolute, solid, whole, level, drawIndex);
    }

    /** Indexes a connection by the box around its ends, where its route will lie whatever shape it takes. */
    private void indexConnection(Connection connection) {
        Link link = linkOf(connection);
        if (link != null) {
            links.put(connection.id(), link);
            indexLink(link, true);
        }
    }

    /** A connection with its ends' drawn bounds, or null when it is not drawn (an end hidden, or both in one box). */
    private Link linkOf(Connection connection) {
        Geometry from = visibleBoundsOf(connection.from());
        Geometry to = visibleBoundsOf(connection.to());
        return from == null || to == null || from.equals(to) ? null : new Link(connection, from, to);
    }

    /** Adds a link to (or takes it out of) the cells of the connection index its reach covers. */
    private void indexLink(Link link, boolean add) {
        indexLink(link, add, null);
    }

    /** Adds a link to (or takes it out of) the cells of the connection index its reach covers but {@code skip} does not. */
    private void indexLink(Link link, boolean add, Geometry skip) {
        Geometry reach = link.reach();
        for (long cx = (long) Math.floor(reach.x() / ROUTE_CELL); cx <= (long) Math.floor(reach.maxX() / ROUTE_CELL); cx++) {
            for (long cy = (long) Math.floor(reach.y() / ROUTE_CELL); cy <= (long) Math.floor(reach.maxY() / ROUTE_CELL); cy++) {
                if (skip != null && cx >= Math.floor(skip.x() / ROUTE_CELL) && cx <= Math.floor(skip.maxX() / ROUTE_CELL)
                        && cy >= Math.floor(skip.y() / ROUTE_CELL) && cy <= Math.floor(skip.maxY() / ROUTE_CELL)) {
                    continue;
                }
                List<ElementId> cell = cellForChange(routeGrid, key(cx, cy));
                ElementId id = link.connection().id();
                if (ownCells == null) {
                    cell.add(id); // built from scratch: connections come in id order
                } else {
                    // In id order as a fresh layout has them: hit tests on lines meet them in the same order.
                    int at = java.util.Collections.binarySearch(cell, id);
                    if (add && at < 0) {
                        cell.add(-at - 1, id);
                    } else if (!add && at >= 0) {
                        cell.remove(at);
                    }
                }
            }
        }
    }

    private ConnectionRouter.Routed computeRoute(ElementId id) {
        Link link = links.get(id);
        if (link == null) {
            return NO_ROUTE;
        }
        return ConnectionRouter.routed(link.from(), link.to(), this::obstaclesNear, owners(link.connection()));
    }

    /** Elements a connection's line may cross without counting: its ends and everything around them. */
    private Set<ElementId> owners(Connection connection) {
        Set<ElementId> owners = new HashSet<>();
        for (ElementId end : List.of(connection.from(), connection.to())) {
            for (Element e = element(end); e != null; e = e.parentId() == null ? null : element(e.parentId())) {
                owners.add(e.id());
            }
        }
        return owners;
    }

    /** An element of the snapshot, looked up among the visible ones first (a hash look-up, not the model's sorted map). */
    private Element element(ElementId id) {
        Placed entry = placed.get(id);
        return entry != null ? entry.element() : model.find(id).orElse(null);
    }

    /**
     * Keeps the routes of the previous layout that this snapshot would route the same way, so that an edit re-routes
     * only what it touched (a drop after dragging 200 tenants, not 10,000 connections). A route depends only on its
     * two ends' drawn bounds, the chain of elements that own its ends, and the solids within its reach
     * ({@link ConnectionRouter#reach}); it is kept when none of these changed. What changed is found by comparing
     * the two layouts element by element: an element whose solid moved, appeared or vanished damages both its old
     * and its new solid, and an element that was replaced (renamed, re-parented) invalidates the connections it owns.
     */
    private void keepRoutes(SceneLayout previous) {
        List<Geometry> damaged = new ArrayList<>();
        Set<ElementId> replaced = new HashSet<>();
        for (Placed now : placed.values()) {
            Placed before = previous.placed.get(now.element().id());
            if (before == null || !before.solid().equals(now.solid()) || before.whole() != now.whole()) {
                damaged.add(now.solid());
                if (before != null) {
                    damaged.add(before.solid());
                }
            }
            if (before == null || before.element() != now.element()) {
                replaced.add(now.element().id());
            }
        }
        for (Placed before : previous.placed.values()) {
            if (!placed.containsKey(before.element().id())) {
                damaged.add(before.solid());
                replaced.add(before.element().id());
            }
        }
        DamageGrid damageGrid = new DamageGrid(damaged);
        // Checked on every core, as routing is: each check only reads the two layouts, which no longer change.
        Map<ElementId, ConnectionRouter.Routed> kept = new java.util.concurrent.ConcurrentHashMap<>();
        links.entrySet().parallelStream().forEach(entry -> {
            ElementId id = entry.getKey();
            Link link = entry.getValue();
            Link old = previous.links.get(id);
            ConnectionRouter.Routed route = previous.routes.get(id);
            if (route == null || route == NO_ROUTE || old == null || old.connection() != link.connection()
                    || !old.from().equals(link.from()) || !old.to().equals(link.to()) || ownsReplaced(link.connection(), replaced)
                    || probesDamage(link, route, damageGrid)) {
                return;
            }
            kept.put(id, route);
        });
        routes.putAll(kept);
    }

    /** Whether choosing a route looked for obstacles where the edit changed a solid (see {@link ConnectionRouter#probes}). */
    private static boolean probesDamage(Link link, ConnectionRouter.Routed route, DamageGrid damage) {
        // Piece by piece along the candidates tried: a long route's reach covers much of the model and many damaged
        // areas, its pieces only a few cells each.
        return !damage.isEmpty() && ConnectionRouter.probes(link.from(), link.to(), route.tried(), damage::meets);
    }

    /** Whether an end of a connection, or an element around an end, was replaced or is gone. */
    private boolean ownsReplaced(Connection connection, Set<ElementId> replaced) {
        if (replaced.isEmpty()) {
            return false;
        }
        for (ElementId end : List.of(connection.from(), connection.to())) {
            for (Element e = element(end); e != null; e = e.parentId() == null ? null : element(e.parentId())) {
                if (replaced.contains(e.id())) {
                    return true;
                }
            }
            if (element(end) == null || replaced.contains(end)) {
                return true;
            }
        }
        return false;
    }

    /** How many routes this layout holds, computed or kept (for tests). */
    int routedCount() {
        return (int) routes.values().stream().filter(route -> route != NO_ROUTE).count();
    }

    /** Whether a connection's route was computed or kept already (for tests). */
    boolean hasRoute(ElementId connection) {
        return routes.containsKey(connection);
    }

    /**
     * What a route or a label should not cross near a rectangle: leaf shapes and tenants (drawn opaque) whole,
     * and the title band of environments and clusters, whose text a line would strike through.
     */
    private List<Geometry> obstaclesNear(Geometry area, Set<ElementId> except) {
        List<Geometry> found = new ArrayList<>();
        forEachPlacedNear(area, entry -> {
            // A connection's own ends (and the tenant an agent end sits in) may be crossed; the title bands of
            // the environments and clusters it runs through may not, their text would be struck through.
            // The cheap test first: most entries in the cells lie beside the area (hashing an id is far dearer).
            if (entry.solid().intersects(area) && !(entry.whole() && except.contains(entry.element().id()))) {
                found.add(entry.solid());
            }
        });
        return found;
    }

    /**
     * Every placed element in the grid cells a rectangle covers, each once. An element lies in every cell its bounds
     * touch: it is taken only in the first of those the rectangle covers, so that each is found once without a set
     * of those seen.
     */
    private void forEachPlacedNear(Geometry area, java.util.function.Consumer<Placed> action) {
        long x0 = (long) Math.floor(area.x() / CELL);
        long x1 = (long) Math.floor(area.maxX() / CELL);
        long y0 = (long) Math.floor(area.y() / CELL);
        long y1 = (long) Math.floor(area.maxY() / CELL);
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                List<Placed> cell = grid.get(key(cx, cy));
                if (cell == null) {
                    continue;
                }
                for (Placed entry : cell) {
                    if (cx == Math.max(x0, entry.firstColumn()) && cy == Math.max(y0, entry.firstRow())) {
                        action.accept(entry);
                    }
                }
            }
        }
    }

    /**
     * The drawn boxes near two elements that a line between them must not cross: every visible element within
     * {@link DetourRouter#REACH} of them but the two, what holds them and what they hold (see
     * {@link RouteClearance}), among those {@code shown} (null for all).
     */
    List<Geometry> boxesBetween(ElementId a, ElementId b, Set<ElementId> shown) {
        Geometry from = visibleBoundsOf(a);
        Geometry to = visibleBoundsOf(b);
        if (from == null || to == null) {
            return List.of();
        }
        Set<ElementId> ends = new HashSet<>();
        for (ElementId end : List.of(a, b)) {
            for (Element e = element(end); e != null; e = e.parentId() == null ? null : element(e.parentId())) {
                ends.add(e.id());
            }
        }
        Geometry around = from.union(to);
        double reach = DetourRouter.REACH;
        List<Geometry> boxes = new ArrayList<>();
        forEachPlacedNear(new Geometry(around.x() - reach, around.y() - reach, around.width() + 2 * reach, around.height() + 2 * reach),
                entry -> {
                    ElementId id = entry.element().id();
                    if ((shown == null || shown.contains(id)) && !ends.contains(id) && !inside(entry.element(), a, b)) {
                        boxes.add(entry.bounds());
                    }
                });
        return boxes;
    }

    /** Whether an element is inside either of two others (at any depth). */
    private boolean inside(Element element, ElementId a, ElementId b) {
        for (Element e = element; e.parentId() != null; e = element(e.parentId())) {
            if (e.parentId().equals(a) || e.parentId().equals(b) || element(e.parentId()) == null) {
                return e.parentId().equals(a) || e.parentId().equals(b);
            }
        }
        return false;
    }

    /**
     * Clears the routes of {@code routed} among the elements {@code include} ({@link RouteClearance}): what a picture
     * of a scope draws. Returns the connections that go round something. The whole model's routes are cleared on the
     * first {@link #route} without this.
     */
    Set<ElementId> clearRoutes(List<ElementId> routed, Set<ElementId> include) {
        if (cleared == null || !routed.equals(clearedFor) || !java.util.Objects.equals(include, clearedScope)) {
            routeAll(routed);
            cleared = RouteClearance.clear(this, List.copyOf(routed), include, detoursFound());
            clearedFor = List.copyOf(routed);
            clearedScope = include == null ? null : Set.copyOf(include);
        }
        return cleared.detoured();
    }

    /**
     * The whole model's cleared routes, worked out once per layout: the canvas draws what an export of the whole model
     * draws. A model of more than {@link RouteClearance#MOST_DETOURED} connections keeps its quick routes, without
     * routing them all.
     */
    private RouteClearance.Result clearance() {
        if (cleared == null) {
            clearRoutes(wholeModelRouted(), null);
        }
        return cleared;
    }

    /** The connections the whole model's clearance takes: all, or none above {@link RouteClearance#MOST_DETOURED}. */
    private List<ElementId> wholeModelRouted() {
        List<Connection> connections = model.all(Connection.class);
        List<ElementId> all = new ArrayList<>(connections.size());
        if (connections.size() <= RouteClearance.MOST_DETOURED) {
            connections.forEach(connection -> all.add(connection.id()));
        }
        return all;
    }

    /**
     * Works the whole model's clearance out on {@code background} (the canvas: a model's detours take a second to
     * search, a drop's a few hundred milliseconds, too long for the application thread), the quick routes drawn
     * meanwhile. The future's task applies the result: run it on this layout's own thread, then draw again. Done at once
     * when there is little or nothing to search (already cleared, at most {@link #CLEARED_AT_ONCE} connections, or more
     * than {@link RouteClearance#MOST_DETOURED}).
     * Skipped when the work starts and {@code wanted} says the layout is no longer (ten arrow-key nudges queue ten
     * layouts, of which only the last is drawn); a skipped layout keeps drawing its quick routes.
     */
    public java.util.concurrent.CompletableFuture<Runnable> clearRoutesOn(java.util.concurrent.Executor background,
                                                                        java.util.function.BooleanSupplier wanted) {
        List<ElementId> all = wholeModelRouted();
        if (cleared != null || all.size() <= CLEARED_AT_ONCE) {
            clearance();
            return java.util.concurrent.CompletableFuture.completedFuture(() -> { });
        }
        // Routed here first: the clearance then only reads this layout, which the application thread no longer changes.
        routeAll(all);
        clearingElsewhere = true;
        RouteClearance.Found before = detoursBefore;
        return java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> wanted.getAsBoolean() ? RouteClearance.clear(this, all, null, before) : null, background)
                .thenApply(result -> result == null ? () -> { } : () -> {
                    if (cleared == null) {
                        cleared = result;
                        clearedFor = all;
                        clearedScope = null;
                    }
                    clearingElsewhere = false;
                });
    }

    /** Whether the routes drawn are the cleared ones, as an export draws them (false while {@link #clearRoutesOn} works). */
    public boolean routesCleared() {
        return cleared != null;
    }

    /** The detours found so far, to hand to the next layout. */
    private RouteClearance.Found detoursFound() {
        return cleared == null ? detoursBefore : cleared.found();
    }

    /** The route as drawn (null when it was never routed, so never drawn, or has no route), for a layout's damage. */
    private double[] drawnRoute(ElementId id) {
        ConnectionRouter.Routed route = routes.get(id);
        return route == null || route == NO_ROUTE ? null : route(id);
    }

    /** The quick router's route of a connection ({@link ConnectionRouter}), before it is cleared, or null. */
    double[] quickRoute(ElementId connection) {
        ConnectionRouter.Routed route = routes.computeIfAbsent(connection, this::computeRoute);
        return route == NO_ROUTE ? null : route.points();
    }

    /** What a connection's label should not cover near a rectangle: every shape and title band there. */
    public List<Geometry> labelObstaclesNear(Geometry area) {
        return obstaclesNear(area, Set.of());
    }

    /** The drawn bounds of an element, or of its nearest visible container when it is collapsed away. */
    public Geometry visibleBoundsOf(ElementId id) {
        Placed drawn = placed.get(id);
        if (drawn != null) {
            return drawn.bounds(); // the common case, without looking the element and its parents up in the model
        }
        for (Element e = model.find(id).orElse(null); e != null;
             e = e.parentId() == null ? null : model.find(e.parentId()).orElse(null)) {
            Placed entry = placed.get(e.id());
            if (entry != null) {
                return entry.bounds();
            }
        }
        return null;
    }

    public Model model() {
        return model;
    }

    /** The drawn bounds of a visible element, or null. */
    public Geometry bounds(ElementId id) {
        Placed entry = placed.get(id);
        return entry == null ? null : entry.bounds();
    }

    /** Nesting depth: 0 for environments and external endpoints. */
    public int depth(ElementId id) {
        Placed entry = placed.get(id);
        return entry == null ? 0 : entry.depth();
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
        Map<ElementId, ConnectionRouter.Routed> computed = new java.util.concurrent.ConcurrentHashMap<>();
        connections.parallelStream().filter(id -> !routes.containsKey(id)).forEach(id -> computed.put(id, computeRoute(id)));
        routes.putAll(computed);
    }

    /**
     * The route of a connection as drawn, x,y pairs, or null when an end is not drawn: the quick router's, cleared
     * of boxes, titles and other routes as an export of the same scope clears it ({@link RouteClearance}).
     */
    public double[] route(ElementId connection) {
        if (cleared == null && clearingElsewhere) {
            return quickRoute(connection);
        }
        double[] clearedRoute = clearance().routes().get(connection);
        return clearedRoute != null ? clearedRoute : quickRoute(connection);
    }

    /** The rectangle around everything drawn, or null for an empty canvas. */
    public Geometry contentBounds() {
        return content;
    }

    /** Visible elements overlapping a canvas rectangle, in drawing order. */
    public List<Element> elementsIn(Geometry area) {
        if (content != null && area.contains(content)) {
            // The whole scene in view: every entry, already in drawing order, without the grid walk and the sort (a
            // third of a 10,000-element frame's walk with the whole model in view, issue 16).
            List<Element> all = new ArrayList<>(drawn.size());
            drawn.forEach(entry -> all.add(entry.element()));
            return all;
        }
        List<Placed> found = new ArrayList<>();
        forEachPlacedNear(area, entry -> {
            if (entry.bounds().intersects(area)) {
                found.add(entry);
            }
        });
        found.sort(Comparator.comparingInt(Placed::drawIndex));
        List<Element> elements = new ArrayList<>(found.size());
        found.forEach(entry -> elements.add(entry.element()));
        return elements;
    }

    /** Connections whose route may pass near a canvas rectangle (a superset: their ends' box overlaps it). */
    public Collection<ElementId> connectionsIn(Geometry area) {
        if (content != null && area.contains(content)) {
            // The whole scene in view: every link's ends lie in it; the grid holds each link in every cell its ends'
            // box covers, and gathering them through a set was the walk's largest part at 10,000 connections.
            return allLinksInOrder();
        }
        Set<ElementId> ids = new HashSet<>();
        for (long cx = (long) Math.floor(area.x() / ROUTE_CELL); cx <= (long) Math.floor(area.maxX() / ROUTE_CELL); cx++) {
            for (long cy = (long) Math.floor(area.y() / ROUTE_CELL); cy <= (long) Math.floor(area.maxY() / ROUTE_CELL); cy++) {
                for (ElementId id : routeGrid.getOrDefault(key(cx, cy), List.of())) {
                    Link link = links.get(id);
                    if (link.reach().intersects(area)) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    /**
     * Every drawn connection in id order, sorted once per layout: a frame sorts what it draws (a picture's order
     * never depends on a map's), and sorting an already sorted list costs one pass.
     */
    private List<ElementId> allLinksInOrder() {
        List<ElementId> sorted = linksInOrder;
        if (sorted == null) {
            sorted = new ArrayList<>(links.keySet());
            sorted.sort(null);
            sorted = List.copyOf(sorted);
            linksInOrder = sorted;
        }
        return sorted;
    }

    /** The innermost visible element at a canvas point, or null. */
    public Element elementAt(double x, double y) {
        Element best = null;
        int bestDepth = -1;
        for (Placed entry : grid.getOrDefault(cell(x, y), List.of())) {
            if (entry.bounds().contains(x, y) && entry.depth() > bestDepth) {
                best = entry.element();
                bestDepth = entry.depth();
            }
        }
        return best;
    }

    /** The innermost visible container of a kind at a point (for drops), or null. */
    public Element containerAt(double x, double y, ElementKind kind, Set<ElementId> ignore) {
        Element best = null;
        int bestDepth = -1;
        for (Placed entry : grid.getOrDefault(cell(x, y), List.of())) {
            Element element = entry.element();
            if (element.kind() == kind && !ignore.contains(element.id()) && entry.bounds().contains(x, y) && entry.depth() > bestDepth) {
                best = element;
                bestDepth = entry.depth();
            }
        }
        return best;
    }

    /** The connection whose route passes within {@code tolerance} of a point, or null. */
    public ElementId connectionAt(double x, double y, double tolerance) {
        ElementId best = null;
        double bestDistance = tolerance;
        for (ElementId id : connectionsIn(new Geometry(x - tolerance, y - tolerance, Math.max(1, 2 * tolerance), Math.max(1, 2 * tolerance)))) {
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
            if (area.contains(bounds(element.id()))) {
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

    private static <T> void index(Map<Long, List<T>> grid, T id, double minX, double minY, double maxX, double maxY) {
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
