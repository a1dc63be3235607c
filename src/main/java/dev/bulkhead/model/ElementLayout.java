package dev.bulkhead.model;

import java.util.Objects;

/**
 * The layout of one element, kept beside (not inside) its semantics so that two models can be compared
 * without layout noise.
 */
public record ElementLayout(Geometry geometry, boolean collapsed) {
    public ElementLayout {
        Objects.requireNonNull(geometry, "geometry");
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
