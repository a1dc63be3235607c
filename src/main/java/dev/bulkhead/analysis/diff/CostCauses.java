package dev.bulkhead.analysis.diff;

import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.TenantCost;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
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
    /**
     * The most neighbours' changes given with their details; the next ones are named without them ("node pool d4s-v5
     * changed"), for "and 1 more" left the reader to guess what (review 14e), and a line stays readable in a terminal.
     */
    private static final int DETAILED = 3;
    /** The most named without details; beyond them (a diff of thousands of tenants) the rest are counted by cluster. */
    private static final int BRIEF = 10;

    /** One cause: in full ("web-shop changed (demand.cpu: 4 → 6)") and by its subject only ("web-shop changed"). */
    private record Reason(String full, String brief) {
    }

    private final Model a;
    private final Model b;
    private final OptionResult before;
    private final OptionResult after;
    private final List<ElementChange> changes;
    private final boolean settingsChanged;
    private final String symbol;
    private final java.util.Set<ElementId> edited = new java.util.HashSet<>();
    /** What changed in each cluster, worked out once: a diff of thousands of tenants asks for the same cluster often. */
    private java.util.Map<ElementId, List<Reason>> byCluster;

    CostCauses(Model a, Model b, OptionResult before, OptionResult after, List<ElementChange> changes, List<String> settings,
               String symbol) {
        this.a = a;
        this.b = b;
        this.before = before;
        this.after = after;
        this.changes = changes;
        this.settingsChanged = !settings.isEmpty();
        this.symbol = Objects.requireNonNull(symbol);
        changes.forEach(c -> edited.add(c.id()));
    }

    /**
     * The cause of a tenant's cost change, or empty when there is none to give: the tenant was edited or moved itself
     * (its own change or its move says why), a side is missing, or its cost did not change (to the cent).
     */
    String of(ElementId id) {
        TenantCost costA = before.tenantCosts().get(id);
        TenantCost costB = after.tenantCosts().get(id);
        if (costA == null || costB == null || costA.placement() != costB.placement() || edited.contains(id)) {
            return "";
        }
        BigDecimal direct = cents(costB.direct()).subtract(cents(costA.direct()));
        BigDecimal shared = cents(costB.shared()).subtract(cents(costA.shared()));
        if (direct.signum() == 0 && shared.signum() == 0) {
            return "";
        }
        Cluster cluster = b.clusterOf(id).orElse(null);
        String where = cluster == null ? "its cluster" : "cluster " + cluster.name();
        String what = what(sharesNodes(costB.placement()), where, signed(direct), signed(shared),
                direct.signum() != 0, shared.signum() != 0);
        // The tenant itself is in none of these: it was not edited and the analysis placed it as before.
        List<Reason> reasons = new ArrayList<>(cluster == null ? List.of() : byCluster().getOrDefault(cluster.id(), List.of()));
        if (settingsChanged) {
            reasons.add(new Reason("the model's settings changed", "the model's settings changed"));
        }
        if (reasons.isEmpty()) {
            return what + " changed";
        }
        return what + " changed as " + named(reasons, where);
    }

    /** Every cause: the first ones in full, the next by their subject, and only past those a count. */
    private static String named(List<Reason> reasons, String where) {
        List<String> full = reasons.subList(0, Math.min(DETAILED, reasons.size())).stream().map(Reason::full).toList();
        List<String> brief = reasons.subList(full.size(), Math.min(DETAILED + BRIEF, reasons.size())).stream()
                .map(Reason::brief).toList();
        int counted = reasons.size() - full.size() - brief.size();
        String text = String.join("; ", full);
        if (!brief.isEmpty()) {
            text += "; and " + String.join(", ", brief);
        }
        return counted == 0 ? text : text + ", and " + counted + " more changes in " + where;
    }

    /**
     * What changed in each cluster: tenants the analysis placed otherwise (moved), then the elements there that were
     * added, removed or edited, tenants and agents first (their edits change what they use of the nodes; a pool's or
     * the cluster's own edit may not change a bill).
     */
    private java.util.Map<ElementId, List<Reason>> byCluster() {
        if (byCluster != null) {
            return byCluster;
        }
        byCluster = new java.util.HashMap<>();
        java.util.Set<ElementId> moved = new java.util.HashSet<>();
        for (Tenant tenant : b.all(Tenant.class)) {
            Placement was = before.placements().get(tenant.id());
            Placement now = after.placements().get(tenant.id());
            ElementId cluster = b.clusterOf(tenant.id()).map(Cluster::id).orElse(null);
            if (cluster != null && was != null && now != null && was != now) {
                byCluster.computeIfAbsent(cluster, k -> new ArrayList<>()).add(new Reason(tenant.name() + " moved ("
                        + PlacementWords.of(was) + " → " + PlacementWords.of(now) + ")", tenant.name() + " moved"));
                moved.add(tenant.id());
            }
        }
        List<ElementChange> ordered = new ArrayList<>(changes);
        ordered.sort(java.util.Comparator.comparingInt(c -> c.kind() == ElementKind.TENANT || c.kind() == ElementKind.AGENT ? 0 : 1));
        for (ElementChange change : ordered) {
            if (moved.contains(change.id())) {
                continue;
            }
            java.util.Set<ElementId> clusters = new java.util.LinkedHashSet<>();
            clusterOf(b, change.id()).ifPresent(clusters::add);
            clusterOf(a, change.id()).ifPresent(clusters::add);
            // A neighbour is named as the moves name it; another element by its kind too ("node pool d4s-v5").
            String who = change.kind() == ElementKind.TENANT ? change.name()
                    : change.kind().label().toLowerCase(java.util.Locale.ROOT) + " " + change.name();
            String verb = switch (change.status()) {
                case ADDED -> "was added";
                case REMOVED -> "was removed";
                case CHANGED -> "changed";
            };
            String details = change.status() != ElementChange.Status.CHANGED || change.details().isEmpty() ? ""
                    : " (" + change.details().get(0) + (change.details().size() > 1 ? ", …" : "") + ")";
            Reason reason = new Reason(who + " " + verb + details, who + " " + verb);
            clusters.forEach(cluster -> byCluster.computeIfAbsent(cluster, k -> new ArrayList<>()).add(reason));
        }
        return byCluster;
    }

    /** The cluster an element of a model lies in, or is. */
    private static java.util.Optional<ElementId> clusterOf(Model model, ElementId element) {
        return model.find(element).isEmpty() ? java.util.Optional.empty() : model.clusterOf(element).map(Cluster::id);
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

    /** Whether a placement's pods run on the host's shared nodes (so its direct cost is a share of them). */
    private static boolean sharesNodes(Placement placement) {
        return placement.inHostCluster() && !placement.ownNodes();
    }

    private static BigDecimal cents(double amount) {
        return Money.cents(Money.exact(amount));
    }

    private String signed(BigDecimal amount) {
        return (amount.signum() >= 0 ? "+" : "-") + Money.format(symbol, amount.abs());
    }
}
