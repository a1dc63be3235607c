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
    /** Operations and licences, written by the ledger the columns use, so that both read alike. */
    private final CostLedger charges;

    MarginalParts(Pricing pricing) {
        this.pricing = pricing;
        this.charges = new CostLedger(pricing, null);
    }

    /** The parts written: nodes first, then operations and licences. */
    List<CostLine> lines() {
        List<CostLine> all = new ArrayList<>(lines);
        all.addAll(charges.lines());
        return List.copyOf(all);
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
                CostTerm.perNodeHour(shape, pricing), CostTerm.hoursPerMonth(pricing)), ""));
        return this;
    }

    /** Whole nodes of the tenant's own. */
    MarginalParts nodes(String what, NodeShape shape, int count) {
        lines.add(CostLine.of(CostCategory.WORKER_NODES, what, List.of(
                CostTerm.count(count, shape.instanceType() + " node", "nodes its pods need, at least the pool's minimum", ""),
                CostTerm.perNodeHour(shape, pricing), CostTerm.hoursPerMonth(pricing)), ""));
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

    /** The operations effort of one more vCluster, as the columns charge it. */
    MarginalParts vclusterOperations() {
        charges.vclusterOperations(1);
        return this;
    }

    /** The vCluster Platform licence private nodes need, as the columns charge it ("not priced" until set). */
    MarginalParts platformLicence() {
        charges.platformLicence(1);
        return this;
    }

}
