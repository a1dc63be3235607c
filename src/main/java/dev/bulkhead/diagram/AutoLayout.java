package dev.bulkhead.diagram;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Layout computations on top of a snapshot, collecting new layout entries without applying them (the
 * caller applies them in one edit). Elements without a position are placed after those that have one;
 * nothing the user placed moves, except by an explicit tidy. Containers grow to fit their contents and
 * only shrink when asked.
 */
public final class AutoLayout {
    private static final double ROOT_GAP = 60;

    private final Model model;
    private final Map<ElementId, ElementLayout> changes = new LinkedHashMap<>();

    public AutoLayout(Model model) {
        this.model = model;
    }

    /** The layout entries this computation changed or added, in the order they were decided. */
    public Map<ElementId, ElementLayout> changes() {
        return changes;
    }

    /** An element's layout as it stands with the changes so far, or null. */
    public ElementLayout layoutOf(ElementId id) {
        ElementLayout changed = changes.get(id);
        return changed != null ? changed : model.layoutOf(id).orElse(null);
    }

    /** Sets a layout entry (a move, a resize) for the growth and placement that follow. */
    public AutoLayout set(ElementId id, ElementLayout layout) {
        changes.put(id, layout);
        return this;
    }

    /** Places every element that has no position yet, growing containers to fit. */
    public AutoLayout placeMissing() {
        List<Element> roots = new ArrayList<>(model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList());
        for (Element root : roots) {
            arrange(root);
        }
        placeRoots(roots, true);
        List<Element> endpoints = new ArrayList<>(model.all(ExternalEndpoint.class));
        endpoints.forEach(this::arrange);
        placeRoots(endpoints, false);
        return growAround(new ArrayList<>(changes.keySet()));
    }

    /** Places, inside an edit, every element the edit left without a position. */
    public static void placeMissingIn(dev.bulkhead.model.Transaction tx) {
        new AutoLayout(tx.view()).placeMissing().changes().forEach(tx::setLayout);
    }

    /** Grows every container above the given elements until it holds them. */
    public AutoLayout growAround(Collection<ElementId> ids) {
        // Each container above the elements is fitted once, the deepest first, so that it sees its children's final
        // sizes. Fitting only grows, so this gives what fitting every chain bottom-up after each element gave, without
        // fitting a cluster of 1,200 tenants once per tenant (seconds when a 10,000-element file is opened, issue 16).
        Map<ElementId, Element> containers = new HashMap<>();
        Map<ElementId, Integer> depth = new HashMap<>();
        for (ElementId id : ids) {
            List<Element> chain = new ArrayList<>();
            Element element = model.find(id).orElse(null);
            while (element != null && element.parentId() != null) {
                Element parent = model.find(element.parentId()).orElseThrow();
                chain.add(parent);
                element = parent;
            }
            for (int i = 0; i < chain.size(); i++) {
                containers.put(chain.get(i).id(), chain.get(i));
                depth.put(chain.get(i).id(), chain.size() - i);
            }
        }
        List<Element> deepestFirst = new ArrayList<>(containers.values());
        deepestFirst.sort(Comparator.comparing((Element container) -> depth.get(container.id())).reversed());
        Map<ElementId, List<Element>> children = childrenOf(containers.keySet());
        for (Element container : deepestFirst) {
            fitAround(container, children.get(container.id()), false);
        }
        return this;
    }

    /**
     * The children of a few containers. A transaction's view is derived from the document's last snapshot, so its
     * index is a thin layer on that snapshot's (see ModelDocument#detachedView); a pass over every element instead was a
     * tenth of a 200-tenant drop's frame at 10,000 elements (issue 16).
     */
    private Map<ElementId, List<Element>> childrenOf(java.util.Set<ElementId> containers) {
        Map<ElementId, List<Element>> children = new HashMap<>();
        containers.forEach(id -> children.put(id, model.children(id)));
        return children;
    }

