package dev.bulkhead.analysis;

import java.util.Locale;

/** How amounts and quantities are written in formulas: {@code $1,234.56}, {@code 0.192/h}. */
public final class Money {
    private Money() {
    }

    /** An amount with cents. */
    public static String format(String symbol, double amount) {
        String digits = String.format(Locale.ROOT, "%,.2f", Math.abs(amount));
        return (amount < 0 ? "-" : "") + symbol + digits;
    }

    /** A rate with at least two decimals and as many as it needs (up to 6): {@code $0.10}, {@code $0.134012}. */
    public static String rate(String symbol, double amount) {
        String text = number(amount);
        int dot = text.indexOf('.');
        if (dot < 0) {
            text += ".00";
        } else if (text.length() - dot == 2) {
            text += "0";
        }
        return symbol + text;
    }

    /** A quantity without trailing zeros: {@code 730}, {@code 0.75}, {@code 2.6977}. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        String text = String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** A quantity rounded to {@code decimals}. */
    public static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
