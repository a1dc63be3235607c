package dev.bulkhead.export.behaviour;

import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cidr;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.EgressMode;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import java.util.List;
import java.util.Optional;

/**
 * What the model allows, written from the model alone (never from the export): its connections, DNS, and each
 * agent's egress, with the two readings plain NetworkPolicy forces on host names (a host name allows the
 * public internet on the port, unless Cilium policies name the host instead) and on other clusters (a cluster
 * is named by its whole address range).
 * "Public" excludes the ranges the issue names: no address in them is allowed unless the model names a block
 * that lies inside one of them.
 */
final class ModelFlows {
    /** Written out here, not taken from the exporter, so that the test cannot agree with a wrong constant. */
    static final List<String> NON_PUBLIC = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
            "169.254.0.0/16", "127.0.0.0/8");

    private final Model model;
    private final PlacementPlan plan;
    /** Whether NetworkPolicy stands for host names (the public internet on the port), or Cilium names them. */
    private final boolean hostsAsInternet;

    ModelFlows(PlacementPlan plan, boolean hostsAsInternet) {
        this.plan = plan;
        this.model = plan.analysis().model();
        this.hostsAsInternet = hostsAsInternet;
    }

    /** Whether {@code from} (a tenant's workloads or an agent) may open {@code to} (the same) on the port. */
    boolean podToPod(ElementId from, ElementId to, int port, String protocol) {
        TenantPlan source = plan.owner(from).orElseThrow();
        TenantPlan target = plan.owner(to).orElseThrow();
        if (source.tenant().id().equals(target.tenant().id()) && from.equals(source.tenant().id())) {
            return true; // A tenant's workloads reach everything of the tenant.
        }
        return connected(from, to, port, protocol);
    }

    /** Whether {@code from} may send to an address outside the pod network. */
    boolean podToAddress(ElementId from, String ip, int port, String protocol, List<TenantPlan> tenantsBehind) {
        for (Connection connection : model.connectionsOf(from)) {
            if (!connection.from().equals(from) || !sameTransport(connection, port, protocol)) {
                continue;
            }
            Optional<ExternalEndpoint> endpoint = model.find(connection.to()).filter(ExternalEndpoint.class::isInstance)
                    .map(ExternalEndpoint.class::cast);
            if (endpoint.isPresent()) {
                if (endpoint.get().cidr().map(c -> inNamedBlock(c, ip)).orElse(hostsAsInternet && isPublic(ip))) {
                    return true;
                }
            } else if (tenantsBehind.stream().anyMatch(t -> owns(t, connection.to()))) {
                return true;
            }
        }
        Agent agent = model.find(from).filter(Agent.class::isInstance).map(Agent.class::cast).orElse(null);
        if (agent == null || agent.egress().mode() == EgressMode.NONE) {
            return false;
        }
        if (agent.egress().mode() == EgressMode.OPEN) {
            return isPublic(ip);
        }
        for (String entry : agent.egress().allowList()) {
            if (Cidr.isCidr(entry) ? inNamedBlock(entry, ip)
                    : hostsAsInternet && isPublic(ip) && port == 443 && protocol.equals("TCP")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an address outside the pod network may open {@code to} on the port. */
    boolean addressToPod(String ip, ElementId to, int port, String protocol, List<TenantPlan> tenantsBehind) {
        for (Connection connection : model.connectionsOf(to)) {
            if (!connection.to().equals(to) || !sameTransport(connection, port, protocol)) {
                continue;
            }
            Optional<ExternalEndpoint> endpoint = model.find(connection.from()).filter(ExternalEndpoint.class::isInstance)
                    .map(ExternalEndpoint.class::cast);
            if (endpoint.isPresent() ? endpoint.get().cidr().map(c -> inNamedBlock(c, ip)).orElse(false)
                    : tenantsBehind.stream().anyMatch(t -> owns(t, connection.from()))) {
                return true;
            }
        }
        return false;
    }

    private boolean connected(ElementId from, ElementId to, int port, String protocol) {
        return model.connectionsOf(from).stream().anyMatch(c -> c.from().equals(from) && c.to().equals(to)
                && sameTransport(c, port, protocol));
    }

    private static boolean owns(TenantPlan tenant, ElementId element) {
        return tenant.tenant().id().equals(element) || tenant.agents().stream().anyMatch(a -> a.id().equals(element));
    }

    private static boolean sameTransport(Connection connection, int port, String protocol) {
        return connection.port() == port && connection.protocol().name().equals(protocol);
    }

    /** In the block, and not in a non-public range the block contains without being inside it. */
    static boolean inNamedBlock(String block, String ip) {
        if (!Cidrs.contains(block, ip)) {
            return false;
        }
        return NON_PUBLIC.stream().noneMatch(range -> Cidrs.contains(range, ip) && !insideOf(block, range));
    }

    static boolean isPublic(String ip) {
        return NON_PUBLIC.stream().noneMatch(range -> Cidrs.contains(range, ip));
    }

    /** Whether {@code block} lies within {@code range}. */
    private static boolean insideOf(String block, String range) {
        int blockPrefix = Integer.parseInt(block.split("/")[1]);
        int rangePrefix = Integer.parseInt(range.split("/")[1]);
        return blockPrefix >= rangePrefix && Cidrs.contains(range, block.split("/")[0]);
    }
}
