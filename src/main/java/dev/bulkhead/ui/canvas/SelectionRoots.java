package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outermost shapes of a selection, and what they carry along. Moving, copying and deleting a container
 * takes its contents, so a selected element inside another selected one is not handled twice.
 */
public final class SelectionRoots {
    private SelectionRoots() {
    }

    /** The selected shapes (not connections) none of whose containers is selected too, in selection order. */
    public static List<Element> of(Model model, Collection<ElementId> selection) {
        Set<ElementId> selected = new LinkedHashSet<>(selection);
        List<Element> roots = new ArrayList<>();
        for (ElementId id : selected) {
            Element element = model.find(id).orElse(null);
            if (element != null && !(element instanceof Connection) && !hasSelectedContainer(model, element, selected)) {
                roots.add(element);
            }
        }
        return roots;
    }

    /** The ids of the given shapes and of everything inside them, each container before its contents. */
    public static Set<ElementId> withContents(Model model, Collection<? extends Element> roots) {
        Set<ElementId> ids = new LinkedHashSet<>();
        roots.forEach(root -> collect(model, root, ids));
        return ids;
    }

    private static void collect(Model model, Element element, Set<ElementId> ids) {
        ids.add(element.id());
        for (Element child : model.children(element.id())) {
            collect(model, child, ids);
        }
    }

    private static boolean hasSelectedContainer(Model model, Element element, Set<ElementId> selected) {
        for (ElementId parent = element.parentId(); parent != null;
             parent = model.find(parent).map(Element::parentId).orElse(null)) {
            if (selected.contains(parent)) {
                return true;
            }
        }
        return false;
    }
}
