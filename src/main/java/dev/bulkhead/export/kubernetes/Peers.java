package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves the ends of connections into NetworkPolicy peers, seen from one tenant's namespace. A peer in the
 * same cluster is named by its namespace (and its agent's pod label); anything else by an address range,
 * with the public internet (private ranges excluded) for host names, since NetworkPolicy has no host names.
 */
final class Peers {
    private static final Pattern CIDR = Pattern.compile("[0-9.]+/[0-9]{1,2}|[0-9a-fA-F:]+/[0-9]{1,3}");

    private final Model model;
    private final Map<ElementId, TenantPlan> plans;

    Peers(Model model, Map<ElementId, TenantPlan> plans) {
        this.model = model;
        this.plans = plans;
    }

    /**
     * The peer at {@code end} as seen from {@code viewer}'s namespace ({@code viewerNamespace}, which inside a
     * vCluster differs from the host namespace).
     */
    Peer resolve(ElementId end, TenantPlan viewer, String viewerNamespace, boolean insideVCluster) {
        Element element = model.find(end).orElseThrow();
        if (element instanceof ExternalEndpoint endpoint) {
            String description = endpoint.name() + " (" + endpoint.address() + ")";
            return CIDR.matcher(endpoint.address()).matches() ? Peer.range(endpoint.address(), description)
                    : Peer.internet(description);
        }
        Tenant tenant = element instanceof Agent agent ? model.get(agent.tenant(), Tenant.class) : (Tenant) element;
        String agentLabel = element instanceof Agent agent ? TenantPlan.agentLabel(agent) : null;
        if (tenant.id().equals(viewer.tenant().id())) {
            return Peer.inCluster(viewerNamespace, agentLabel, "this tenant's " + (agentLabel == null ? "workloads"
                    : "agent '" + element.name() + "'"));
        }
        TenantPlan peer = plans.get(tenant.id());
        String description = (agentLabel == null ? "tenant '" : "agent '" + element.name() + "' of tenant '") + tenant.name()
                + "'";
        if (peer != null && !insideVCluster && viewer.inHostCluster() && peer.inHostCluster()
                && peer.cluster().id().equals(viewer.cluster().id())) {
            // vCluster pods are synced with rewritten labels: select the whole host namespace instead.
            boolean keepsLabels = peer.placement() == Placement.NAMESPACE || peer.placement() == Placement.NAMESPACE_DEDICATED_NODES;
            return Peer.inCluster(peer.namespace(), keepsLabels ? agentLabel : null, description);
        }
        return Peer.range("0.0.0.0/0", description + (peer == null ? "" : " in " + where(peer))
                + "; narrow this range to its address range");
    }

    /** The display name of a connection's end. */
    String nameOf(ElementId end) {
        return model.find(end).orElseThrow().name();
    }

    private static String where(TenantPlan plan) {
        return plan.placement() == Placement.DEDICATED ? "its own cluster" : "cluster '" + plan.cluster().name() + "'";
    }
}
