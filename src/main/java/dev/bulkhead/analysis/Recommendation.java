package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import java.util.Collections;
import java.util.Map;

/**
 * The cheapest placement of each tenant that meets its requirement, with one sentence per tenant saying
 * why (written when first asked for).
 */
public final class Recommendation {
    /**
     * Where a reason's arithmetic begins: after it, each placement the sentence names, with the parts of its
     * monthly figure ({@code vCluster $1,066.51 (…: … = $866.51 + …: … = $200.00)}), separated by {@code "; "}.
     */
    public static final String AT_THE_MARGIN = ". At the margin, all else fixed: ";
    /** Where a decision to run a vCluster goes on to size its control plane, before {@link #AT_THE_MARGIN}. */
    public static final String CONTROL_PLANE = "; its vCluster control plane: ";
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

    /**
     * Why a tenant is placed as recommended, in one sentence, then the arithmetic of every figure it names
     * (see {@link #AT_THE_MARGIN}); null for a tenant outside this scope.
     */
    public String reason(ElementId tenant) {
        Recommender.Choice choice = choices.get(tenant);
        return choice == null ? null : choice.reason();
    }

    /**
     * The parts of every figure a tenant's reason prints (after {@link #AT_THE_MARGIN}), as cost lines: the prices
     * they multiply by belong in a report's price list as much as the columns' do. Empty for a tenant outside this scope.
     */
    public java.util.List<CostLine> figures(ElementId tenant) {
        Recommender.Choice choice = choices.get(tenant);
        return choice == null ? java.util.List.of() : choice.figures();
    }

    Map<ElementId, Recommender.Choice> choices() {
        return choices;
    }
}
