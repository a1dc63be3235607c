package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;

/**
 * What one tenant costs per month under a placement.
 *
 * @param direct what its own pods, control plane and clusters cost
 * @param shared its part of what its host cluster costs everyone (control-plane fee, network, operations,
 *               add-ons), split in proportion to the direct costs of the tenants there
 */
public record TenantCost(ElementId tenant, Placement placement, double direct, double shared) {
    /** Direct plus shared. */
    public double total() {
        return direct + shared;
    }
}
