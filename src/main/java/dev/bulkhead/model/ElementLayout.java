package dev.bulkhead.model;

import java.util.Objects;

/**
 * The layout of one element, kept beside (not inside) its semantics so that two models can be compared
 * without layout noise. A stored size is bounded ({@link ValueRanges#LAYOUT_WIDTH}); rectangles derived from
 * layouts (unions, absolute positions) are plain {@link Geometry} and may be larger.
 */
public record ElementLayout(Geometry geometry, boolean collapsed) {
    public ElementLayout {
        Objects.requireNonNull(geometry, "geometry");
        ValueRanges.LAYOUT_WIDTH.check(geometry.width());
        ValueRanges.LAYOUT_HEIGHT.check(geometry.height());
    }

    /** A layout from its four numbers, each checked against its range before anything else. */
    public static ElementLayout of(double x, double y, double width, double height, boolean collapsed) {
        ValueRanges.LAYOUT_X.check(x);
        ValueRanges.LAYOUT_Y.check(y);
        ValueRanges.LAYOUT_WIDTH.check(width);
        ValueRanges.LAYOUT_HEIGHT.check(height);
        return new ElementLayout(new Geometry(x, y, width, height), collapsed);
    }

    /** An expanded element at the given place. */
    public static ElementLayout at(Geometry geometry) {
        return new ElementLayout(geometry, false);
    }

    /** The same collapsed state at another place. */
    public ElementLayout withGeometry(Geometry newGeometry) {
        return new ElementLayout(newGeometry, collapsed);
    }

    /** The same place, collapsed or expanded. */
    public ElementLayout withCollapsed(boolean newCollapsed) {
        return new ElementLayout(geometry, newCollapsed);
    }
}
