package dev.bulkhead.analysis;

import java.util.List;

/** A drawn cluster with the tenants drawn inside it. */
public record ClusterLoad(HostCluster host, List<TenantLoad> tenants) {
    public ClusterLoad {
        tenants = List.copyOf(tenants);
    }
}
