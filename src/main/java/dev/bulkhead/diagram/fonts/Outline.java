package dev.bulkhead.diagram.fonts;

/**
 * A glyph's outline, toolkit-free: {@code ops} are {@link #MOVE}, {@link #LINE}, {@link #QUAD}, {@link #CUBIC} and
 * {@link #CLOSE}; {@code coords} hold their points in ems (1 = the font size), y pointing down from the baseline.
 */
public record Outline(byte[] ops, double[] coords) {
    public static final byte MOVE = 0;
    public static final byte LINE = 1;
    public static final byte QUAD = 2;
    public static final byte CUBIC = 3;
    public static final byte CLOSE = 4;

    /** How many coordinates (x and y each count) an operation takes. */
    public static int coordinates(byte op) {
        return switch (op) {
            case MOVE, LINE -> 2;
            case QUAD -> 4;
            case CUBIC -> 6;
            default -> 0;
        };
    }
}
