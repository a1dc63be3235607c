package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.IsolationDimension;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How well one tenant is isolated under a placement.
 *
 * @param scores        0 to 4 per dimension
 * @param required      the tenant's minimum per dimension
 * @param score         weighted mean of the scores on a 0 to 100 scale, after the hard gate
 * @param requiredScore the same aggregate of the requirements
 * @param gated         whether the tenant shares a kernel with untrusted code under runc (the hard gate: a kernel
 *                      shortfall and a capped score)
 * @param shortfalls    dimensions below requirement; empty when the tenant's requirement is met
 * @param evidence      per dimension, why it scores what it does
 */
public record TenantIsolation(ElementId tenant, Placement placement, Map<IsolationDimension, Integer> scores,
                              Map<IsolationDimension, Integer> required, double score, double requiredScore,
                              boolean gated, List<Shortfall> shortfalls, Map<IsolationDimension, String> evidence) {
    public TenantIsolation {
        // Callers hand over maps they no longer touch; wrapping is far cheaper than copying on this hot path.
        scores = Collections.unmodifiableMap(scores);
        required = Collections.unmodifiableMap(required);
        shortfalls = List.copyOf(shortfalls);
        evidence = Collections.unmodifiableMap(evidence);
    }

    /** Whether every requirement is met. */
    public boolean meetsRequirement() {
        return shortfalls.isEmpty();
    }
}
