package dev.bulkhead.model;

import java.util.List;

/**
 * Something an architect draws: an immutable value identified by a stable id. Changing an element means
 * replacing it with a modified copy through {@link ModelDocument}, which records the change for undo.
 */
public sealed interface Element
        permits Environment, ExternalEndpoint, Connection, ContainedElement {
    /** The stable id. */
    ElementId id();

    /** The display name. */
    String name();

    /** What kind of element this is. */
    ElementKind kind();

    /** The containing element, or null for top-level elements and connections. */
    default ElementId parentId() {
        return null;
    }

    /** Ids this element refers to besides its parent (connection ends, the tenant a pool is dedicated to). */
    default List<ElementId> references() {
        return List.of();
    }

    /** A copy under another name. */
    Element withName(String newName);
}
