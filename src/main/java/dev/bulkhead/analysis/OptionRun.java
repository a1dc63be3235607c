package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Costs and scores every tenant of some clusters under one way of placing them. Runs of several
 * environments merge into the run of the whole model.
 */
final class OptionRun {
    final List<CostLedger> ledgers = new ArrayList<>();
    final Map<ElementId, TenantCost> costs = new LinkedHashMap<>();
    final Map<ElementId, TenantIsolation> isolation = new LinkedHashMap<>();
    final Map<ElementId, Placement> placements = new LinkedHashMap<>();
    final List<Finding> findings = new ArrayList<>();

    /** Runs the placement over the clusters. */
    static OptionRun of(List<ClusterLoad> clusters, Function<TenantLoad, Placement> placementOf, Pricing pricing,
                        TenantMemo memo) {
        OptionRun run = new OptionRun();
        ClusterCoster coster = new ClusterCoster(pricing, memo::kept);
        for (ClusterLoad cluster : clusters) {
            // One ledger per cluster: its lines add up to its total, and a scope's total to its clusters'.
            CostLedger ledger = new CostLedger(pricing, cluster.host().name(), cluster.host().environmentName());
            run.ledgers.add(ledger);
            ClusterCoster.Result result = coster.cost(cluster.host(), cluster.tenants(), placementOf, ledger);
            run.costs.putAll(result.perTenant());
            run.findings.addAll(result.findings());
            // Everyone on the host's shared nodes shares one kernel: untrusted runc code there fails them all.
            String gate = gateOf(cluster, placementOf);
            boolean policies = cluster.host().cluster().networkPolicyDefaultDeny();
            for (TenantLoad tenant : cluster.tenants()) {
                Placement placement = placementOf.apply(tenant);
                run.placements.put(tenant.tenant().id(), placement);
                run.isolation.put(tenant.tenant().id(), memo.isolation(tenant, placement, policies,
                        sharesKernel(placement) ? gate : null));
            }
            // Placed above: a receiving tenant in another drawn cluster only matters as "another cluster".
            TrafficFlow.charge(cluster.flows(), run.placements, pricing.assumptions(), ledger);
        }
        return run;
    }

    /** Monthly total: the sum of the ledgers' lines. */
    BigDecimal total() {
        return ledgers.stream().map(CostLedger::total).reduce(Money.ZERO, BigDecimal::add);
    }

    /**
     * What runs untrusted code under runc on the cluster's shared nodes, in words (the first such
     * workload, and how many more), or null when nothing does.
     */
    static String gateOf(ClusterLoad cluster, Function<TenantLoad, Placement> placementOf) {
        String first = null;
        int more = 0;
        for (TenantLoad tenant : cluster.untrustedRunc()) {
            if (sharesKernel(placementOf.apply(tenant))) {
                if (first == null) {
                    first = tenant.untrustedRuncCode();
                } else {
                    more++;
                }
            }
        }
        return first == null || more == 0 ? first : first + " (and " + more + " more tenant" + (more == 1 ? "" : "s") + ")";
    }

    static boolean sharesKernel(Placement placement) {
        return placement.inHostCluster() && !placement.ownNodes();
    }
}
