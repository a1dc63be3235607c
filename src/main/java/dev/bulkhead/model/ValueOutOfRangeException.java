package dev.bulkhead.model;

/**
 * A number outside its {@link ValueRange}. The message is one line: what, the range, the value given and
 * what to do; {@link #range()} and {@link #key()} let a file reader point at the exact field.
 */
public final class ValueOutOfRangeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient ValueRange range;
    private final String key;

    ValueOutOfRangeException(ValueRange range, String key, String message) {
        super(message);
        this.range = range;
        this.key = key;
    }

    /** The range the value broke. */
    public ValueRange range() {
        return range;
    }

    /** The entry of a map-valued field (an assumption, a requirement's dimension), or null. */
    public String key() {
        return key;
    }
}
