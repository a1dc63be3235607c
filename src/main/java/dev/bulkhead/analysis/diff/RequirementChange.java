package dev.bulkhead.analysis.diff;

import dev.bulkhead.model.IsolationDimension;

/**
 * One isolation dimension that decides a tenant's verdict in a diff: one whose requirement went from unmet to met
 * or back, or one still unmet after. Both score and requirement are given, since either can move (a neighbour
 * running untrusted code raises what a tenant requires without changing what it scores).
 *
 * @param scoreBefore    0 to 4
 * @param requiredBefore the tenant's minimum, 0 to 4
 */
public record RequirementChange(IsolationDimension dimension, int scoreBefore, int requiredBefore, int scoreAfter,
                                int requiredAfter) {
    public boolean metBefore() {
        return scoreBefore >= requiredBefore;
    }

    public boolean metAfter() {
        return scoreAfter >= requiredAfter;
    }

    /** {@code Kernel / runtime: 0 (needs 1) → 0 (needs 0)}: the score against the requirement, before and after. */
    public String describe() {
        return dimension.label() + ": " + scoreBefore + " (needs " + requiredBefore + ") → " + scoreAfter + " (needs "
                + requiredAfter + ")";
    }
}
