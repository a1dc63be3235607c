package dev.bulkhead.diagram;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scoped picture laid out around what it shows: the external endpoints a scope talks to stand in a column just
 * right of the scope, each level with the elements it connects to. On the canvas an endpoint sits where the whole
 * model has room for it, often beside another environment thousands of units away, and a picture of one
 * environment drawn with the canvas positions was mostly empty. Only the copy drawn is changed, never the model.
 */
public final class ScopeLayout {
    /** Room between the scope and its endpoints, for the connections' last bends and arrow heads. */
    static final double GAP = 96;
    /** Room between two endpoints in the column. */
    static final double SPACING = 24;

    private ScopeLayout() {
    }

    /** The model with the given elements (roots: endpoints) this wide in the drawn copy. */
    static Model widened(Model model, Map<ElementId, Double> widths) {
        Map<ElementId, ElementLayout> layout = new TreeMap<>(model.layout());
        widths.forEach((id, width) -> {
            ElementLayout entry = layout.get(id);
            Geometry at = entry.geometry();
            layout.put(id, entry.withGeometry(new Geometry(at.x(), at.y(), width, at.height())));
        });
        return Model.of(model.settings(), model.elements().values(), layout, model.scenarios());
    }

    /**
     * The model with each environment no larger than what it holds needs (its children and its padding): on the
     * canvas an environment keeps room to grow, on paper that room is blank and shrinks everything else in the picture.
     * Only the copy drawn changes.
     */
    static Model compacted(Model model) {
        Map<ElementId, ElementLayout> layout = new TreeMap<>(model.layout());
        for (Environment environment : model.all(Environment.class)) {
            ElementLayout entry = layout.get(environment.id());
            if (entry == null || entry.collapsed()) {
                continue;
            }
            double right = 0;
            double bottom = ElementSizes.header(environment.kind());
            for (Element child : model.children(environment.id())) {
                ElementLayout placed = layout.get(child.id());
                if (placed != null) {
                    Geometry at = placed.geometry();
                    double height = placed.collapsed() ? ElementSizes.collapsedHeight(child.kind()) : at.height();
                    right = Math.max(right, at.x() + at.width());
                    bottom = Math.max(bottom, at.y() + height);
                }
            }
            Geometry at = entry.geometry();
            double padding = ElementSizes.padding(environment.kind());
            double width = right == 0 ? at.width() : Math.min(at.width(), right + padding);
            double height = Math.min(at.height(), bottom + padding);
            layout.put(environment.id(), entry.withGeometry(new Geometry(at.x(), at.y(), width, height)));
        }
        return Model.of(model.settings(), model.elements().values(), layout, model.scenarios());
    }

