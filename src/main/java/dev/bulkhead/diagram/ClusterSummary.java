package dev.bulkhead.diagram;

import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Counts;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a cluster drawn too small to read shows in place of its cards: its name, who runs it and where, how its
 * tenants are placed ("57 tenants: 40 namespace, 10 vCluster, 7 dedicated") and its agents ("45 agents, 38
 * sandboxed"). Every figure is counted from the model as the diagram colours it: a tenant's placement is its
 * effective option (its own, else its environment's), an agent is sandboxed when its runtime is a sandbox.
 *
 * @param tenants the tenants and their placements
 * @param agents  the agents and how many of them run sandboxed
 * @param inside  the connections between what the cluster holds ("120 connections inside"), or "" for none: the lines
 *                drawn from the box count only those to other boxes, and a reader took them for all of its connections
 * @param blocked how many of those the picture draws as blocked ("36 of them blocked"), or "" for none: the
 *                connections inside are not drawn, so the box counts those a design's exported network policies
 *                would block, or its picture of that design showed none of them
 */
public record ClusterSummary(String name, String provider, String tenants, String agents, String inside, String blocked) {
    /** The placements in the legend's order and words. */
    private static final List<TenancyOption> OPTIONS = List.of(TenancyOption.NAMESPACE, TenancyOption.VCLUSTER, TenancyOption.DEDICATED);

    public static ClusterSummary of(Model model, Cluster cluster) {
        return of(model, cluster, Set.of());
    }

    /** The summary of a cluster whose {@code blocked} connections are drawn as blocked (see {@link DiagramPicture#blocked}). */
    public static ClusterSummary of(Model model, Cluster cluster, Set<ElementId> blocked) {
        Map<TenancyOption, Integer> placed = new EnumMap<>(TenancyOption.class);
        int tenants = 0;
        int undecided = 0;
        int agents = 0;
        int sandboxed = 0;
        Set<ElementId> held = new HashSet<>();
        for (Tenant tenant : model.children(cluster.id(), Tenant.class)) {
            tenants++;
            held.add(tenant.id());
            TenancyOption option = DiagramPainter.effectiveOption(model, tenant);
            if (option == null) {
                undecided++;
            } else {
                placed.merge(option, 1, Integer::sum);
            }
            for (Agent agent : model.children(tenant.id(), Agent.class)) {
                agents++;
                held.add(agent.id());
                sandboxed += agent.runtime().isSandbox() ? 1 : 0;
            }
        }
        List<String> parts = new ArrayList<>();
        for (TenancyOption option : OPTIONS) {
            if (placed.containsKey(option)) {
                parts.add(placed.get(option) + " " + word(option));
            }
        }
        if (undecided > 0) {
            parts.add(undecided + " undecided");
        }
        String tenantLine = Counts.of(tenants, "tenant") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
        String agentLine = Counts.of(agents, "agent") + (agents == 0 ? "" : ", " + sandboxed + " sandboxed");
        int inside = 0;
        int insideBlocked = 0;
        for (ElementId id : held) {
            for (Connection connection : model.connectionsOf(id)) {
                // Counted at its start, so once.
                if (connection.from().equals(id) && held.contains(connection.to())) {
                    inside++;
                    insideBlocked += blocked.contains(connection.id()) ? 1 : 0;
                }
            }
        }
        return new ClusterSummary(cluster.name(), cluster.provider().label() + " · " + cluster.region(), tenantLine, agentLine,
                inside == 0 ? "" : Counts.of(inside, "connection") + " inside", blockedLine(insideBlocked, inside));
    }

    /** The line under "38 connections inside" saying how many of them are blocked: "36 of them blocked", or "" for none. */
    private static String blockedLine(int blocked, int inside) {
        if (blocked == 0) {
            return "";
        }
        return (blocked < inside ? blocked + " of them" : inside == 1 ? "it is" : "all of them") + " blocked";
    }

    /** The legend's word for a placement: "namespace", "vCluster", "dedicated". */
    private static String word(TenancyOption option) {
        return option == TenancyOption.VCLUSTER ? option.label() : option.label().toLowerCase(java.util.Locale.ROOT);
    }

    /** The lines under the name, in order. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>(List.of(provider, tenants, agents));
        for (String line : List.of(inside, blocked)) {
            if (!line.isEmpty()) {
                notes.add(line);
            }
        }
        return List.copyOf(notes);
    }

    /** The counts on one line, for a name tag over a cluster drawn at its full size (the canvas zoomed out). */
    public String counts() {
        return tenants + " · " + agents;
    }

    /**
     * The box a summary printed at {@code printScale} points per unit takes, in diagram units: its text in the name
     * tags' type (see {@link DiagramPainter#printTagFont}), with a tenth to spare for the PDF's wider font.
     */
    public Geometry size(double printScale) {
        DiagramFont title = DiagramPainter.printTagFont(printScale);
        DiagramFont note = DiagramPainter.printTagNoteFont(printScale);
        double pad = DiagramPainter.summaryPadding(title);
        double width = InterMetrics.width(name, title);
        for (String line : notes()) {
            width = Math.max(width, InterMetrics.width(line, note));
        }
        return new Geometry(0, 0, Math.ceil(width * 1.1 + 2 * pad), Math.ceil(DiagramPainter.summaryHeight(title, note, notes().size())));
    }
}
