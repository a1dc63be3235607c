package dev.bulkhead.analysis.diff;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import java.util.List;
import java.util.Objects;

/**
 * One element that differs between two models: added, removed, or changed in named attributes.
 *
 * @param where   the environment it is in (empty for endpoints and connections between environments)
 * @param details what changed, one "attribute: before → after" per entry; for an added or removed connection, its ends
 */
public record ElementChange(ElementId id, ElementKind kind, String name, String where, Status status, List<String> details) {
    /** How an element differs. */
    public enum Status { ADDED, REMOVED, CHANGED }

    public ElementChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        details = List.copyOf(details);
    }
}