    /**
     * The drawn copy with each cluster in {@code sizes} shrunk to that size and its contents left out (an element
     * without a layout is not drawn, and a connection to a card left out ends at its cluster), then each environment
     * packed: its children moved left and up into the room freed, keeping their order and the gaps between them,
     * starting at least {@code top} below the environment's top edge (room for its name tag), and the environment
     * shrunk around them, no narrower than {@code leastWidth} gives (its name tag's width).
     */
    static Model summarised(Model model, Map<ElementId, Geometry> sizes, double top,
                            java.util.function.ToDoubleFunction<Environment> leastWidth) {
        Map<ElementId, ElementLayout> layout = new TreeMap<>(model.layout());
        for (ElementId cluster : sizes.keySet()) {
            removeContents(model, cluster, layout);
        }
        for (Environment environment : model.all(Environment.class)) {
            ElementLayout entry = layout.get(environment.id());
            List<Element> children = model.children(environment.id()).stream().filter(c -> layout.containsKey(c.id())).toList();
            if (entry == null || entry.collapsed() || children.isEmpty()) {
                continue;
            }
            Geometry[] before = new Geometry[children.size()];
            Geometry[] after = new Geometry[children.size()];
            for (int i = 0; i < before.length; i++) {
                Element child = children.get(i);
                ElementLayout placed = layout.get(child.id());
                Geometry at = placed.geometry();
                before[i] = new Geometry(at.x(), at.y(), at.width(),
                        placed.collapsed() ? ElementSizes.collapsedHeight(child.kind()) : at.height());
                Geometry size = sizes.getOrDefault(child.id(), before[i]);
                after[i] = new Geometry(at.x(), at.y(), size.width(), size.height());
            }
            packed(before, after);
            double shift = Math.max(0, top - java.util.Arrays.stream(after).mapToDouble(Geometry::y).min().orElse(top));
            double right = 0;
            double bottom = 0;
            for (int i = 0; i < after.length; i++) {
                Element child = children.get(i);
                ElementLayout placed = layout.get(child.id());
                Geometry at = new Geometry(after[i].x(), after[i].y() + shift, after[i].width(), after[i].height());
                // A summarised cluster is drawn open at its summary's size, even if the canvas shows it collapsed.
                layout.put(child.id(), sizes.containsKey(child.id()) ? ElementLayout.at(at) : placed.withGeometry(
                        new Geometry(at.x(), at.y(), placed.geometry().width(), placed.geometry().height())));
                right = Math.max(right, at.maxX());
                bottom = Math.max(bottom, at.maxY());
            }
            double padding = ElementSizes.padding(environment.kind());
            Geometry at = entry.geometry();
            layout.put(environment.id(), entry.withGeometry(new Geometry(at.x(), at.y(),
                    Math.max(right + padding, leastWidth.applyAsDouble(environment)), bottom + padding)));
        }
        return Model.of(model.settings(), model.elements().values(), layout, model.scenarios());
    }

