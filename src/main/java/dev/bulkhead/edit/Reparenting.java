package dev.bulkhead.edit;

import dev.bulkhead.model.ContainedElement;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.Transaction;
import java.util.ArrayList;
import java.util.List;

/** Moving an element into another container, with the rules the domain sets for it. */
public final class Reparenting {
    private Reparenting() {
    }

    /**
     * Moves an element into another container inside a transaction. Dedication cannot cross clusters, so a
     * tenant leaving its cluster releases the pools there that were dedicated to it, and a pool leaving its
     * cluster becomes shared.
     *
     * @return what was released, in words for the user, or null
     */
    public static String moveInto(Transaction tx, Element element, ElementId newParent) {
        List<String> released = new ArrayList<>();
        if (element instanceof Tenant) {
            for (NodePool pool : tx.view().all(NodePool.class)) {
                if (element.id().equals(pool.dedicatedTo())) {
                    tx.replace(pool.withDedicatedTo(null));
                    released.add(pool.name());
                }
            }
        }
        Element current = tx.find(element.id()).orElseThrow();
        if (current instanceof NodePool pool && pool.dedicatedTo() != null) {
            current = pool.withDedicatedTo(null);
            released.add(pool.name());
        }
        tx.replace(((ContainedElement) current).withParent(newParent));
        return released.isEmpty() ? null
                : "node pool " + String.join(", ", released) + " is now shared (dedication stays within a cluster)";
    }
}
