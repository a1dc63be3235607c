package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.List;

/**
 * The grips drawn on the selection: resize handles on a selected shape, a port to drag connections from,
 * and the two ends of a selected connection. Computed in screen space, so they keep their size at any zoom;
 * the overlay draws them and the input layer hit-tests the same list.
 */
public final class Handles {
    /** Screen size of a square grip. */
    static final double SIZE = 9;
    /** Extra screen distance within which a grip still counts as hit. */
    private static final double SLOP = 3;

    /** What a grip does. */
    public enum Kind { RESIZE_EAST, RESIZE_SOUTH, RESIZE_SOUTH_EAST, CONNECT_PORT, CONNECTION_START, CONNECTION_END }

    /** One grip: what it does, on which element, centred at a screen point. */
    public record Handle(Kind kind, ElementId element, double x, double y) {
        boolean isHit(double px, double py) {
            double reach = SIZE / 2 + SLOP;
            return Math.abs(px - x) <= reach && Math.abs(py - y) <= reach;
        }
    }

    private Handles() {
    }

    /** The grips of the current selection: only when one thing is selected, as in most diagram editors. */
    public static List<Handle> of(SceneLayout scene, Viewport viewport, SelectionModel selection) {
        List<Handle> handles = new ArrayList<>();
        ElementId id = selection.selected().size() == 1 ? selection.primary() : null;
        Element element = id == null ? null : scene.model().find(id).orElse(null);
        if (element instanceof Connection) {
            double[] route = scene.route(id);
            if (route != null) {
                handles.add(new Handle(Kind.CONNECTION_START, id, viewport.toScreenX(route[0]), viewport.toScreenY(route[1])));
                int last = route.length - 2;
                handles.add(new Handle(Kind.CONNECTION_END, id, viewport.toScreenX(route[last]), viewport.toScreenY(route[last + 1])));
            }
            return handles;
        }
        Geometry box = element == null ? null : scene.bounds(id);
        if (box == null) {
            return handles;
        }
        double left = viewport.toScreenX(box.x());
        double top = viewport.toScreenY(box.y());
        double right = viewport.toScreenX(box.maxX());
        double bottom = viewport.toScreenY(box.maxY());
        boolean collapsed = scene.model().layoutOf(id).map(l -> l.collapsed()).orElse(false);
        if (!collapsed) {
            handles.add(new Handle(Kind.RESIZE_EAST, id, right, (top + bottom) / 2));
            handles.add(new Handle(Kind.RESIZE_SOUTH, id, (left + right) / 2, bottom));
            handles.add(new Handle(Kind.RESIZE_SOUTH_EAST, id, right, bottom));
        }
        if (element.kind().isConnectable()) {
            handles.add(new Handle(Kind.CONNECT_PORT, id, right + 14, (top + bottom) / 2));
        }
        return handles;
    }

    /** The grip under a screen point, or null. */
    public static Handle at(List<Handle> handles, double x, double y) {
        for (Handle handle : handles) {
            if (handle.isHit(x, y)) {
                return handle;
            }
        }
        return null;
    }
}
