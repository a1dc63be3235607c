package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import java.util.List;

/**
 * What a gesture in progress shows, as ghosts on the overlay, without touching the model: elements moved by a
 * delta, or one element resized. The model changes once, on release.
 *
 * @param moved   the outermost elements being dragged (their contents go with them)
 * @param resized the element being resized and its new canvas bounds, or null
 */
public record DragPreview(List<ElementId> moved, double dx, double dy, ElementId resized, Geometry resizedBounds) {
    /** Nothing in progress. */
    public static final DragPreview NONE = new DragPreview(List.of(), 0, 0, null, null);

    public static DragPreview move(List<ElementId> moved, double dx, double dy) {
        return new DragPreview(moved, dx, dy, null, null);
    }

    public static DragPreview resize(ElementId id, Geometry bounds) {
        return new DragPreview(List.of(), 0, 0, id, bounds);
    }

    public boolean isEmpty() {
        return moved.isEmpty() && resized == null;
    }
}
