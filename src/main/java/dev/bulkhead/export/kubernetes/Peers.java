package dev.bulkhead.export.kubernetes;

import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;

/**
 * Resolves the ends of connections into NetworkPolicy peers, seen from one tenant's pods. A tenant in the
 * same network (the same host cluster, not on a vCluster's private nodes) is named by its namespace and its
 * pods' labels. Anything else is named by the address range the model gives it (a cluster's or an
 * endpoint's), or, lacking one, cannot be named: NetworkPolicy has no host names and no other clusters.
 */
final class Peers {
    private final Model model;
    private final PlacementPlan plan;
    private final VClusterEdition edition;

    Peers(PlacementPlan plan, VClusterEdition edition) {
        this.model = plan.analysis().model();
        this.plan = plan;
        this.edition = edition;
    }

    /**
     * The peer at {@code end} as seen by {@code viewer}'s pods, which {@code viewerPods} selects where the
     * policies live.
     *
     * @param asDestination whether the viewer sends to the peer (a host name can then stand for the public
     *                      internet on the connection's port); as a source a host name cannot be named
     */
    Peer resolve(ElementId end, TenantPlan viewer, TenantPods viewerPods, boolean asDestination) {
        Element element = model.find(end).orElseThrow();
        if (element instanceof ExternalEndpoint endpoint) {
            return endpoint(endpoint, asDestination);
        }
        TenantPlan peer = plan.owner(end).orElseThrow();
        Agent agent = element instanceof Agent a ? a : null;
        String description = (agent == null ? "tenant '" : "agent '" + agent.name() + "' of tenant '") + peer.tenant().name() + "'";
        if (peer.tenant().id().equals(viewer.tenant().id())) {
            return Peer.sameNamespace(viewerPods.of(agent), agent == null ? "this tenant's workloads" : "this tenant's agent '"
                    + agent.name() + "'");
        }
        if (sameNetwork(viewer, peer)) {
            return Peer.pods(peer.namespace(), TenantPods.of(peer).of(agent), description);
        }
        String range = networkRange(peer);
        if (range != null) {
            return Peer.range(range, description + " in cluster '" + peer.cluster().name() + "' (its address range "
                    + range + ")");
        }
        // Only a shared cluster's range comes from the model; a dedicated cluster's or a vCluster's private nodes' range
        // is not drawn, so setting the cluster's range (review R12h tried it) changes nothing: it goes into the policy by hand.
        boolean rangeInModel = peer.inHostCluster() && !VClusterValues.privateNodes(peer, edition);
        return Peer.unreachable(description + " runs in " + where(peer) + ", which the model gives no address range; "
                + (rangeInModel ? "set the address range of cluster '" + peer.cluster().name() + "' in the model"
                : (peer.inHostCluster() ? "add the address range of its vCluster's private nodes" : "add its dedicated cluster's "
                + "address range") + " to the policy by hand") + " to allow this connection, and publish the called tenant "
                + "through its cluster's ingress (the export's admission policy refuses LoadBalancer and NodePort Services in "
                + "tenant namespaces)");
    }

    private Peer endpoint(ExternalEndpoint endpoint, boolean asDestination) {
        String description = endpoint.name() + " (" + endpoint.address() + ")";
        if (endpoint.cidr().isPresent()) {
            return Peer.range(endpoint.cidr().get(), description);
        }
        if (asDestination) {
            return Peer.host(endpoint.address(), description + ": NetworkPolicy cannot name a host, so this allows the "
                    + "public internet on the port; set the endpoint's address range in the model, or export with "
                    + "--network-policy cilium, to narrow it");
        }
        return Peer.unreachable(description + " is a host name, which NetworkPolicy cannot name as a source; set the "
                + "endpoint's address range in the model to allow this connection");
    }

    /** Whether the two tenants' pods share one pod network that NetworkPolicy selectors reach across. */
    private boolean sameNetwork(TenantPlan viewer, TenantPlan peer) {
        return viewer.inHostCluster() && peer.inHostCluster() && viewer.cluster().id().equals(peer.cluster().id())
                && !VClusterValues.privateNodes(viewer, edition) && !VClusterValues.privateNodes(peer, edition);
    }

    /** The address range the peer's pods are reached at from another cluster, when the model knows it. */
    private String networkRange(TenantPlan peer) {
        if (!peer.inHostCluster() || VClusterValues.privateNodes(peer, edition)) {
            return null; // Its own cluster, or the vCluster's own nodes: not drawn, so no range in the model.
        }
        return peer.cluster().addressRange();
    }

    private String where(TenantPlan peer) {
        if (!peer.inHostCluster()) {
            return "a dedicated cluster of its own";
        }
        return VClusterValues.privateNodes(peer, edition) ? "its vCluster's private nodes" : "cluster '"
                + peer.cluster().name() + "'";
    }

    /** The display name of a connection's end. */
    String nameOf(ElementId end) {
        return model.find(end).orElseThrow().name();
    }
}
