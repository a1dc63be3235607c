package dev.bulkhead.diagram;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The drawn copy of a model with its clusters' contents, and its environments' clusters, put in more, shorter rows
 * for a page. On the canvas a cluster lays its tenants out in one long row; fitted to a page that strip printed its
 * names too small to read, and they were collapsed into summaries with a third of the page left blank. Only the copy
 * drawn changes, never the model: same boxes, same sizes, in the same reading order (row by row, left to right), each
 * kind (pools, tenants, agents) starting a row of its own as {@link AutoLayout} places them.
 */
final class PageReflow {
    /**
     * Room between two boxes re-flowed, twice the canvas's {@link ElementSizes#GAP}: the lines between the rows run in
     * it with their port labels, which at the canvas's gap sat on the cards' edges.
     */
    static final double GAP = 2 * ElementSizes.GAP;

    private PageReflow() {
    }

    /** The most boxes side by side in any row of a container's children: the widest a re-flow could make it. */
    static int widestRow(Model model, Class<? extends Element> container) {
        int widest = 1;
        for (Element parent : model.all(container)) {
            for (List<Geometry> row : rows(model.children(parent.id()), model.layout())) {
                widest = Math.max(widest, row.size());
            }
        }
        return widest;
    }

    /**
     * The model with at most {@code columns} boxes of a kind side by side in a cluster and at most {@code across}
     * clusters side by side in an environment, each container fitted around its new rows (never narrower than its
     * title needs). A container whose rows are no wider than that keeps its arrangement.
     */
    static Model reflowed(Model model, int columns, int across) {
        Map<ElementId, ElementLayout> layout = new TreeMap<>(model.layout());
        for (Cluster cluster : model.all(Cluster.class)) {
            flow(model, cluster, columns, DiagramPainter.leastClusterWidth(cluster), layout);
        }
        for (Environment environment : model.all(Environment.class)) {
            flow(model, environment, across, DiagramPainter.leastEnvironmentWidth(environment), layout);
        }
        return Model.of(model.settings(), model.elements().values(), layout, model.scenarios());
    }

    /** Re-places a container's children in rows of at most {@code columns} and fits the container around them. */
    private static void flow(Model model, Element container, int columns, double leastWidth, Map<ElementId, ElementLayout> layout) {
        ElementLayout own = layout.get(container.id());
        List<Element> children = model.children(container.id()).stream().filter(c -> layout.containsKey(c.id())).toList();
        if (own == null || own.collapsed() || children.isEmpty()) {
            return;
        }
        // A cluster re-flowed before its environment changed size: the environment's children are re-placed whenever
        // one of them changed, even when its rows are narrow enough already.
        boolean resized = children.stream().anyMatch(c -> !layout.get(c.id()).geometry().equals(model.layoutOf(c.id())
                .map(ElementLayout::geometry).orElse(null)));
        int widest = rows(children, model.layout()).stream().mapToInt(List::size).max().orElse(1);
        if (widest <= columns && !resized) {
            return;
        }
        // Never wider than it was: a container whose children stand in a column keeps them in one.
        int limit = Math.min(columns, widest);
        List<Element> reading = new ArrayList<>(children);
        reading.sort(Comparator.comparingDouble((Element c) -> model.layoutOf(c.id()).orElseThrow().geometry().y())
                .thenComparingDouble(c -> model.layoutOf(c.id()).orElseThrow().geometry().x()).thenComparing(Element::id));
        Map<ElementKind, List<Element>> byKind = new LinkedHashMap<>();
        reading.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        double left = children.stream().mapToDouble(c -> layout.get(c.id()).geometry().x()).min().orElseThrow();
        double y = children.stream().mapToDouble(c -> layout.get(c.id()).geometry().y()).min().orElseThrow();
        double right = 0;
        for (List<Element> kind : byKind.values()) {
            double x = left;
            double rowHeight = 0;
            int inRow = 0;
            for (Element child : kind) {
                if (inRow == limit) {
                    x = left;
                    y += rowHeight + GAP;
                    rowHeight = 0;
                    inRow = 0;
                }
                ElementLayout entry = layout.get(child.id());
                Geometry at = entry.geometry();
                layout.put(child.id(), entry.withGeometry(new Geometry(x, y, at.width(), at.height())));
                x += at.width() + GAP;
                right = Math.max(right, x - GAP);
                rowHeight = Math.max(rowHeight, height(child, entry));
                inRow++;
            }
            y += rowHeight + GAP;
        }
        double padding = ElementSizes.padding(container.kind());
        Geometry at = own.geometry();
        layout.put(container.id(), own.withGeometry(new Geometry(at.x(), at.y(), Math.max(right + padding, leastWidth),
                y - GAP + padding)));
    }

    private static double height(Element element, ElementLayout entry) {
        return entry.collapsed() ? ElementSizes.collapsedHeight(element.kind()) : entry.geometry().height();
    }

    /** The children's boxes in rows: a box joins the row of the boxes of its kind it stands level with. */
    private static List<List<Geometry>> rows(List<Element> children, Map<ElementId, ElementLayout> layout) {
        Map<ElementKind, Map<Double, List<Geometry>>> byTop = new HashMap<>();
        for (Element child : children) {
            ElementLayout entry = layout.get(child.id());
            if (entry != null) {
                byTop.computeIfAbsent(child.kind(), k -> new TreeMap<>())
                        .computeIfAbsent(entry.geometry().y(), y -> new ArrayList<>()).add(entry.geometry());
            }
        }
        List<List<Geometry>> rows = new ArrayList<>();
        byTop.values().forEach(kind -> rows.addAll(kind.values()));
        return rows;
    }
}
