package dev.bulkhead.reference;

import java.util.Objects;

/**
 * A figure with where it comes from, so that every number Bulkhead shows can be explained.
 *
 * @param kind primary, secondary, derived, convention, assumption or not-found
 */
public record Sourced(double value, String unit, String source, String date, String kind) {
    /** The kind of a figure the reference data has no source for: its value is a placeholder zero, never a price. */
    public static final String NOT_FOUND = "not-found";

    public Sourced {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a reference figure must be finite (" + source + ")");
        }
    }

    /** A figure the user typed in, overriding the default. */
    public static Sourced userOverride(double value, String unit) {
        return new Sourced(value, unit, "set in this model", null, "override");
    }

    /**
     * Whether the reference data has no figure for this (cost-isolation-data.md marks it NOT FOUND): a price of this
     * kind is "not priced", never a zero.
     */
    public boolean notFound() {
        return NOT_FOUND.equals(kind);
    }

    /** Short citation for formulas: the source, and the date when known. */
    public String citation() {
        return date == null || date.isBlank() ? source : source + " (" + date + ")";
    }
}
