package dev.bulkhead.ui.canvas;

import dev.bulkhead.edit.Reparenting;
import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.diagram.ElementSizes;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.Transaction;
import dev.bulkhead.model.Counts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every change the canvas makes, each as one named undo step: create, move (into another container too),
 * resize, connect, reconnect, delete, rename, nudge, align, distribute, tidy, fit, collapse, paste.
 * Containers grow to hold what is moved into them. Refusals come back as a message for the user.
 */
public final class CanvasEdits {
    /** What an edit did: whether it applied, why not, and what it created. */
    public record Outcome(boolean applied, String message, List<ElementId> created) {
        static Outcome done(List<ElementId> created) {
            return new Outcome(true, null, List.copyOf(created));
        }

        static Outcome refused(String message) {
            return new Outcome(false, message, List.of());
        }
    }

    /** How to line elements up. */
    public enum Alignment { LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM }

    private final ModelDocument document;

    public CanvasEdits(ModelDocument document) {
        this.document = document;
    }

    /** Creates an element at a canvas point, inside the container of the right kind there. */
    public Outcome create(ElementKind kind, double x, double y, SceneLayout scene, boolean snap) {
        Model model = document.snapshot();
        Element container = null;
        if (kind.isContained()) {
            container = scene.containerAt(x, y, kind.parentKind(), Set.of());
            if (container == null) {
                return Outcome.refused(placementHint(kind));
            }
        }
        ElementFactory factory = new ElementFactory(model);
        Element element = factory.create(kind, container == null ? null : container.id());
        Geometry origin = container == null ? new Geometry(0, 0, 1, 1) : scene.bounds(container.id());
        double relativeX = snapped(x - origin.x(), snap);
        double relativeY = snapped(y - origin.y(), snap);
        if (container != null) {
            relativeX = Math.max(ElementSizes.padding(container.kind()), relativeX);
            relativeY = Math.max(ElementSizes.header(container.kind()), relativeY);
        }
        Geometry box = new Geometry(relativeX, relativeY, ElementSizes.defaultWidth(kind), ElementSizes.defaultHeight(kind));
        List<ElementId> created = new ArrayList<>(List.of(element.id()));
        Element parent = container;
        document.edit("Add " + kind.label().toLowerCase(Locale.ROOT), tx -> {
            tx.add(element, ElementLayout.at(box));
            if (element instanceof Cluster cluster) {
                NodePool pool = factory.firstPool(cluster.id());
                tx.add(pool, ElementLayout.at(new Geometry(ElementSizes.padding(kind), ElementSizes.header(kind),
                        ElementSizes.defaultWidth(ElementKind.NODE_POOL), ElementSizes.defaultHeight(ElementKind.NODE_POOL))));
            }
            grow(tx, List.of(element.id()));
        });
        return Outcome.done(created);
    }

    /**
     * Creates an element inside a container (or at the top level), placed after what is already there; the
     * palette does this when an item is clicked rather than dragged.
     */
    public Outcome createInside(ElementKind kind, ElementId containerId) {
        Model model = document.snapshot();
        if (kind.isContained() && (containerId == null
                || model.find(containerId).map(c -> c.kind() != kind.parentKind()).orElse(true))) {
            return Outcome.refused(placementHint(kind) + " (select one first, or drag from the palette)");
        }
        ElementFactory factory = new ElementFactory(model);
        Element element = factory.create(kind, kind.isContained() ? containerId : null);
        document.edit("Add " + kind.label().toLowerCase(Locale.ROOT), tx -> {
            tx.add(element);
            if (element instanceof Cluster cluster) {
                tx.add(factory.firstPool(cluster.id()));
            }
            AutoLayout.placeMissingIn(tx);
        });
        return Outcome.done(List.of(element.id()));
    }

