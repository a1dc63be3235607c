package dev.bulkhead.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The values one number of the model may take: from the smallest meaningful value to a generous maximum.
 * Every number a model file holds has one, listed in {@link ValueRanges}; the records check their numbers
 * against it, so the file reader, the inspector and the compare view refuse the same values with the same
 * message.
 *
 * @param field        the number's name in the model file, for example {@code cpu}; the reader points there
 * @param label        how messages name it, for example {@code CPU (vCPU)}
 * @param unit         the unit messages add to the bounds, or empty
 * @param min          the smallest value allowed (or the bound just below it when {@code minExclusive})
 * @param minExclusive whether {@code min} itself is refused (a node with 0 vCPU is no node)
 * @param max          the largest value allowed
 * @param whole        whether the file holds a whole number here
 */
public record ValueRange(String field, String label, String unit, double min, boolean minExclusive, double max,
                         boolean whole) {
    public ValueRange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        if (!(min < max)) {
            throw new IllegalArgumentException("an empty range for " + label);
        }
    }

    /** A number from {@code min} to {@code max}, both included. */
    public static ValueRange of(String field, String label, String unit, double min, double max) {
        return new ValueRange(field, label, unit, min, false, max, false);
    }

    /** A number above {@code min} and at most {@code max}. */
    public static ValueRange above(String field, String label, String unit, double min, double max) {
        return new ValueRange(field, label, unit, min, true, max, false);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public static ValueRange wholeNumber(String field, String label, String unit, int min, int max) {
        return new ValueRange(field, label, unit, min, false, max, true);
    }

    /** Whether a value lies in the range (never NaN or infinite). */
    public boolean contains(double value) {
        return Double.isFinite(value) && (minExclusive ? value > min : value >= min) && value <= max;
    }

    /** The value, or a {@link ValueOutOfRangeException} saying what is allowed. */
    public double check(double value) {
        return check(null, value);
    }

    /** The value, or a {@link ValueOutOfRangeException} saying what is allowed. */
    public int check(int value) {
        check(null, value);
        return value;
    }

    /** The value of the map entry {@code key} (an assumption, a requirement), or a refusal naming the key. */
    public double check(String key, double value) {
        if (!contains(value)) {
            throw new ValueOutOfRangeException(this, key, refusal(key, value));
        }
        return value;
    }

    /**
     * The one-line refusal of {@code value}: what, the range, the value and what to do. {@code key} names the
     * entry of a map-valued field, or is null.
     */
    public String refusal(String key, double value) {
        String given = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
        return label + (key == null ? "" : " '" + key + "'") + " must be " + describe() + " (got " + given
                + "); enter a value in that range";
    }

    /** What is allowed, for example {@code from 0 to 100,000 vCPU} or {@code above 0 and at most 1,024 vCPU}. */
    public String describe() {
        String kind = whole ? "a whole number " : "";
        String upper = format(max) + (unit.isEmpty() ? "" : " " + unit);
        return minExclusive ? kind + "above " + format(min) + " and at most " + upper
                : kind + "from " + format(min) + " to " + upper;
    }

    /** Bounds as people write them: {@code 100,000}, {@code 0.05}, {@code -10,000,000}. */
    static String format(double value) {
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
