package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Grows a scope to N tenants and costs each option at every N. The N tenants repeat the scope's own tenants
 * in turn (so the mix of kinds and sizes stays the same) inside the scope's largest cluster; the
 * recommended mix keeps each tenant's recommended placement. Crossovers are found exactly by bisection
 * between sampled points.
 */
final class Sensitivity {
    private static final int[] SAMPLES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 100, 125, 150,
        175, 200, 250, 300, 350, 400, 450, 500, 600, 750, 1000};

    private final HostCluster host;
    private final List<TenantLoad> sources;
    private final Map<ElementId, Placement> recommended;
    private final Pricing pricing;
    private final Map<Long, Double> memo = new HashMap<>();

    private Sensitivity(HostCluster host, List<TenantLoad> sources, Map<ElementId, Placement> recommended, Pricing pricing) {
        this.host = host;
        this.sources = sources;
        this.recommended = recommended;
        this.pricing = pricing;
    }

    static SensitivityCurve compute(List<ClusterAnalysis> parts, Pricing pricing, int maxTenants) {
        ClusterLoad largest = null;
        List<TenantLoad> sources = new ArrayList<>();
        Map<ElementId, Placement> recommended = new HashMap<>();
        for (ClusterAnalysis part : parts) {
            recommended.putAll(part.recommendation.placements());
            ClusterLoad cluster = part.load;
            sources.addAll(cluster.tenants());
            if (cluster.host().hasPools() && (largest == null || cluster.tenants().size() > largest.tenants().size())) {
                largest = cluster;
            }
        }
        if (largest == null || sources.isEmpty() || maxTenants < 1) {
            return new SensitivityCurve(List.of(), sources.size());
        }
        return new Sensitivity(largest.host(), sources, recommended, pricing).curve(maxTenants);
    }

    private SensitivityCurve curve(int maxTenants) {
        TreeSet<Integer> counts = new TreeSet<>();
        for (int sample : SAMPLES) {
            if (sample <= maxTenants) {
                counts.add(sample);
            }
        }
        // Past the last sample (a scope of more than 500 tenants is grown to twice its size): eighths of the range.
        for (int eighth = 1; eighth <= 8; eighth++) {
            int n = (int) ((long) maxTenants * eighth / 8);
            if (n > SAMPLES[SAMPLES.length - 1]) {
                counts.add(n);
            }
        }
        counts.add(maxTenants);
        counts.add(Math.min(maxTenants, sources.size()));
        List<SensitivityCurve.Point> points = new ArrayList<>();
        for (int n : counts) {
            Map<OptionKey, Double> costs = new EnumMap<>(OptionKey.class);
            for (OptionKey key : OptionKey.COMPARED) {
                costs.put(key, cost(n, key));
            }
            points.add(new SensitivityCurve.Point(n, costs));
        }
        return new SensitivityCurve(points, sources.size());
    }

    private double cost(int n, OptionKey key) {
        return memo.computeIfAbsent(((long) n << 8) | key.ordinal(), k -> compute(n, key));
    }

    private double compute(int n, OptionKey key) {
        List<TenantLoad> tenants = new ArrayList<>(n);
        Map<ElementId, Placement> placements = new HashMap<>();
        for (int i = 0; i < n; i++) {
            TenantLoad source = sources.get(i % sources.size());
            Tenant t = source.tenant();
            Tenant copy = new Tenant(ElementId.of("sim-" + i), t.name(), host.cluster().id(), t.tenantKind(), t.ownerGroup(),
                    t.demand(), t.requirementOverrides(), t.option(), t.runtime(), t.codeOrigin(), t.regulatedData());
            TenantLoad load = new TenantLoad(copy, source.agents(), host.criticality(), source.workload(),
                    source.sandboxOverhead(), source.largestPod(), source.ownPool(), source.environmentKind());
            tenants.add(load);
            placements.put(copy.id(), switch (key) {
                case NAMESPACE -> Placement.of(TenancyOption.NAMESPACE, source.hasOwnPool());
                case VCLUSTER -> Placement.of(TenancyOption.VCLUSTER, source.hasOwnPool());
                case DEDICATED -> Placement.DEDICATED;
                default -> recommended.getOrDefault(t.id(), Placement.NAMESPACE);
            });
        }
        CostLedger ledger = new CostLedger(pricing, host.name(), host.environmentName());
        new ClusterCoster(pricing).cost(host, tenants, t -> placements.get(t.tenant().id()), ledger);
        // A point on a curve: the chart draws doubles; the figures a table shows stay exact.
        return ledger.total().doubleValue();
    }
}
