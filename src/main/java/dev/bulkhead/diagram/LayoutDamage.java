package dev.bulkhead.diagram;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import java.util.List;
import java.util.Map;

/**
 * What a layout change moved on screen (see {@link SceneLayout#afterLayoutChange}): the old and new bounds of every
 * box that moved or changed size, and the connections whose route may have changed, each with the route it had
 * before (null when it had not been routed, so was never drawn). The new routes are the new layout's. Routes that
 * the clearance ({@link RouteClearance}) changes elsewhere because of the move are known only once it is worked out:
 * the canvas draws everything again then.
 */
public record LayoutDamage(List<Geometry> boxes, Map<ElementId, double[]> oldRoutes) {
    public LayoutDamage {
        boxes = List.copyOf(boxes);
        oldRoutes = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(oldRoutes));
    }

    /** Whether nothing moved. */
    public boolean isEmpty() {
        return boxes.isEmpty() && oldRoutes.isEmpty();
    }
}
