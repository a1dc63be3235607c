package dev.bulkhead.model;

import java.util.Objects;

/** An element that lives inside another: clusters in environments, pools and tenants in clusters, agents in tenants. */
public sealed interface ContainedElement extends Element permits Cluster, NodePool, Tenant, Agent {
    @Override
    ElementId parentId();

    /** A copy moved into another container of the same kind. */
    ContainedElement withParent(ElementId newParent);

    /** Checks a parent id in a compact constructor. */
    static ElementId requireParent(ElementId parent, ElementKind kind) {
        return Objects.requireNonNull(parent, () -> kind.label().toLowerCase(java.util.Locale.ROOT) + " needs a "
                + kind.parentKind().label().toLowerCase(java.util.Locale.ROOT));
    }
}
