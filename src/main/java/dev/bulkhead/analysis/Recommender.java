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
        private final java.util.function.Supplier<List<CostLine>> figures;
        private volatile String reason;

        Choice(Placement placement, java.util.function.Supplier<String> explanation) {
            this(placement, explanation, List::of);
        }

        Choice(Placement placement, java.util.function.Supplier<String> explanation,
               java.util.function.Supplier<List<CostLine>> figures) {
            this.placement = placement;
            this.explanation = explanation;
            this.figures = figures;
        }

        /** The parts of every figure the reason prints, written when asked for. */
        List<CostLine> figures() {
            return figures.get();
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
        MarginalCost bestCost = null;
        List<Refusal> refused = new ArrayList<>();
        List<Candidate> feasible = new ArrayList<>();
        MarginalBasis basis = new MarginalBasis(pricing, host, tenant);
        for (Placement placement : tenant.hasOwnPool() ? OWN_NODES_FIRST : SHARED_FIRST) {
            MarginalCost cost = placement == Placement.DEDICATED ? dedicatedClusterCost(host, tenant) : basis.cost(placement);
            TenantIsolation isolation = memo.isolation(tenant, placement, policies, null);
            if (!isolation.meetsRequirement()) {
                refused.add(new Refusal(isolation, cost));
                continue;
            }
            feasible.add(new Candidate(placement, cost));
            if (bestCost == null || cost.amount() < bestCost.amount()) {
                best = placement;
                bestCost = cost;
            }
        }
        Placement chosen = best;
        MarginalCost chosenCost = bestCost;
        // The deciding constraint is what ruled out the next cheaper placement: the dearest one that still
        // costs no more than the choice. The cheapest refused one usually fails on much more, and says little.
        Refusal next = chosenCost == null ? null : refused.stream().filter(r -> r.cost().amount() <= chosenCost.amount())
                .max(java.util.Comparator.comparingDouble(r -> r.cost().amount())).orElse(null);
        String symbol = pricing.symbol();
        VClusterControlPlane plane = chosen != null && chosen.runsVCluster()
                ? pricing.assumptions().vclusterControlPlane(tenant) : null;
        // The reason is written later, so it must not hold this recommender: through its memo it would keep the
        // analysis this choice was made in alive for as long as the choice is reused.
        Map<Placement, MarginalCost> shown = chosen == null ? Map.of() : shown(chosen, chosenCost, next, feasible);
        return new Choice(best, () -> explain(symbol, chosen, chosenCost, next, feasible, plane),
                () -> shown.values().stream().flatMap(cost -> cost.parts().get().stream()).toList());
    }

    /** The placements a reason names, each with its figure: the choice, the next cheaper one refused, the next dearer one. */
    private static Map<Placement, MarginalCost> shown(Placement best, MarginalCost bestCost, Refusal next, List<Candidate> feasible) {
        Map<Placement, MarginalCost> shown = new LinkedHashMap<>();
        shown.put(best, bestCost);
        if (next != null) {
            shown.put(next.isolation().placement(), next.cost());
        }
        dearer(best, feasible).ifPresent(other -> shown.put(other.placement(), other.cost()));
        return shown;
    }

    /** The cheapest placement that meets every requirement besides the choice, which a reason names for comparison. */
    private static java.util.Optional<Candidate> dearer(Placement best, List<Candidate> feasible) {
        return feasible.stream().filter(c -> c.placement() != best).min(java.util.Comparator.comparingDouble(c -> c.cost().amount()));
    }

    private static String explain(String symbol, Placement best, MarginalCost bestCost, Refusal next, List<Candidate> feasible,
                                  VClusterControlPlane plane) {
        // Each figure is the sum of the parts printed after it, so that it can be checked by hand.
        StringBuilder text = new StringBuilder(best.label()).append(": ");
        if (next != null) {
            List<Shortfall> shortfalls = next.isolation().shortfalls();
            text.append("the next cheaper placement, ").append(next.isolation().placement().label()).append(" (")
                    .append(Money.format(symbol, next.cost().shown())).append("), falls short on ");
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
        text.append(", about ").append(Money.format(symbol, bestCost.shown())).append(" a month");
        dearer(best, feasible).ifPresent(other -> text.append(" (").append(other.placement().label()).append(": ")
                .append(Money.format(symbol, other.cost().shown())).append(")"));
        if (plane != null) {
            text.append(Recommendation.CONTROL_PLANE).append(plane.explain());
        }
        text.append(Recommendation.AT_THE_MARGIN);
        shown(best, bestCost, next, feasible).forEach((placement, cost) -> text.append(placement.label()).append(' ').append(cost.explain(symbol)).append("; "));
        text.setLength(text.length() - 2);
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
     * What adding the tenant with a placement in its host cluster costs per month, all else fixed: its share of
     * shared nodes at the node price, or whole nodes of its own. What every placement needs (the node shapes,
     * the sandbox pods kept apart, the control plane) is worked out once per tenant, not once per placement.
     * The parts that print a cost are written only when a reason is read; the lambdas that write them hold this
     * basis, which holds no recommender, so a reason read later does not keep its analysis alive.
     */
    static final class MarginalBasis {
        private final Pricing prices;
        private final double hours;
        private final NodeShape shared;
        private final NodeShape own;
        private final Resources controlPlane;
        private final double vclusterOps;
        private final List<SandboxPods> apartShared;
        private final List<SandboxPods> apartOwn;
        private final Resources onShared;
        private final double sharedSandboxes;
        private final int ownNodeCount;
        private final double ownNodes;
        private final double platformLicence;

        MarginalBasis(Pricing pricing, HostCluster host, TenantLoad tenant) {
            prices = pricing;
            hours = pricing.hours();
            NodePool growth = HostCluster.growthPool(host.sharedPools());
            NodePool sharedPool = growth != null ? growth : host.sizingPool();
            NodePool ownPool = tenant.ownPool() != null ? tenant.ownPool() : host.sizingPool();
            shared = pricing.shapeOf(sharedPool);
            own = pricing.shapeOf(ownPool);
            Assumptions assumptions = pricing.assumptions();
            controlPlane = assumptions.vclusterControlPlane(tenant).total();
            vclusterOps = assumptions.opsHoursPerVCluster() * assumptions.opsHourlyRate();
            int ownMinimum = tenant.ownPool() != null ? Math.max(1, tenant.ownPool().minCount()) : assumptions.ownNodesMinimum();
            // Sandbox pods that need nodes of their own type are costed on those nodes (SandboxPods).
            apartShared = SandboxPods.of(tenant, pricing, sharedPool);
            apartOwn = SandboxPods.of(tenant, pricing, ownPool);
            Resources sharedRemainder = tenant.total();
            double sandboxesBesideShared = 0;
            for (SandboxPods pods : apartShared) {
                sharedRemainder = sharedRemainder.minus(pods.total());
                sandboxesBesideShared += pods.shape().nodeEquivalents(pods.total()) * pods.shape().hourlyPrice() * hours;
            }
            onShared = sharedRemainder;
            sharedSandboxes = sandboxesBesideShared;
            Resources onOwn = tenant.total();
            double ownSandboxes = 0;
            for (SandboxPods pods : apartOwn) {
                onOwn = onOwn.minus(pods.total());
                ownSandboxes += pods.shape().nodesFor(pods.total(), 0) * pods.shape().hourlyPrice() * hours;
            }
            ownNodeCount = own.nodesFor(onOwn, ownMinimum);
            ownNodes = ownNodeCount * own.hourlyPrice() * hours + ownSandboxes;
            platformLicence = assumptions.platformLicence().orElse(0);
        }

        /** The marginal cost of a placement in the host cluster (a dedicated cluster is costed by the recommender). */
        MarginalCost cost(Placement placement) {
            Resources withControlPlane = onShared.plus(controlPlane);
            return switch (placement) {
                case NAMESPACE -> new MarginalCost(shared.nodeEquivalents(onShared) * shared.hourlyPrice() * hours + sharedSandboxes,
                        () -> new MarginalParts(prices).share("share of shared nodes", shared, onShared).sandboxShares(apartShared).lines());
                case NAMESPACE_DEDICATED_NODES -> new MarginalCost(ownNodes,
                        () -> new MarginalParts(prices).nodes("own nodes", own, ownNodeCount).sandboxNodes(apartOwn).lines());
                case VCLUSTER -> new MarginalCost(shared.nodeEquivalents(withControlPlane) * shared.hourlyPrice() * hours
                        + sharedSandboxes + vclusterOps, () -> new MarginalParts(prices).share("share of shared nodes with its vCluster control plane",
                        shared, withControlPlane).sandboxShares(apartShared).vclusterOperations().lines());
                case VCLUSTER_PRIVATE_NODES -> new MarginalCost(ownNodes + shared.nodeEquivalents(controlPlane) * shared.hourlyPrice()
                        * hours + vclusterOps + platformLicence, () -> new MarginalParts(prices).nodes("private nodes", own, ownNodeCount)
                        .sandboxNodes(apartOwn).share("its vCluster control plane on shared nodes", shared, controlPlane)
                        .vclusterOperations().platformLicence().lines());
                case DEDICATED -> throw new IllegalArgumentException("a dedicated cluster is not in the host cluster");
            };
        }
    }

    private MarginalCost dedicatedClusterCost(HostCluster host, TenantLoad tenant) {
        ClusterCoster coster = new ClusterCoster(pricing, memo::kept);
        List<NodeGroupBill> nodeBills = coster.dedicatedNodeBills(host, tenant);
        // The lines are written by a coster without the memo: a reason read later must not keep this analysis alive.
        Pricing prices = pricing;
        return new MarginalCost(coster.dedicatedClusterMonthly(host, tenant, nodeBills),
                () -> new ClusterCoster(prices).dedicatedClusterLines(host, nodeBills));
    }

    private record Candidate(Placement placement, MarginalCost cost) {
    }

    /** A placement that fails the tenant's requirement, and what it would have cost. */
    private record Refusal(TenantIsolation isolation, MarginalCost cost) {
    }
}
