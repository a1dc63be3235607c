package dev.bulkhead.analysis;

import java.util.List;

/**
 * A drawn cluster with the tenants drawn inside it and the data they send over connections.
 *
 * @param untrustedRunc the tenants that run untrusted code under runc (the hard gate asks of every column;
 *                      found once here, not by reading every agent of the cluster five times)
 */
record ClusterLoad(HostCluster host, List<TenantLoad> tenants, List<TrafficFlow> flows, List<TenantLoad> untrustedRunc) {
    ClusterLoad {
        tenants = List.copyOf(tenants);
        flows = List.copyOf(flows);
        untrustedRunc = List.copyOf(untrustedRunc);
    }

    ClusterLoad(HostCluster host, List<TenantLoad> tenants, List<TrafficFlow> flows) {
        this(host, tenants, flows, tenants.stream().filter(TenantLoad::hasUntrustedRuncCode).toList());
    }

    /** A cluster whose tenants send nothing that is priced (growth curves of a tenant mix). */
    ClusterLoad(HostCluster host, List<TenantLoad> tenants) {
        this(host, tenants, List.of());
    }
}
