package dev.bulkhead.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Exact money and how amounts and quantities are written in formulas: {@code $1,234.56}, {@code $0.192/h}.
 * Money is carried in {@link BigDecimal}s and rounded once, half-up, to the cent where a line is shown;
 * prices read from the reference data convert exactly from their decimal text.
 */
public final class Money {
    /** No money. */
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    /** An amount rounded once, half-up, to the cent. */
    public static BigDecimal cents(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The exact decimal a price or quantity from the reference data or the model was written as: the shortest
     * decimal that reads back as the same double, so {@code 0.0225} stays 0.0225 and never becomes
     * 0.02249999….
     */
    public static BigDecimal exact(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return BigDecimal.valueOf(value);
    }

    /** An amount with cents: {@code $1,067.63}. */
    public static String format(String symbol, BigDecimal amount) {
        BigDecimal shown = cents(amount);
        String digits = String.format(Locale.ROOT, "%,.2f", shown.abs());
        return (shown.signum() < 0 ? "-" : "") + symbol + digits;
    }

    /** A rate with at least two decimals and every decimal it has: {@code $0.10}, {@code $0.0225}. */
    public static String rate(String symbol, BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return symbol + grouped(plain.scale() < 2 ? plain.setScale(2) : plain);
    }

    /** A quantity with every decimal it has and none more: {@code 730}, {@code 0.75}, {@code 2.6977}. */
    public static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return grouped(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    /** A quantity without trailing zeros, up to 6 decimals: {@code 730}, {@code 0.75}, {@code 2.6977}. */
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

    /** Digits with thousands separators and the decimals as they are. */
    private static String grouped(BigDecimal value) {
        String text = value.toPlainString();
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (dot < 0 ? "" : digits.substring(dot));
    }
}
