package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copied elements: the selection with everything inside it, the connections between them, and their
 * layout. Pasting gives every element a new id and keeps the references inside the copied set.
 *
 * @param roots the copied elements whose container was not copied
 */
public record CanvasClipboard(List<Element> elements, Set<ElementId> roots, Map<ElementId, ElementLayout> layout) {
    public CanvasClipboard {
        elements = List.copyOf(elements);
        roots = Set.copyOf(roots);
        layout = Map.copyOf(layout);
    }

    /** Copies the given elements (connections among them come along) from a snapshot. */
    public static CanvasClipboard of(Model model, Collection<ElementId> selection) {
        List<Element> rootElements = SelectionRoots.of(model, selection);
        Set<ElementId> roots = new LinkedHashSet<>();
        rootElements.forEach(root -> roots.add(root.id()));
        Set<ElementId> ids = SelectionRoots.withContents(model, rootElements);
        List<Element> elements = new ArrayList<>();
        ids.forEach(id -> elements.add(model.find(id).orElseThrow()));
        for (Connection connection : model.all(Connection.class)) {
            if (ids.contains(connection.from()) && ids.contains(connection.to())) {
                elements.add(connection);
            }
        }
        Map<ElementId, ElementLayout> layout = new LinkedHashMap<>();
        ids.forEach(id -> model.layoutOf(id).ifPresent(l -> layout.put(id, l)));
        return new CanvasClipboard(elements, roots, layout);
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }
}
