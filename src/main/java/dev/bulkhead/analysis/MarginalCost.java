package dev.bulkhead.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * What adding one tenant with one placement costs a month, all else fixed: the figure the recommender
 * compares, and the parts it is made of, each a line whose printed arithmetic gives its amount. The parts
 * are written only when a reason is read, so that choosing stays cheap on large models.
 *
 * @param amount what the recommender compares (the exact sum before any rounding)
 */
record MarginalCost(double amount, Supplier<List<CostLine>> parts) {
    /** The parts' sum: the figure a reason prints, equal to its printed arithmetic to the cent. */
    BigDecimal shown() {
        BigDecimal sum = Money.ZERO;
        for (CostLine part : parts.get()) {
            sum = sum.add(part.monthly());
        }
        return sum;
    }

    /** {@code $356.04 (0.8720 node-equivalents × $0.192/h × 730 h = $122.22 + 2 h × $117/h = $234.00)}. */
    String explain(String symbol) {
        StringBuilder text = new StringBuilder();
        BigDecimal sum = Money.ZERO;
        for (CostLine part : parts.get()) {
            text.append(text.length() == 0 ? "" : " + ").append(part.item()).append(": ").append(part.formula(symbol));
            sum = sum.add(part.monthly());
        }
        return Money.format(symbol, sum) + " (" + text + ")";
    }
}