    /**
     * Moves the selection by a canvas delta. An element dropped over another container of the kind it
     * belongs in moves into it; dropped where it cannot live, the move is refused.
     */
    public Outcome move(Collection<ElementId> selection, double dx, double dy, double pointerX, double pointerY,
                        SceneLayout scene, boolean snap) {
        Model model = document.snapshot();
        List<Element> roots = roots(model, selection);
        if (roots.isEmpty() || (dx == 0 && dy == 0)) {
            return Outcome.done(List.of());
        }
        Set<ElementId> moving = SelectionRoots.withContents(model, roots);
        Map<Element, ElementId> newParents = new HashMap<>();
        for (Element element : roots) {
            if (!element.kind().isContained()) {
                continue;
            }
            Geometry bounds = scene.bounds(element.id());
            double probeX = roots.size() == 1 ? pointerX : bounds.x() + bounds.width() / 2 + dx;
            double probeY = roots.size() == 1 ? pointerY : bounds.y() + Math.min(20, bounds.height() / 2) + dy;
            Element target = scene.containerAt(probeX, probeY, element.kind().parentKind(), moving);
            if (target == null) {
                return Outcome.refused(placementHint(element.kind()));
            }
            newParents.put(element, target.id());
        }
        List<String> notes = new ArrayList<>();
        try {
            document.edit(roots.size() == 1 ? "Move " + roots.get(0).name() : "Move " + roots.size() + " elements", tx -> {
                List<ElementId> moved = new ArrayList<>();
                for (Element element : roots) {
                    Geometry absolute = scene.bounds(element.id()).translated(dx, dy);
                    ElementId parent = newParents.getOrDefault(element, element.parentId());
                    if (parent != null && !parent.equals(element.parentId())) {
                        String released = reparent(tx, element, parent);
                        if (released != null) {
                            notes.add(released);
                        }
                    }
                    Geometry origin = parent == null ? new Geometry(0, 0, 1, 1) : scene.bounds(parent);
                    ElementKind parentKind = parent == null ? null : model.find(parent).orElseThrow().kind();
                    double x = snapped(absolute.x() - origin.x(), snap);
                    double y = snapped(absolute.y() - origin.y(), snap);
                    if (parentKind != null) {
                        x = Math.max(ElementSizes.padding(parentKind), x);
                        y = Math.max(ElementSizes.header(parentKind), y);
                    }
                    ElementLayout layout = tx.layoutOf(element.id()).orElseThrow();
                    tx.setLayout(element.id(), layout.withGeometry(layout.geometry().movedTo(x, y)));
                    moved.add(element.id());
                }
                grow(tx, moved);
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Outcome.refused(e.getMessage());
        }
        return new Outcome(true, notes.isEmpty() ? null : String.join("; ", notes), List.of());
    }

    /** Moves an element into another container (the inspector's container choice), below what is there. */
    public Outcome moveInto(ElementId id, ElementId containerId) {
        Model model = document.snapshot();
        Element element = model.find(id).orElseThrow();
        Element container = model.find(containerId).orElseThrow();
        if (containerId.equals(element.parentId())) {
            return Outcome.done(List.of());
        }
        if (!element.kind().isContained() || element.kind().parentKind() != container.kind()) {
            return Outcome.refused(placementHint(element.kind()));
        }
        double top = ElementSizes.header(container.kind());
        for (Element child : model.children(containerId)) {
            Geometry box = model.layoutOf(child.id()).map(ElementLayout::geometry).orElse(null);
            if (box != null) {
                top = Math.max(top, box.maxY() + ElementSizes.GAP);
            }
        }
        double y = top;
        List<String> notes = new ArrayList<>();
        try {
            document.edit("Move " + element.name() + " to " + container.name(), tx -> {
                String released = reparent(tx, element, containerId);
                if (released != null) {
                    notes.add(released);
                }
                ElementLayout layout = tx.layoutOf(id).orElse(null);
                if (layout != null) {
                    tx.setLayout(id, layout.withGeometry(layout.geometry().movedTo(ElementSizes.padding(container.kind()), y)));
                    grow(tx, List.of(id));
                } else {
                    AutoLayout.placeMissingIn(tx);
                }
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Outcome.refused(e.getMessage());
        }
        return new Outcome(true, notes.isEmpty() ? null : notes.get(0), List.of());
    }

    /** Moves the selection within its containers by a small step; repeated nudges undo as one. */
    public Outcome nudge(Collection<ElementId> selection, double dx, double dy) {
        Model model = document.snapshot();
        List<Element> roots = roots(model, selection);
        if (roots.isEmpty()) {
            return Outcome.done(List.of());
        }
        List<ElementId> key = roots.stream().map(Element::id).sorted().toList();
        document.edit("Nudge", "nudge:" + key, tx -> {
            for (Element element : roots) {
                ElementLayout layout = tx.layoutOf(element.id()).orElseThrow();
                Geometry g = layout.geometry();
                Element parent = element.parentId() == null ? null : model.find(element.parentId()).orElseThrow();
                double x = g.x() + dx;
                double y = g.y() + dy;
                if (parent != null) {
                    x = Math.max(ElementSizes.padding(parent.kind()), x);
                    y = Math.max(ElementSizes.header(parent.kind()), y);
                }
                tx.setLayout(element.id(), layout.withGeometry(g.movedTo(x, y)));
            }
            grow(tx, key);
        });
        return Outcome.done(List.of());
    }

    /** Resizes an element to new canvas bounds (top-left fixed); a container never shrinks below its contents. */
    public Outcome resize(ElementId id, Geometry bounds, SceneLayout scene, boolean snap) {
        Model model = document.snapshot();
        Element element = model.find(id).orElseThrow();
        ElementLayout layout = model.layoutOf(id).orElseThrow();
        double width = Math.max(80, snapped(bounds.width(), snap));
        double height = Math.max(40, snapped(bounds.height(), snap));
        document.edit("Resize " + element.name(), tx -> {
            tx.setLayout(id, layout.withGeometry(new Geometry(layout.geometry().x(), layout.geometry().y(), width, height)));
            AutoLayout fit = new AutoLayout(tx.view());
            fit.growAround(model.children(id).stream().map(Element::id).toList()).growAround(List.of(id));
            fit.changes().forEach(tx::setLayout);
        });
        return Outcome.done(List.of());
    }

    /** Allows traffic from one element to another. */
    public Outcome connect(ElementId from, ElementId to) {
        Model model = document.snapshot();
        Element source = model.find(from).orElseThrow();
        Element target = model.find(to).orElseThrow();
        if (from.equals(to)) {
            return Outcome.refused("a connection needs two different elements");
        }
        if (!source.kind().isConnectable() || !target.kind().isConnectable()) {
            return Outcome.refused("connections join tenants, agents and external endpoints");
        }
        Connection connection = new ElementFactory(model).connection(from, to);
        document.edit("Connect " + source.name() + " to " + target.name(), tx -> tx.add(connection));
        return Outcome.done(List.of(connection.id()));
    }

    /** Moves one end of a connection to another element. */
    public Outcome reconnect(ElementId connectionId, boolean startEnd, ElementId newEnd) {
        Model model = document.snapshot();
        Connection connection = model.get(connectionId, Connection.class);
        ElementId from = startEnd ? newEnd : connection.from();
        ElementId to = startEnd ? connection.to() : newEnd;
        if (from.equals(to)) {
            return Outcome.refused("a connection needs two different elements");
        }
        if (!model.find(newEnd).map(e -> e.kind().isConnectable()).orElse(false)) {
            return Outcome.refused("connections join tenants, agents and external endpoints");
        }
        document.edit("Reconnect " + connection.name(), tx -> tx.replace(connection.withEnds(from, to)));
        return Outcome.done(List.of());
    }

    /** Deletes elements with everything inside them and their connections. */
    public Outcome delete(Collection<ElementId> ids) {
        if (ids.isEmpty()) {
            return Outcome.done(List.of());
        }
        document.edit(ids.size() == 1 ? "Delete " + document.snapshot().find(ids.iterator().next()).map(Element::name).orElse("")
                : "Delete " + ids.size() + " elements", tx -> ids.forEach(tx::remove));
        return Outcome.done(List.of());
    }

    /** Renames an element. */
    public Outcome rename(ElementId id, String name) {
        Element element = document.snapshot().find(id).orElseThrow();
        try {
            document.edit("Rename " + element.name() + " to " + name, tx -> tx.replace(element.withName(name.strip())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Outcome.refused(e.getMessage());
        }
        return Outcome.done(List.of());
    }

    /** Replaces an element by an edited copy (inspector edits). */
    public Outcome replace(String stepName, Element after) {
        try {
            document.edit(stepName, tx -> tx.replace(after));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Outcome.refused(e.getMessage());
        }
        return Outcome.done(List.of());
    }

    /** Lines up elements of one container. */
    public Outcome align(Collection<ElementId> ids, Alignment alignment) {
        Model model = document.snapshot();
        List<Element> siblings = siblings(model, ids);
        if (siblings == null) {
            return Outcome.refused("select at least two elements of one container to align them");
        }
        List<Geometry> boxes = siblings.stream().map(e -> model.layoutOf(e.id()).orElseThrow().geometry()).toList();
        double left = boxes.stream().mapToDouble(Geometry::x).min().orElse(0);
        double right = boxes.stream().mapToDouble(Geometry::maxX).max().orElse(0);
        double top = boxes.stream().mapToDouble(Geometry::y).min().orElse(0);
        double bottom = boxes.stream().mapToDouble(Geometry::maxY).max().orElse(0);
        document.edit("Align " + alignment.name().toLowerCase(Locale.ROOT), tx -> {
            for (Element element : siblings) {
                ElementLayout layout = tx.layoutOf(element.id()).orElseThrow();
                Geometry g = layout.geometry();
                Geometry moved = switch (alignment) {
                    case LEFT -> g.movedTo(left, g.y());
                    case RIGHT -> g.movedTo(right - g.width(), g.y());
                    case CENTER -> g.movedTo((left + right) / 2 - g.width() / 2, g.y());
                    case TOP -> g.movedTo(g.x(), top);
                    case BOTTOM -> g.movedTo(g.x(), bottom - g.height());
                    case MIDDLE -> g.movedTo(g.x(), (top + bottom) / 2 - g.height() / 2);
                };
                tx.setLayout(element.id(), layout.withGeometry(moved));
            }
            grow(tx, siblings.stream().map(Element::id).toList());
        });
        return Outcome.done(List.of());
    }

    /** Spaces three or more elements of one container evenly. */
    public Outcome distribute(Collection<ElementId> ids, boolean horizontally) {
        Model model = document.snapshot();
        List<Element> siblings = siblings(model, ids);
        if (siblings == null || siblings.size() < 3) {
            return Outcome.refused("select at least three elements of one container to distribute them");
        }
        List<Element> sorted = new ArrayList<>(siblings);
        sorted.sort((a, b) -> Double.compare(start(model, a, horizontally), start(model, b, horizontally)));
        double first = start(model, sorted.get(0), horizontally);
        Geometry lastBox = model.layoutOf(sorted.get(sorted.size() - 1).id()).orElseThrow().geometry();
        double end = horizontally ? lastBox.maxX() : lastBox.maxY();
        double total = sorted.stream().mapToDouble(e -> size(model, e, horizontally)).sum();
        double gap = (end - first - total) / (sorted.size() - 1);
        document.edit("Distribute " + (horizontally ? "horizontally" : "vertically"), tx -> {
            double position = first;
            for (Element element : sorted) {
                ElementLayout layout = tx.layoutOf(element.id()).orElseThrow();
                Geometry g = layout.geometry();
                tx.setLayout(element.id(), layout.withGeometry(horizontally ? g.movedTo(position, g.y()) : g.movedTo(g.x(), position)));
                position += size(model, element, horizontally) + gap;
            }
        });
        return Outcome.done(List.of());
    }

    /** Lays out the selection tidily: a container's contents, or several siblings in a grid. */
    public Outcome tidy(Collection<ElementId> ids) {
        Model model = document.snapshot();
        AutoLayout layout = new AutoLayout(model);
        List<Element> selected = roots(model, ids);
        if (selected.size() == 1 && ElementSizes.isContainer(selected.get(0).kind())) {
            layout.tidy(selected.get(0));
        } else if (siblings(model, ids) != null) {
            layout.tidySiblings(siblings(model, ids));
        } else {
            return Outcome.refused("select one container, or elements of one container, to tidy");
        }
        return apply("Tidy", layout);
    }

    /** Fits containers exactly around their contents (they may shrink). */
    public Outcome fitToContents(Collection<ElementId> ids) {
        Model model = document.snapshot();
        AutoLayout layout = new AutoLayout(model);
        for (Element element : roots(model, ids)) {
            if (ElementSizes.isContainer(element.kind())) {
                layout.fitToContents(element);
            }
        }
        return apply("Fit to contents", layout);
    }

    /** Collapses expanded containers of the selection, or expands them when all are collapsed. */
    public Outcome toggleCollapsed(Collection<ElementId> ids) {
        Model model = document.snapshot();
        List<ElementId> containers = ids.stream().filter(id -> model.find(id).map(e -> ElementSizes.isContainer(e.kind())).orElse(false))
                .toList();
        if (containers.isEmpty()) {
            return Outcome.refused("select an environment, cluster or tenant to collapse or expand it");
        }
        boolean collapse = containers.stream().anyMatch(id -> !model.layoutOf(id).orElseThrow().collapsed());
        document.edit(collapse ? "Collapse" : "Expand", tx -> {
            for (ElementId id : containers) {
                tx.setLayout(id, tx.layoutOf(id).orElseThrow().withCollapsed(collapse));
            }
            grow(tx, containers);
        });
        return Outcome.done(List.of());
    }

    /**
     * Pastes copied elements with new ids, offset a little; into {@code target} when it is the right kind of
     * container, else into the containers they came from.
     */
    public Outcome paste(CanvasClipboard clipboard, ElementId target) {
        Model model = document.snapshot();
        Map<ElementId, ElementId> ids = new HashMap<>();
        clipboard.elements().forEach(e -> ids.put(e.id(), ElementId.generate(e.kind().idPrefix())));
        List<ElementId> created = new ArrayList<>();
        Element targetElement = target == null ? null : model.find(target).orElse(null);
        try {
            document.edit("Paste " + Counts.of(clipboard.roots().size(), "element"), tx -> {
                Set<ElementId> placed = new HashSet<>();
                for (Element element : clipboard.elements()) {
                    Element copy = copyOf(element, ids, clipboard, targetElement, tx);
                    if (copy == null) {
                        continue;
                    }
                    ElementLayout layout = clipboard.layout().get(element.id());
                    if (layout != null && clipboard.roots().contains(element.id())) {
                        layout = layout.withGeometry(layout.geometry().translated(24, 24));
                    }
                    tx.add(copy);
                    if (layout != null) {
                        tx.setLayout(copy.id(), layout);
                        placed.add(copy.id());
                    }
                    if (clipboard.roots().contains(element.id())) {
                        created.add(copy.id());
                    }
                }
                grow(tx, placed);
            });
        } catch (IllegalArgumentException e) {
            return Outcome.refused("cannot paste here: " + e.getMessage());
        }
        return Outcome.done(created);
    }

    private Element copyOf(Element element, Map<ElementId, ElementId> ids, CanvasClipboard clipboard, Element target,
                           Transaction tx) {
        ElementId id = ids.get(element.id());
        if (element instanceof Connection c) {
            return new Connection(id, c.name(), ids.get(c.from()), ids.get(c.to()), c.port(), c.protocol());
        }
        ElementId parent = element.parentId();
        if (parent != null) {
            if (ids.containsKey(parent)) {
                parent = ids.get(parent);
            } else if (target != null && target.kind() == element.kind().parentKind()) {
                parent = target.id();
            } else if (tx.find(parent).isEmpty()) {
                throw new IllegalArgumentException("the container of " + element.name() + " is gone; select one to paste into");
            }
        }
        ElementId newParent = parent;
        Element renamed = withId(element, id, newParent);
        if (renamed instanceof NodePool pool && pool.dedicatedTo() != null) {
            return pool.withDedicatedTo(ids.get(pool.dedicatedTo()));
        }
        return renamed;
    }

    /** A copy of an element under a new id and container. */
    private static Element withId(Element e, ElementId id, ElementId parent) {
        if (e instanceof dev.bulkhead.model.Environment x) {
            return new dev.bulkhead.model.Environment(id, x.name(), x.environmentKind(), x.criticality(), x.option(), x.terraformLayout());
        }
        if (e instanceof Cluster x) {
            return new Cluster(id, x.name(), parent, x.provider(), x.region(), x.supportTier(), x.sandboxRuntimes(),
                    x.networkPolicyDefaultDeny(), x.addressRange());
        }
        if (e instanceof NodePool x) {
            return new NodePool(id, x.name(), parent, x.instanceType(), x.vcpu(), x.memoryGiB(), x.hourlyPrice(), x.minCount(),
                    x.maxCount(), x.labels(), x.taints(), x.dedicatedTo());
        }
        if (e instanceof Tenant x) {
            return new Tenant(id, x.name(), parent, x.tenantKind(), x.ownerGroup(), x.demand(), x.requirementOverrides(), x.option(),
                    x.runtime(), x.codeOrigin(), x.regulatedData());
        }
        if (e instanceof Agent x) {
            return new Agent(id, x.name(), parent, x.trust(), x.runtime(), x.concurrency(), x.warmPool(), x.cpuPerSandbox(),
                    x.memoryGiBPerSandbox(), x.egress(), x.secretsAccess(), x.tools(), x.exposedToUntrustedInput(), x.startupBudgetMs());
        }
        if (e instanceof dev.bulkhead.model.ExternalEndpoint x) {
            return new dev.bulkhead.model.ExternalEndpoint(id, x.name(), x.address(), x.addressRange());
        }
        throw new IllegalArgumentException("cannot copy " + e.kind());
    }

    /** Moves an element into another container; the domain's rules for it live in {@link Reparenting}. */
    private static String reparent(Transaction tx, Element element, ElementId newParent) {
        return Reparenting.moveInto(tx, element, newParent);
    }

    private Outcome apply(String name, AutoLayout layout) {
        if (layout.changes().isEmpty()) {
            return Outcome.done(List.of());
        }
        document.edit(name, tx -> layout.changes().forEach(tx::setLayout));
        return Outcome.done(List.of());
    }

    /** Grows the containers above the given elements to hold them, inside the transaction. */
    private static void grow(Transaction tx, Collection<ElementId> ids) {
        AutoLayout layout = new AutoLayout(tx.viewUntilNextChange());
        layout.growAround(ids);
        // Worked out in full before the first change (the view reads the transaction's maps in place); the changes are
        // the layout's own map, which the view does not hold.
        layout.changes().forEach(tx::setLayout);
    }

    /** The outermost selected shapes that are on the canvas. */
    private static List<Element> roots(Model model, Collection<ElementId> selection) {
        return SelectionRoots.of(model, selection).stream().filter(e -> model.layoutOf(e.id()).isPresent()).toList();
    }

    /** The selected elements when they are at least two and share one container; otherwise null. */
    private static List<Element> siblings(Model model, Collection<ElementId> ids) {
        List<Element> roots = roots(model, ids);
        if (roots.size() < 2) {
            return null;
        }
        ElementId parent = roots.get(0).parentId();
        for (Element element : roots) {
            if (!java.util.Objects.equals(parent, element.parentId())) {
                return null;
            }
        }
        return roots;
    }

    private static double start(Model model, Element element, boolean horizontally) {
        Geometry g = model.layoutOf(element.id()).orElseThrow().geometry();
        return horizontally ? g.x() : g.y();
    }

    private static double size(Model model, Element element, boolean horizontally) {
        Geometry g = model.layoutOf(element.id()).orElseThrow().geometry();
        return horizontally ? g.width() : g.height();
    }

    private static double snapped(double value, boolean snap) {
        return snap ? Math.round(value / ElementSizes.GRID) * ElementSizes.GRID : value;
    }

    /** What the user is told when an element is dropped where it cannot live. */
    public static String placementHint(ElementKind kind) {
        return switch (kind) {
            case CLUSTER -> "Drop a cluster inside an environment";
            case NODE_POOL -> "Drop a node pool inside a cluster";
            case TENANT -> "Drop a tenant inside a cluster";
            case AGENT -> "Drop an agent inside a tenant";
            default -> "Cannot place a " + kind.label().toLowerCase(Locale.ROOT) + " here";
        };
    }
}
