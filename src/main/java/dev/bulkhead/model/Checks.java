package dev.bulkhead.model;

import java.util.Objects;

/**
 * Argument checks shared by the model's records. Messages name the attribute and the offending value
 * so that a loader or an inspector can show them to the user as they are. Numbers a model stores are
 * checked against their {@link ValueRange} instead.
 */
public final class Checks {
    private Checks() {
    }

    /** A finite number above zero. */
    public static double positive(String attribute, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(attribute + " must be a finite number above 0 (got " + value + ")");
        }
        return value;
    }

    /** A name: not blank, at most 200 characters, no line breaks or other control characters. */
    public static String name(String attribute, String value) {
        Objects.requireNonNull(value, attribute);
        if (value.isBlank()) {
            throw new IllegalArgumentException(attribute + " must not be empty");
        }
        if (value.length() > 200) {
            throw new IllegalArgumentException(attribute + " must be at most 200 characters (got " + value.length() + ")");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(attribute + " must not contain line breaks or control characters");
        }
        return value;
    }

    /** Free text such as a description: at most {@code max} characters, may be empty. */
    public static String text(String attribute, String value, int max) {
        Objects.requireNonNull(value, attribute);
        if (value.length() > max) {
            throw new IllegalArgumentException(attribute + " must be at most " + max + " characters (got " + value.length() + ")");
        }
        return value;
    }
}