    /** Re-flows the children of a container in a tidy grid and fits the container to them. */
    public AutoLayout tidy(Element container) {
        List<Element> children = model.children(container.id());
        ElementLayout own = layoutOf(container.id());
        double width = own == null ? ElementSizes.defaultWidth(container.kind()) : own.geometry().width();
        flow(container, children, width, ElementSizes.header(container.kind()));
        fitAround(container, true);
        growAround(List.of(container.id()));
        return this;
    }

    /** Lays out sibling elements in a grid starting where the first of them is. */
    public AutoLayout tidySiblings(List<Element> siblings) {
        if (siblings.isEmpty()) {
            return this;
        }
        double x = siblings.stream().mapToDouble(e -> layoutOf(e.id()).geometry().x()).min().orElse(0);
        double y = siblings.stream().mapToDouble(e -> layoutOf(e.id()).geometry().y()).min().orElse(0);
        double right = siblings.stream().mapToDouble(e -> layoutOf(e.id()).geometry().maxX()).max().orElse(x);
        placeInRows(sorted(siblings), x, y, Math.max(right - x, 400));
        growAround(siblings.stream().map(Element::id).toList());
        return this;
    }

    /** Shrinks or grows a container to wrap its contents exactly (with padding). */
    public AutoLayout fitToContents(Element container) {
        fitAround(container, true);
        growAround(List.of(container.id()));
        return this;
    }

    /** Gives an element and everything inside it positions, returning its size. */
    private Geometry arrange(Element element) {
        List<Element> unplaced = new ArrayList<>();
        List<Element> children = model.children(element.id());
        for (Element child : children) {
            boolean placed = layoutOf(child.id()) != null;
            arrange(child);
            if (!placed) {
                unplaced.add(child);
            }
        }
        ElementLayout own = layoutOf(element.id());
        if (own == null) {
            double width = ElementSizes.defaultWidth(element.kind());
            if (!unplaced.isEmpty() && ElementSizes.isContainer(element.kind())) {
                width = Math.max(width, preferredWidth(unplaced) + 2 * ElementSizes.padding(element.kind()));
            }
            own = ElementLayout.at(new Geometry(0, 0, width, ElementSizes.defaultHeight(element.kind())));
            changes.put(element.id(), own);
        }
        if (!unplaced.isEmpty()) {
            double top = ElementSizes.header(element.kind());
            // By id: a list's contains compared whole elements, once per child of a cluster of thousands (issue 16).
            java.util.Set<ElementId> unplacedIds = new java.util.HashSet<>();
            unplaced.forEach(child -> unplacedIds.add(child.id()));
            for (Element child : children) {
                if (!unplacedIds.contains(child.id())) {
                    top = Math.max(top, layoutOf(child.id()).geometry().maxY() + ElementSizes.GAP);
                }
            }
            flow(element, unplaced, own.geometry().width(), top);
            fitAround(element, false);
        }
        return layoutOf(element.id()).geometry();
    }

    /** Places children in rows (pools, then tenants, then agents) within a container's width. */
    private void flow(Element container, List<Element> children, double width, double top) {
        double padding = ElementSizes.padding(container.kind());
        placeInRows(sorted(children), padding, top, width - 2 * padding);
    }

    private void placeInRows(List<Element> elements, double left, double top, double width) {
        double x = left;
        double y = top;
        double rowHeight = 0;
        ElementKind previousKind = null;
        for (Element element : elements) {
            Geometry size = sizeOf(element);
            boolean newKind = previousKind != null && previousKind != element.kind();
            if ((x > left && x + size.width() > left + width) || (newKind && x > left)) {
                x = left;
                y += rowHeight + ElementSizes.GAP;
                rowHeight = 0;
            }
            ElementLayout current = layoutOf(element.id());
            changes.put(element.id(), new ElementLayout(size.movedTo(x, y), current != null && current.collapsed()));
            x += size.width() + ElementSizes.GAP;
            rowHeight = Math.max(rowHeight, size.height());
            previousKind = element.kind();
        }
    }

