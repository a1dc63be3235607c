package dev.bulkhead.diagram.chart;

import dev.bulkhead.analysis.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the compare views write money: exact cents wherever parts and their total are shown together (tables,
 * formula cards, per-environment totals), whole units for a headline figure, short forms on axes.
 */
public final class Amounts {
    /**
     * Follows every figure that counts as zero something the model has no price for yet (a licence, internet data
     * transfer out): such a total must never read as complete.
     */
    public static final String NOT_PRICED = " + not priced";

    private Amounts() {
    }

    /** {@code figure}, followed by {@link #NOT_PRICED} when it leaves something out as not priced: the one way to mark it. */
    public static String leavingOut(String figure, boolean notPriced) {
        return notPriced ? figure + NOT_PRICED : figure;
    }

    /** {@code $4,120.37}: the exact amount, as the lines that add up to it are shown. */
    public static String exact(String symbol, BigDecimal amount) {
        return Money.format(symbol, amount);
    }

    /** {@code $4,120}: a headline figure, rounded half-up once. */
    public static String whole(String symbol, BigDecimal amount) {
        BigDecimal shown = amount.setScale(0, RoundingMode.HALF_UP);
        return (shown.signum() < 0 ? "-" : "") + symbol + String.format(Locale.ROOT, "%,d", shown.abs().toBigInteger());
    }

    /** {@code $4,120}: a point on a curve, which is drawn from doubles. */
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

    /**
     * A value as people read it: up to two decimals from one up, three significant digits below one
     * ({@code 0.0684}, not {@code 0.068359}).
     */
    public static String readable(double value) {
        if (value == 0 || Math.abs(value) >= 1) {
            return Money.number(Math.round(value * 100) / 100.0);
        }
        return new BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** Up to two decimals, no trailing zeros: a tick every 250k reads $1.25M, not $1.3M (review 12e). */
    private static String trim(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
