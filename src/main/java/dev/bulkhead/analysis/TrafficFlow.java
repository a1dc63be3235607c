package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data one connection sends from a tenant of a cluster, and where it goes: to another tenant (in this
 * drawn cluster or another) or out to an external endpoint. Whether it crosses clusters depends on how an
 * option places the two tenants, so the charge is decided per option (see {@link #charge}).
 *
 * @param from           the sending tenant
 * @param to             the receiving tenant, or null for an external endpoint
 * @param otherCluster   whether the receiving tenant is drawn in another cluster
 * @param gigabytes      data a month
 * @param assumedVolume  whether the volume is the model's assumption rather than the connection's own
 */
record TrafficFlow(ElementId from, ElementId to, boolean otherCluster, BigDecimal gigabytes, boolean assumedVolume) {
    static final String BETWEEN_CLUSTERS = "Data transfer · between clusters";
    static final String THROUGH_NAT = "Data transfer · NAT gateway data processing";

    /** The flows the tenants of {@code cluster} send, each connection once (at the end it starts from). */
    static List<TrafficFlow> of(Model model, Cluster cluster, List<Tenant> tenants, Assumptions assumptions) {
        List<TrafficFlow> flows = new ArrayList<>();
        BigDecimal assumed = Money.exact(assumptions.trafficPerConnection().value());
        for (Tenant tenant : tenants) {
            addFrom(model, cluster, tenant, tenant.id(), assumed, flows);
            for (Agent agent : model.children(tenant.id(), Agent.class)) {
                addFrom(model, cluster, tenant, agent.id(), assumed, flows);
            }
        }
        return flows;
    }

    private static void addFrom(Model model, Cluster cluster, Tenant tenant, ElementId sender, BigDecimal assumed,
                                List<TrafficFlow> flows) {
        for (Connection connection : model.connectionsOf(sender)) {
            if (!connection.from().equals(sender)) {
                continue;
            }
            Optional<Element> end = model.find(connection.to());
            if (end.isEmpty()) {
                continue;
            }
            ElementId to = null;
            if (end.get() instanceof Tenant || end.get() instanceof Agent) {
                to = model.tenantOf(connection.to()).map(Tenant::id).orElse(null);
                if (to == null) {
                    continue;
                }
            }
            boolean otherCluster = to != null && !model.clusterOf(to).map(Cluster::id).orElse(cluster.id()).equals(cluster.id());
            boolean assumedVolume = connection.monthlyTrafficGB() == null;
            flows.add(new TrafficFlow(tenant.id(), to, otherCluster,
                    assumedVolume ? assumed : Money.exact(connection.monthlyTrafficGB()), assumedVolume));
        }
    }

    /**
     * Charges the flows under one option: data between two clusters (two drawn clusters, or a tenant on a
     * dedicated cluster and anyone else) at the between-clusters price, data to an external endpoint at the NAT
     * gateway's processing price (a line that says "not priced" where the reference data has none). Free kinds
     * write no line.
     */
    static void charge(List<TrafficFlow> flows, Map<ElementId, Placement> placements, Assumptions assumptions,
                       CostLedger ledger) {
        boolean betweenPriced = assumptions.betweenClustersPerGB().value() > 0;
        // A NAT price the reference data lacks still writes its line, as not priced; a zero it states is free.
        boolean natCharged = assumptions.natProcessingPerGB().value() > 0 || assumptions.natProcessingPerGB().notFound();
        for (TrafficFlow flow : flows) {
            if (flow.to() == null) {
                ledger.sendsDataOut();
                if (natCharged) {
                    ledger.traffic(THROUGH_NAT, assumptions.natProcessingPerGB(), flow.gigabytes(), flow.assumedVolume());
                }
            } else if (!flow.to().equals(flow.from()) && betweenPriced && (flow.otherCluster()
                    || placements.get(flow.from()) == Placement.DEDICATED || placements.get(flow.to()) == Placement.DEDICATED)) {
                ledger.traffic(BETWEEN_CLUSTERS, assumptions.betweenClustersPerGB(), flow.gigabytes(), flow.assumedVolume());
            }
        }
    }
}
