package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;

/**
 * The worst case of one compromised agent under an option: how many tenants (its own included) it could
 * reach, through a kernel shared under runc and through allowed connections, assuming every workload it
 * reaches is compromised too.
 *
 * @param agent          the agent with the largest reach, or null when the scope has no agents
 * @param tenants        tenants reached, its own included
 * @param viaKernel      tenants reached because the agent runs under runc on nodes it shares with them
 * @param viaConnections tenants reached through allowed connections (transitively) and not already through the
 *                       kernel: 1 + viaKernel + viaConnections = tenants
 */
public record BlastRadius(ElementId agent, int tenants, int viaKernel, int viaConnections, String explanation) {
    /** No agent in scope. */
    public static final BlastRadius NONE = new BlastRadius(null, 0, 0, 0, "no agent in scope");
}
