package dev.bulkhead.analysis.diff;

import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.TenantCost;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why the cost of a tenant the user did not edit changed: which part of its cost the analysis moved (its share of
 * the host cluster's shared nodes, its share of the cluster's fixed costs, or its own nodes) and what changed beside
 * it in that cluster ("code-tutor moved (Namespace → Dedicated)"). A tenant shares a node pool and the cluster's fixed
 * costs with its neighbours in proportion to what they use (see the cost model), so a neighbour that moves, grows or
 * leaves changes its bill.
 */
final class CostCauses {
    /** The most neighbours' changes named; the rest are counted, so that a line stays readable in a terminal. */
    private static final int NAMED = 3;

    private CostCauses() {
    }

    /**
     * The cause of a cost change, or empty when there is none to give: the tenant was edited or moved itself (its own
     * change or its move says why), a side is missing, or its cost did not change (to the cent).
     */
    static String of(Model a, Model b, ElementId id, OptionResult before, OptionResult after, List<ElementChange> changes,
                     List<String> settings, String symbol) {
        TenantCost costA = before.tenantCosts().get(id);
        TenantCost costB = after.tenantCosts().get(id);
        if (costA == null || costB == null || costA.placement() != costB.placement()
                || changes.stream().anyMatch(c -> c.id().equals(id))) {
            return "";
        }
        BigDecimal direct = cents(costB.direct()).subtract(cents(costA.direct()));
        BigDecimal shared = cents(costB.shared()).subtract(cents(costA.shared()));
        if (direct.signum() == 0 && shared.signum() == 0) {
            return "";
        }
        Cluster cluster = b.clusterOf(id).orElse(null);
        String where = cluster == null ? "its cluster" : "cluster " + cluster.name();
        String what = what(sharesNodes(costB.placement()), where, signed(symbol, direct), signed(symbol, shared),
                direct.signum() != 0, shared.signum() != 0);
        List<String> beside = cluster == null ? List.of() : beside(a, b, id, cluster.id(), before, after, changes);
        List<String> reasons = new ArrayList<>(beside);
        if (!settings.isEmpty()) {
            reasons.add("the model's settings changed");
        }
        if (reasons.isEmpty()) {
            return what + " changed";
        }
        List<String> named = reasons.subList(0, Math.min(NAMED, reasons.size()));
        int more = reasons.size() - named.size();
        return what + " changed as " + String.join("; ", named) + (more == 0 ? "" : "; and " + more + " more");
    }

    /**
     * What changed beside the tenant in its cluster: neighbours the analysis placed otherwise (moved), then the
     * other elements there that were added, removed or edited (tenants, agents, node pools, the cluster itself).
     */
    private static List<String> beside(Model a, Model b, ElementId id, ElementId cluster, OptionResult before,
                                       OptionResult after, List<ElementChange> changes) {
        List<String> reasons = new ArrayList<>();
        List<ElementId> said = new ArrayList<>();
        for (Tenant neighbour : b.all(Tenant.class)) {
            if (neighbour.id().equals(id) || !in(b, neighbour.id(), cluster)) {
                continue;
            }
            Placement was = before.placements().get(neighbour.id());
            Placement now = after.placements().get(neighbour.id());
            if (was != null && now != null && was != now) {
                reasons.add(neighbour.name() + " moved (" + PlacementWords.of(was) + " → " + PlacementWords.of(now) + ")");
                said.add(neighbour.id());
            }
        }
        List<ElementChange> ordered = new ArrayList<>(changes);
        // Neighbours' own edits change what they use of the nodes; a pool's or the cluster's edit may not change a bill.
        ordered.sort(java.util.Comparator.comparingInt(c -> c.kind() == dev.bulkhead.model.ElementKind.TENANT
                || c.kind() == dev.bulkhead.model.ElementKind.AGENT ? 0 : 1));
        for (ElementChange change : ordered) {
            boolean there = change.id().equals(cluster) || in(b, change.id(), cluster) || in(a, change.id(), cluster);
            if (!there || said.contains(change.id())) {
                continue;
            }
            // A neighbour is named as the moves name it; another element by its kind too ("node pool d4s-v5").
            String who = change.kind() == dev.bulkhead.model.ElementKind.TENANT ? change.name()
                    : change.kind().label().toLowerCase(java.util.Locale.ROOT) + " " + change.name();
            reasons.add(who + " " + switch (change.status()) {
                case ADDED -> "was added";
                case REMOVED -> "was removed";
                case CHANGED -> "changed" + (change.details().isEmpty() ? "" : " (" + change.details().get(0)
                        + (change.details().size() > 1 ? ", …" : "") + ")");
            });
        }
        return reasons;
    }

    /**
     * The parts of its cost that changed: its share of the shared nodes (or its own nodes' bill) and its share of the
     * cluster-wide costs (control plane, network, operations, add-ons), which the cost model splits in proportion.
     */
    private static String what(boolean sharedNodes, String where, String direct, String shared, boolean nodesChanged,
                               boolean sharedChanged) {
        String wide = "cluster-wide costs (" + shared + ")";
        if (!nodesChanged) {
            return "its share of " + where + "'s " + wide;
        }
        if (sharedNodes) {
            return "its share of " + where + "'s shared nodes (" + direct + ")" + (sharedChanged ? " and " + wide : "");
        }
        return "its own nodes (" + direct + ")" + (sharedChanged ? " and its share of " + where + "'s " + wide : "");
    }

    /** Whether an element of a model lies in (or is) the cluster. */
    private static boolean in(Model model, ElementId element, ElementId cluster) {
        return model.find(element).isPresent() && model.clusterOf(element).map(c -> c.id().equals(cluster)).orElse(false);
    }

    /** Whether a placement's pods run on the host's shared nodes (so its direct cost is a share of them). */
    private static boolean sharesNodes(Placement placement) {
        return placement.inHostCluster() && !placement.ownNodes();
    }

    private static BigDecimal cents(double amount) {
        return Money.cents(Money.exact(amount));
    }

    private static String signed(String symbol, BigDecimal amount) {
        return (amount.signum() >= 0 ? "+" : "-") + Money.format(Objects.requireNonNull(symbol), amount.abs());
    }
}