    /** Environments left to right in stage order, endpoints in a column to their right. */
    private void placeRoots(List<Element> roots, boolean sideBySide) {
        double right = 0;
        double bottom = 0;
        for (Element root : model.all(Environment.class)) {
            ElementLayout placed = model.layoutOf(root.id()).orElse(null);
            if (placed != null) {
                right = Math.max(right, placed.geometry().maxX());
            }
        }
        double x = right == 0 ? ROOT_GAP : right + ROOT_GAP;
        if (!sideBySide) {
            for (Element environment : model.all(Environment.class)) {
                right = Math.max(right, layoutOf(environment.id()).geometry().maxX());
            }
            x = right + ROOT_GAP;
            for (Element endpoint : roots) {
                ElementLayout placed = model.layoutOf(endpoint.id()).orElse(null);
                if (placed != null) {
                    bottom = Math.max(bottom, placed.geometry().maxY());
                }
            }
        }
        double y = sideBySide ? ROOT_GAP : Math.max(ROOT_GAP, bottom + ElementSizes.GAP);
        for (Element root : roots) {
            if (model.layoutOf(root.id()).isPresent()) {
                continue;
            }
            Geometry size = layoutOf(root.id()).geometry();
            changes.put(root.id(), new ElementLayout(size.movedTo(x, y), false));
            if (sideBySide) {
                x += size.width() + ROOT_GAP;
            } else {
                y += size.height() + ElementSizes.GAP;
            }
        }
    }

    /** Makes a container big enough for its children (and, when {@code exactly}, no bigger). */
    private void fitAround(Element container, boolean exactly) {
        fitAround(container, model.children(container.id()), exactly);
    }

    private void fitAround(Element container, List<Element> children, boolean exactly) {
        ElementLayout own = layoutOf(container.id());
        if (own == null) {
            return;
        }
        double padding = ElementSizes.padding(container.kind());
        double needWidth = exactly ? ElementSizes.defaultWidth(container.kind()) / 2 : 0;
        double needHeight = exactly ? ElementSizes.header(container.kind()) + padding : 0;
        for (Element child : children) {
            ElementLayout layout = layoutOf(child.id());
            if (layout != null) {
                Geometry box = layout.geometry();
                double height = layout.collapsed() ? ElementSizes.collapsedHeight(child.kind()) : box.height();
                needWidth = Math.max(needWidth, box.x() + box.width() + padding);
                needHeight = Math.max(needHeight, box.y() + height + padding);
            }
        }
        Geometry box = own.geometry();
        double width = exactly ? needWidth : Math.max(box.width(), needWidth);
        double height = exactly ? needHeight : Math.max(box.height(), needHeight);
        if (width != box.width() || height != box.height()) {
            changes.put(container.id(), own.withGeometry(new Geometry(box.x(), box.y(), Math.max(40, width), Math.max(30, height))));
        }
    }

    private Geometry sizeOf(Element element) {
        ElementLayout layout = layoutOf(element.id());
        return layout != null ? layout.geometry()
                : new Geometry(0, 0, ElementSizes.defaultWidth(element.kind()), ElementSizes.defaultHeight(element.kind()));
    }

    /** A width that lays many children out roughly 1.6 times wider than tall. */
    private double preferredWidth(List<Element> children) {
        double widest = children.stream().mapToDouble(c -> sizeOf(c).width()).max().orElse(0);
        int columns = (int) Math.min(children.size(), Math.max(3, Math.min(10, Math.ceil(Math.sqrt(children.size() * 1.6)))));
        return columns * (widest + ElementSizes.GAP) - ElementSizes.GAP;
    }

    private static List<Element> sorted(List<Element> elements) {
        List<Element> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparing((Element e) -> e.kind().ordinal()).thenComparing(Element::id));
        return sorted;
    }
}
