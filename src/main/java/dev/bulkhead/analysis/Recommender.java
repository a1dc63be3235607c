package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.NodePool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses for every tenant the cheapest placement that meets its requirement: the placement with the
 * lowest marginal monthly cost among those that pass. {@link ClusterAnalysis} then also weighs moving every
 * tenant of the cluster to a dedicated cluster ({@link #allDedicated}), because the shared cluster's fixed
 * costs disappear only when nobody is left in it. A stricter requirement only removes choices, so it never
 * makes the mix cheaper.
 */
final class Recommender {
    private static final List<Placement> SHARED_FIRST = List.of(Placement.NAMESPACE, Placement.NAMESPACE_DEDICATED_NODES,
            Placement.VCLUSTER, Placement.VCLUSTER_PRIVATE_NODES, Placement.DEDICATED);
    private static final List<Placement> OWN_NODES_FIRST = List.of(Placement.NAMESPACE_DEDICATED_NODES,
            Placement.VCLUSTER_PRIVATE_NODES, Placement.DEDICATED);

    /** A tenant's cheapest passing placement, what it costs at the margin, and why (written on request). */
    static final class Choice {
        private final Placement placement;
        private final java.util.function.Supplier<String> explanation;
        private volatile String reason;

        Choice(Placement placement, java.util.function.Supplier<String> explanation) {
            this.placement = placement;
            this.explanation = explanation;
        }

        Placement placement() {
            return placement;
        }

        String reason() {
            String text = reason;
            if (text == null) {
                text = explanation.get();
                reason = text;
            }
            return text;
        }
    }

    private final Pricing pricing;
    private final TenantMemo memo;

    Recommender(Pricing pricing, TenantMemo memo) {
        this.pricing = pricing;
        this.memo = memo;
    }

    /** Each tenant's cheapest placement that meets its requirement, tenant by tenant. */
    Recommendation recommend(ClusterLoad cluster) {
        Map<ElementId, Placement> placements = new LinkedHashMap<>();
        Map<ElementId, Choice> choices = new LinkedHashMap<>();
        for (TenantLoad tenant : cluster.tenants()) {
            Choice choice = cluster.host().hasPools() ? memo.choice(tenant, () -> choose(cluster.host(), tenant))
                    : new Choice(Placement.NAMESPACE, () -> "cluster '" + cluster.host().name() + "' has no node pool to cost");
            placements.put(tenant.tenant().id(), choice.placement());
            choices.put(tenant.tenant().id(), choice);
        }
        return new Recommendation(placements, choices);
    }

    /**
     * Every tenant of the cluster on a dedicated cluster: chosen instead when it costs less than the
     * tenant-by-tenant choice, because the shared cluster's fixed costs go only when nobody is left in it.
     */
    static Recommendation allDedicated(ClusterLoad cluster) {
        Map<ElementId, Placement> placements = new LinkedHashMap<>();
        Map<ElementId, Choice> choices = new LinkedHashMap<>();
        Choice choice = new Choice(Placement.DEDICATED, () -> "dedicated cluster: with every tenant of '"
                + cluster.host().name() + "' on a cluster of its own, the shared cluster's fixed costs go away and "
                + "the total is lower");
        for (TenantLoad tenant : cluster.tenants()) {
            placements.put(tenant.tenant().id(), Placement.DEDICATED);
            choices.put(tenant.tenant().id(), choice);
        }
        return new Recommendation(placements, choices);
    }

    private Choice choose(HostCluster host, TenantLoad tenant) {
        boolean policies = host.cluster().networkPolicyDefaultDeny();
        Placement best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        List<Refusal> refused = new ArrayList<>();
        List<Candidate> feasible = new ArrayList<>();
        for (Placement placement : tenant.hasOwnPool() ? OWN_NODES_FIRST : SHARED_FIRST) {
            double cost = marginalCost(host, tenant, placement);
            TenantIsolation isolation = memo.isolation(tenant, placement, policies, null);
            if (!isolation.meetsRequirement()) {
                refused.add(new Refusal(isolation, cost));
                continue;
            }
            feasible.add(new Candidate(placement, cost));
            if (cost < bestCost) {
                best = placement;
                bestCost = cost;
            }
        }
        Placement chosen = best;
        double chosenCost = bestCost;
        // The deciding constraint is what ruled out the next cheaper placement: the dearest one that still
        // costs no more than the choice. The cheapest refused one usually fails on much more, and says little.
        Refusal next = refused.stream().filter(r -> r.cost() <= chosenCost)
                .max(java.util.Comparator.comparingDouble(Refusal::cost)).orElse(null);
        String symbol = pricing.symbol();
        VClusterControlPlane plane = chosen != null && chosen.runsVCluster()
                ? pricing.assumptions().vclusterControlPlane(tenant) : null;
        // The reason is written later, so it must not hold this recommender: through its memo it would keep the
        // analysis this choice was made in alive for as long as the choice is reused.
        return new Choice(best, () -> explain(symbol, chosen, chosenCost, next, feasible)
                + (plane != null ? "; its vCluster control plane: " + plane.explain() : ""));
    }

    private static String explain(String symbol, Placement best, double bestCost, Refusal next, List<Candidate> feasible) {
        StringBuilder text = new StringBuilder(best.label()).append(": ");
        if (next != null) {
            List<Shortfall> shortfalls = next.isolation().shortfalls();
            text.append("the next cheaper placement, ").append(next.isolation().placement().label()).append(" (")
                    .append(Money.format(symbol, Money.exact(next.cost()))).append("), falls short on ");
            for (int i = 0; i < Math.min(2, shortfalls.size()); i++) {
                Shortfall s = shortfalls.get(i);
                text.append(i == 0 ? "" : " and ").append(s.dimension().label()).append(' ').append(s.score())
                        .append(" < ").append(s.required()).append(" because ").append(lowerFirst(s.why()));
            }
            if (shortfalls.size() > 2) {
                text.append(" (and ").append(shortfalls.size() - 2).append(" more)");
            }
            text.append("; this is the cheapest placement that meets every requirement");
        } else {
            text.append("the cheapest placement that meets every requirement");
        }
        text.append(", about ").append(Money.format(symbol, Money.exact(bestCost))).append(" a month");
        feasible.stream().filter(c -> c.placement() != best).min(java.util.Comparator.comparingDouble(Candidate::cost))
                .ifPresent(other -> text.append(" (").append(other.placement().label()).append(": ")
                        .append(Money.format(symbol, Money.exact(other.cost()))).append(")"));
        return text.toString();
    }

    /** Evidence reads as a clause after "because"; keep proper names (vCluster, Kubernetes) as they are. */
    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /**
     * What adding the tenant with this placement costs per month, all else fixed: its share of shared nodes
     * at the node price, or whole nodes or a whole cluster of its own.
     */
    double marginalCost(HostCluster host, TenantLoad tenant, Placement placement) {
        double hours = pricing.hours();
        NodePool growth = HostCluster.growthPool(host.sharedPools());
        NodePool sharedPool = growth != null ? growth : host.sizingPool();
        NodePool ownPool = tenant.ownPool() != null ? tenant.ownPool() : host.sizingPool();
        NodeShape shared = pricing.shapeOf(sharedPool);
        NodeShape own = pricing.shapeOf(ownPool);
        Resources controlPlane = pricing.assumptions().vclusterControlPlane(tenant).total();
        double vclusterOps = pricing.assumptions().opsHoursPerVCluster() * pricing.assumptions().opsHourlyRate();
        int ownMinimum = tenant.ownPool() != null ? Math.max(1, tenant.ownPool().minCount()) : pricing.assumptions().ownNodesMinimum();
        // Sandbox pods that need nodes of their own type are costed on those nodes (SandboxPods).
        List<SandboxPods> apartShared = SandboxPods.of(tenant, pricing, sharedPool);
        List<SandboxPods> apartOwn = SandboxPods.of(tenant, pricing, ownPool);
        Resources onShared = tenant.total();
        double sharedSandboxes = 0;
        for (SandboxPods pods : apartShared) {
            onShared = onShared.minus(pods.total());
            sharedSandboxes += pods.shape().nodeEquivalents(pods.total()) * pods.shape().hourlyPrice() * hours;
        }
        Resources onOwn = tenant.total();
        double ownSandboxes = 0;
        for (SandboxPods pods : apartOwn) {
            onOwn = onOwn.minus(pods.total());
            ownSandboxes += pods.shape().nodesFor(pods.total(), 0) * pods.shape().hourlyPrice() * hours;
        }
        double ownNodes = own.nodesFor(onOwn, ownMinimum) * own.hourlyPrice() * hours + ownSandboxes;
        double platformLicence = pricing.assumptions().platformLicence().orElse(0);
        return switch (placement) {
            case NAMESPACE -> shared.nodeEquivalents(onShared) * shared.hourlyPrice() * hours + sharedSandboxes;
            case NAMESPACE_DEDICATED_NODES -> ownNodes;
            case VCLUSTER -> shared.nodeEquivalents(onShared.plus(controlPlane)) * shared.hourlyPrice() * hours
                    + sharedSandboxes + vclusterOps;
            case VCLUSTER_PRIVATE_NODES -> ownNodes + shared.nodeEquivalents(controlPlane) * shared.hourlyPrice() * hours + vclusterOps
                    + platformLicence;
            case DEDICATED -> dedicatedClusterCost(host, tenant);
        };
    }

    private double dedicatedClusterCost(HostCluster host, TenantLoad tenant) {
        return new ClusterCoster(pricing, memo::bill).dedicatedClusterMonthly(host, tenant);
    }

    private record Candidate(Placement placement, double cost) {
    }

    /** A placement that fails the tenant's requirement, and what it would have cost. */
    private record Refusal(TenantIsolation isolation, double cost) {
    }
}
