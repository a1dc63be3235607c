package dev.bulkhead.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lookups derived from a snapshot's elements: by type, children of a container, connections of an
 * element. A snapshot that differs from an indexed one by a few elements gets a thin layer that holds only
 * the lists those elements touch and defers the rest to the layer below, so indexing after an edit costs
 * in proportion to the edit, not to the model. Every {@value #MAX_DEPTH} layers the index is rebuilt flat,
 * which bounds both lookup time and what old layers keep alive.
 */
final class ModelIndex {
    static final int MAX_DEPTH = 8;
    /** Above this many changed elements a flat rebuild is cheaper than a layer. */
    static final int MAX_LAYER_CHANGES = 256;

    private static final Comparator<Element> BY_ID = Comparator.comparing(Element::id);

    private final ModelIndex below;
    private final int depth;
    private final Map<Class<?>, List<Element>> byType;
    private final Map<ElementId, List<Element>> children;
    private final Map<ElementId, List<Connection>> connections;
    /**
     * Elements by id, hashed: the snapshot's own map is sorted, and an analysis looks up the ends, tenants and
     * environments of thousands of connections, each a descent of string comparisons there. A layer holds only
     * the changed ids, a removed one as {@link #REMOVED}; a flat index hashes its elements when first asked
     * (a re-analysis after a small edit rarely asks, and a flat rebuild comes every few edits).
     */
    private volatile Map<ElementId, Object> byId;
    private static final Object REMOVED = new Object();

    private ModelIndex(ModelIndex below, Map<Class<?>, List<Element>> byType, Map<ElementId, List<Element>> children,
                       Map<ElementId, List<Connection>> connections, Map<ElementId, Object> byId) {
        this.below = below;
        this.depth = below == null ? 0 : below.depth + 1;
        this.byType = byType;
        this.children = children;
        this.connections = connections;
        this.byId = byId;
    }

    /** Whether this index is a layer over another. */
    boolean isLayer() {
        return below != null;
    }

    /** A flat index of all elements, in id order. */
    static ModelIndex flat(Collection<Element> elements) {
        Map<Class<?>, List<Element>> byType = new HashMap<>();
        Map<ElementId, List<Element>> children = new HashMap<>(Math.max(16, elements.size()));
        Map<ElementId, List<Connection>> connections = new HashMap<>();
        for (Element element : elements) {
            byType.computeIfAbsent(element.getClass(), type -> new ArrayList<>()).add(element);
            ElementId parent = element.parentId();
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>(4)).add(element);
            }
            if (element instanceof Connection connection) {
                connections.computeIfAbsent(connection.from(), end -> new ArrayList<>(2)).add(connection);
                connections.computeIfAbsent(connection.to(), end -> new ArrayList<>(2)).add(connection);
            }
        }
        byType.replaceAll((type, list) -> Collections.unmodifiableList(list));
        children.replaceAll((parent, list) -> Collections.unmodifiableList(list));
        connections.replaceAll((end, list) -> Collections.unmodifiableList(list));
        return new ModelIndex(null, byType, children, connections, null);
    }

    /**
     * The index of a snapshot that differs from {@code below}'s by the {@code changed} ids; null when a
     * flat rebuild is the better choice.
     */
    static ModelIndex layer(ModelIndex below, Map<ElementId, Element> before, Map<ElementId, Element> after,
                            Set<ElementId> changed) {
        if (below.depth + 1 >= MAX_DEPTH || changed.size() > MAX_LAYER_CHANGES) {
            return null;
        }
        Map<Class<?>, List<Element>> byType = new HashMap<>(below.byType);
        Map<ElementId, List<Element>> children = new HashMap<>();
        Map<ElementId, List<Connection>> connections = new HashMap<>();
        java.util.Set<Class<?>> types = new java.util.HashSet<>();
        java.util.Set<ElementId> parents = new java.util.HashSet<>();
        java.util.Set<ElementId> ends = new java.util.HashSet<>();
        Map<ElementId, Object> byId = new HashMap<>();
        for (ElementId id : changed) {
            Element now = after.get(id);
            byId.put(id, now != null ? now : REMOVED);
            for (Element element : new Element[] {before.get(id), after.get(id)}) {
                if (element == null) {
                    continue;
                }
                types.add(element.getClass());
                if (element.parentId() != null) {
                    parents.add(element.parentId());
                }
                if (element instanceof Connection connection) {
                    ends.add(connection.from());
                    ends.add(connection.to());
                }
            }
        }
        for (Class<?> type : types) {
            byType.put(type, merge(below.byType.getOrDefault(type, List.of()), changed, after, e -> e.getClass() == type));
        }
        for (ElementId parent : parents) {
            children.put(parent, merge(below.children(parent), changed, after, e -> parent.equals(e.parentId())));
        }
        for (ElementId end : ends) {
            List<Element> list = merge(new ArrayList<>(below.connectionsOf(end)), changed, after,
                    e -> e instanceof Connection c && (c.from().equals(end) || c.to().equals(end)));
            List<Connection> typed = new ArrayList<>(list.size());
            list.forEach(e -> typed.add((Connection) e));
            connections.put(end, Collections.unmodifiableList(typed));
        }
        return new ModelIndex(below, byType, children, connections, byId);
    }

    List<Element> byType(Class<?> type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The element with this id, or null. */
    Element find(ElementId id) {
        for (ModelIndex layer = this; layer != null; layer = layer.below) {
            Object element = layer.byId().get(id);
            if (element != null) {
                return element == REMOVED ? null : (Element) element;
            }
        }
        return null;
    }

    private Map<ElementId, Object> byId() {
        Map<ElementId, Object> map = byId;
        if (map == null) {
            // Only a flat index gets here (a layer is made with its map), and its lists by type hold every element.
            // Two threads may both hash it; each builds the same map from immutable elements.
            int size = 0;
            for (List<Element> list : byType.values()) {
                size += list.size();
            }
            map = new HashMap<>(Math.max(16, size * 4 / 3 + 1));
            for (List<Element> list : byType.values()) {
                for (Element element : list) {
                    map.put(element.id(), element);
                }
            }
            byId = map;
        }
        return map;
    }

    List<Element> children(ElementId parent) {
        for (ModelIndex layer = this; layer != null; layer = layer.below) {
            List<Element> list = layer.children.get(parent);
            if (list != null) {
                return list;
            }
        }
        return List.of();
    }

    List<Connection> connectionsOf(ElementId id) {
        for (ModelIndex layer = this; layer != null; layer = layer.below) {
            List<Connection> list = layer.connections.get(id);
            if (list != null) {
                return list;
            }
        }
        return List.of();
    }

    /**
     * A list from the layer below with the changed elements taken out and their new versions put back
     * where they belong (id order). A replaced element keeps its place, so the usual edit (one element
     * replaced) sorts nothing.
     */
    private static List<Element> merge(List<? extends Element> old, Set<ElementId> changed, Map<ElementId, Element> after,
                                       java.util.function.Predicate<Element> belongs) {
        List<Element> result = new ArrayList<>(old.size() + 1);
        Set<ElementId> replaced = new java.util.HashSet<>();
        for (Element element : old) {
            if (!changed.contains(element.id())) {
                result.add(element);
                continue;
            }
            Element now = after.get(element.id());
            if (now != null && belongs.test(now)) {
                result.add(now);
                replaced.add(now.id());
            }
        }
        boolean added = false;
        for (ElementId id : changed) {
            Element now = after.get(id);
            if (now != null && !replaced.contains(id) && belongs.test(now)) {
                result.add(now);
                added = true;
            }
        }
        if (added) {
            result.sort(BY_ID);
        }
        return Collections.unmodifiableList(result);
    }
}
