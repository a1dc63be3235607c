package dev.bulkhead.analysis;

import dev.bulkhead.model.IsolationDimension;

/** A dimension on which a placement scores below what a tenant requires, and why. */
public record Shortfall(IsolationDimension dimension, int score, int required, String why) {
    /** One-line explanation: {@code Compliance boundary 1 < required 4: shared cluster and audit scope}. */
    public String describe() {
        return dimension.label() + " " + score + " < required " + required + ": " + why;
    }
}
