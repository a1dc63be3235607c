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

    /** Whether its score or what it requires moved (else it is listed as one still unmet). */
    public boolean changed() {
        return scoreBefore != scoreAfter || requiredBefore != requiredAfter;
    }

    /**
     * The score against the requirement, saying only what moved: {@code Kernel / runtime: 0 (needs 1 → 0)},
     * {@code Control plane / API: 1 → 3 (needs 3)}, {@code Kernel / runtime: 0 → 4 (needs 3 → 1)}, or for one
     * that did not move {@code Kernel / runtime: still 0 (needs 2)}.
     */
    public String describe() {
        if (!changed()) {
            return dimension.label() + ": still " + scoreAfter + " (needs " + requiredAfter + ")";
        }
        String score = scoreBefore == scoreAfter ? String.valueOf(scoreAfter) : scoreBefore + " → " + scoreAfter;
        String needs = requiredBefore == requiredAfter ? String.valueOf(requiredAfter) : requiredBefore + " → " + requiredAfter;
        return dimension.label() + ": " + score + " (needs " + needs + ")";
    }
}
