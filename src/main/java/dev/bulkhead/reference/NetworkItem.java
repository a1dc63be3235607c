package dev.bulkhead.reference;

import java.util.Objects;

/**
 * A fixed network cost every cluster pays, such as NAT gateways or a load balancer.
 *
 * @param hourly      price per hour of one; for an item priced per node, the price once the cluster has more than
 *                    {@code perNodeUpTo} nodes (the cap)
 * @param perNode     price per hour for each node using the item, or null for a flat price: Google charges a Cloud NAT
 *                    gateway per VM instance using it, up to a cap
 * @param perNodeUpTo the most nodes charged per node; above it {@code hourly} is charged. Null for a flat price
 */
public record NetworkItem(String item, int count, Sourced hourly, Sourced perNode, Integer perNodeUpTo) {
    public NetworkItem {
        Objects.requireNonNull(hourly, "hourly");
        if (perNode != null && (perNodeUpTo == null || perNodeUpTo < 1 || count != 1)) {
            // The per-node formula prints one item's nodes: several items per cluster would need their own count.
            throw new IllegalArgumentException("network item " + item + " priced per node needs a count of 1 and perNodeUpTo");
        }
    }

    /** An item at one price per hour, whatever the cluster's size. */
    public NetworkItem(String item, int count, Sourced hourly) {
        this(item, count, hourly, null, null);
    }

    /** Whether a cluster of {@code nodes} nodes pays the per-node price rather than the flat (or capped) one. */
    public boolean chargedPerNode(int nodes) {
        return perNode != null && nodes <= perNodeUpTo;
    }

    /** Cost per hour of all {@code count} of them in a cluster of {@code nodes} nodes. */
    public double hourlyTotal(int nodes) {
        return chargedPerNode(nodes) ? nodes * perNode.value() : count * hourly.value();
    }
}
