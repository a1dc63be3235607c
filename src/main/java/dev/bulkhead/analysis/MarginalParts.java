package dev.bulkhead.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the parts of a {@link MarginalCost} as lines whose printed arithmetic gives their amounts: a share
 * of shared nodes in node-equivalents, whole nodes of the tenant's own, vCluster operations, a licence.
 */
final class MarginalParts {
    private final Pricing pricing;
    private final List<CostLine> lines = new ArrayList<>();

    MarginalParts(Pricing pricing) {
        this.pricing = pricing;
    }

    /** The parts written. */
    List<CostLine> lines() {
        return List.copyOf(lines);
    }

    /**
     * Part of shared nodes: the demand in node-equivalents (on the resource that needs the most nodes, taken to
     * four decimals, the number printed) × the node price × hours.
     */
    MarginalParts share(String what, NodeShape shape, Resources demand) {
        BigDecimal equivalents = Money.exact(shape.nodeEquivalents(demand)).setScale(4, RoundingMode.HALF_UP);
        lines.add(CostLine.of(CostCategory.WORKER_NODES, what, List.of(
                CostTerm.quantity(equivalents, "node-equivalents of " + shape.instanceType(),
                        "requests ÷ what one node holds for tenants, on the resource that needs the most nodes", ""),
                nodeHour(shape), hours()), ""));
        return this;
    }

    /** Whole nodes of the tenant's own. */
    MarginalParts nodes(String what, NodeShape shape, int count) {
        lines.add(CostLine.of(CostCategory.WORKER_NODES, what, List.of(
                CostTerm.count(count, shape.instanceType() + " node", "nodes its pods need, at least the pool's minimum", ""),
                nodeHour(shape), hours()), ""));
        return this;
    }

    /** Sandbox pods on shared sandbox nodes of their own type, as a share of those nodes. */
    MarginalParts sandboxShares(List<SandboxPods> apart) {
        for (SandboxPods pods : apart) {
            share(pods.runtime().label() + " sandbox nodes", pods.shape(), pods.total());
        }
        return this;
    }

    /** Sandbox pods on whole sandbox nodes of the tenant's own. */
    MarginalParts sandboxNodes(List<SandboxPods> apart) {
        for (SandboxPods pods : apart) {
            nodes(pods.runtime().label() + " sandbox nodes", pods.shape(), pods.shape().nodesFor(pods.total(), 0));
        }
        return this;
    }

    /** The operations effort of one more vCluster. */
    MarginalParts vclusterOperations() {
        Assumptions assumptions = pricing.assumptions();
        lines.add(CostLine.of(CostCategory.OPERATIONS, "vCluster operations", List.of(
                CostTerm.quantity(Money.exact(assumptions.opsHoursPerVCluster()), "h", "hours a month per vCluster",
                        assumptions.citation("ops.hoursPerVClusterMonth")),
                CostTerm.price(Money.exact(assumptions.opsHourlyRate()), "h", "cost of an hour of operations",
                        assumptions.citation("ops.hourlyRate"))), ""));
        return this;
    }

    /** The vCluster Platform licence private nodes need, or "not priced" until the model sets its price. */
    MarginalParts platformLicence() {
        String source = pricing.assumptions().citation(Assumptions.PLATFORM_LICENCE);
        java.util.OptionalDouble price = pricing.assumptions().platformLicence();
        CostTerm perMonth = price.isPresent()
                ? CostTerm.price(Money.exact(price.getAsDouble()), "vCluster-month", "licence per vCluster a month", source)
                : CostTerm.notPriced("vCluster-month", "licence per vCluster a month", source);
        lines.add(CostLine.of(CostCategory.LICENCES, "vCluster Platform licence", List.of(
                CostTerm.count(1, "vCluster", "vClusters", ""), perMonth), ""));
        return this;
    }

    private static CostTerm nodeHour(NodeShape shape) {
        return CostTerm.price(Money.exact(shape.hourlyPrice()), "h", "price per node-hour", shape.priceSource());
    }

    private CostTerm hours() {
        return CostTerm.quantity(Money.exact(pricing.hours()), "h", "hours per month", "assumption");
    }
}
