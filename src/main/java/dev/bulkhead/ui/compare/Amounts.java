package dev.bulkhead.ui.compare;

import java.util.Locale;

/** How the compare views write money: whole units in tables and cards, short forms on axes. */
public final class Amounts {
    private Amounts() {
    }

    /** {@code $4,120}. */
    public static String whole(String symbol, double amount) {
        return (amount < 0 ? "-" : "") + symbol + String.format(Locale.ROOT, "%,.0f", Math.abs(amount));
    }

    /** {@code $5k}, {@code $1.2M}, {@code $800}: for axis ticks. */
    public static String compact(String symbol, double amount) {
        double value = Math.abs(amount);
        String text;
        if (value >= 1_000_000) {
            text = trim(value / 1_000_000) + "M";
        } else if (value >= 1_000) {
            text = trim(value / 1_000) + "k";
        } else {
            text = trim(value);
        }
        return (amount < 0 ? "-" : "") + symbol + text;
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
