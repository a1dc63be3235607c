package dev.bulkhead.analysis;

import java.util.List;

/** A drawn cluster with the tenants drawn inside it and the data they send over connections. */
record ClusterLoad(HostCluster host, List<TenantLoad> tenants, List<TrafficFlow> flows) {
    ClusterLoad {
        tenants = List.copyOf(tenants);
        flows = List.copyOf(flows);
    }

    /** A cluster whose tenants send nothing that is priced (growth curves of a tenant mix). */
    ClusterLoad(HostCluster host, List<TenantLoad> tenants) {
        this(host, tenants, List.of());
    }
}