    /**
     * Moves boxes left, then up, into the room that shrinking some of them freed ({@code after} holds the new sizes
     * at the old places): a box keeps its gap to the nearest box it had beside it (overlapping it across) on its
     * left, then to the nearest above it (overlapping it across once moved left). Boxes that did not overlap do not
     * overlap after: a pair side by side stays apart across, a pair moved to overlap across stays apart down.
     */
    private static void packed(Geometry[] before, Geometry[] after) {
        Integer[] order = new Integer[before.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> before[i].x()));
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            double x = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < k; m++) {
                int j = order[m];
                boolean beside = before[j].y() < before[i].maxY() && before[i].y() < before[j].maxY();
                if (beside && before[j].maxX() <= before[i].x()) {
                    x = Math.max(x, after[j].maxX() + before[i].x() - before[j].maxX());
                }
            }
            if (x > Double.NEGATIVE_INFINITY) {
                after[i] = new Geometry(x, after[i].y(), after[i].width(), after[i].height());
            }
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> before[i].y()));
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            double y = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < k; m++) {
                int j = order[m];
                boolean across = after[j].x() < after[i].maxX() && after[i].x() < after[j].maxX();
                if (across && before[j].maxY() <= before[i].y()) {
                    y = Math.max(y, after[j].maxY() + before[i].y() - before[j].maxY());
                }
            }
            if (y > Double.NEGATIVE_INFINITY) {
                after[i] = new Geometry(after[i].x(), y, after[i].width(), after[i].height());
            }
        }
    }

    /** Takes the layouts of everything inside an element out of {@code layout}. */
    private static void removeContents(Model model, ElementId parent, Map<ElementId, ElementLayout> layout) {
        for (Element child : model.children(parent)) {
            layout.remove(child.id());
            removeContents(model, child.id(), layout);
        }
    }

    /** Room between two environments put in rows. */
    static final double ROW_GAP = 48;

    /**
     * The whole model with its environments in {@code rows} rows (in stage order, each row about as wide as the
     * others) and its endpoints in a column right of them: a summarised picture of a model drawn as one long strip
     * fits a page better in rows. Each environment moves with everything in it (children are placed relative to it).
     */
    public static Model inRows(Model model, int rows) {
        SceneLayout scene = SceneLayout.of(model);
        List<Environment> environments = new ArrayList<>(model.all(Environment.class).stream()
                .filter(e -> scene.bounds(e.id()) != null).sorted(Environment.STAGE_ORDER).toList());
        if (environments.isEmpty()) {
            return model;
        }
        double total = 0;
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        for (Environment environment : environments) {
            Geometry box = scene.bounds(environment.id());
            total += box.width() + ROW_GAP;
            left = Math.min(left, box.x());
            top = Math.min(top, box.y());
        }
        double rowWidth = total / rows;
        Map<ElementId, ElementLayout> layout = new TreeMap<>(model.layout());
        double x = left;
        double y = top;
        double rowHeight = 0;
        for (Environment environment : environments) {
            Geometry box = scene.bounds(environment.id());
            if (x > left && x - left + box.width() / 2 > rowWidth) {
                x = left;
                y += rowHeight + ROW_GAP;
                rowHeight = 0;
            }
            ElementLayout entry = model.layoutOf(environment.id()).orElseThrow();
            layout.put(environment.id(), entry.withGeometry(new Geometry(x, y, entry.geometry().width(), entry.geometry().height())));
            x += box.width() + ROW_GAP;
            rowHeight = Math.max(rowHeight, box.height());
        }
        Model arranged = Model.of(model.settings(), model.elements().values(), layout, model.scenarios());
        Set<ElementId> roots = new java.util.HashSet<>();
        environments.forEach(e -> roots.add(e.id()));
        return around(arranged, roots, model.elements().keySet());
    }

    /**
     * The model with the endpoints among {@code shown} that are outside {@code roots} moved beside the roots' box,
     * or the model itself when there are none.
     *
     * @param shown the scope's closure: the roots, what they hold, and the endpoints they connect to
     */
    public static Model around(Model model, Set<ElementId> roots, Set<ElementId> shown) {
        SceneLayout scene = SceneLayout.of(model);
        Geometry scope = null;
        for (ElementId root : roots) {
            Geometry box = scene.bounds(root);
            if (box != null && !(model.find(root).orElse(null) instanceof ExternalEndpoint)) {
                scope = scope == null ? box : scope.union(box);
            }
        }
        List<ExternalEndpoint> endpoints = new ArrayList<>();
        for (ElementId id : shown) {
            if (!roots.contains(id) && model.find(id).orElse(null) instanceof ExternalEndpoint endpoint
                    && model.layoutOf(id).isPresent()) {
                endpoints.add(endpoint);
            }
        }
        if (scope == null || endpoints.isEmpty()) {
            return model;
        }
        // Each endpoint level with the middle of what it talks to in the scope: the lines stay short and straight.
        Map<ElementId, Double> level = new HashMap<>();
        for (ExternalEndpoint endpoint : endpoints) {
            double sum = 0;
            int count = 0;
            for (Connection connection : model.connectionsOf(endpoint.id())) {
                ElementId other = connection.from().equals(endpoint.id()) ? connection.to() : connection.from();
                Geometry box = shown.contains(other) ? scene.bounds(other) : null;
                if (box != null) {
                    sum += box.y() + box.height() / 2;
                    count++;
                }
            }
            level.put(endpoint.id(), count == 0 ? scope.y() : sum / count);
        }
        endpoints.sort(Comparator.comparingDouble((ExternalEndpoint e) -> level.get(e.id())).thenComparing(Element::id));
        Map<ElementId, ElementLayout> layout = new TreeMap<>(model.layout());
        double x = scope.maxX() + GAP;
        double next = scope.y();
        for (ExternalEndpoint endpoint : endpoints) {
            ElementLayout entry = model.layoutOf(endpoint.id()).orElseThrow();
            double height = entry.collapsed() ? ElementSizes.collapsedHeight(endpoint.kind()) : entry.geometry().height();
            double y = Math.max(next, level.get(endpoint.id()) - height / 2);
            layout.put(endpoint.id(), entry.withGeometry(new Geometry(x, y, entry.geometry().width(), entry.geometry().height())));
            next = y + height + SPACING;
        }
        return Model.of(model.settings(), model.elements().values(), layout, model.scenarios());
    }
}
