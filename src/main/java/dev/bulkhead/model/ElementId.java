package dev.bulkhead.model;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable identifier of a model element. Ids never change once created, so that a saved model diffs
 * cleanly and references survive renames. They are 1 to 64 characters of letters, digits, '.', '_' and
 * '-'.
 */
public record ElementId(String value) implements Comparable<ElementId> {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();

    public ElementId {
        Objects.requireNonNull(value, "id");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "id '" + value + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    /** A fresh id such as {@code tenant-k3x9p2qa}, unique with overwhelming probability. */
    public static ElementId generate(String prefix) {
        char[] suffix = new char[8];
        for (int i = 0; i < suffix.length; i++) {
            suffix[i] = ALPHABET[Randomness.SOURCE.nextInt(ALPHABET.length)];
        }
        return new ElementId(prefix + "-" + new String(suffix));
    }

    /** Shorthand for {@code new ElementId(value)}. */
    public static ElementId of(String value) {
        return new ElementId(value);
    }

    /**
     * Made on first use, not when ids are first read: seeding a SecureRandom costs every command-line run that
     * only reads a model (issue 15), and only editing makes new ids.
     */
    private static final class Randomness {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    @Override
    public int compareTo(ElementId other) {
        return value.compareTo(other.value);
    }

    // Written out rather than left to the record: ids are hashed in every map of every analysis, and the record's
    // generated method reached the string's cached hash through a method handle (a twentieth of a re-analysis).
    // The same value as the record's (its only component's hash), so no map's order changes.
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ElementId id && value.equals(id.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
