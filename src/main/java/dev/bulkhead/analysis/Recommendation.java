package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import java.util.Collections;
import java.util.Map;

/**
 * The cheapest placement of each tenant that meets its requirement, with one sentence per tenant saying
 * why (written when first asked for).
 */
public final class Recommendation {
    private final Map<ElementId, Placement> placements;
    private final Map<ElementId, Recommender.Choice> choices;

    Recommendation(Map<ElementId, Placement> placements, Map<ElementId, Recommender.Choice> choices) {
        this.placements = Collections.unmodifiableMap(placements);
        this.choices = Collections.unmodifiableMap(choices);
    }

    /** The recommended placement of each tenant. */
    public Map<ElementId, Placement> placements() {
        return placements;
    }

    /** Why a tenant is placed as recommended, in one sentence; null for a tenant outside this scope. */
    public String reason(ElementId tenant) {
        Recommender.Choice choice = choices.get(tenant);
        return choice == null ? null : choice.reason();
    }

    Map<ElementId, Recommender.Choice> choices() {
        return choices;
    }
}
