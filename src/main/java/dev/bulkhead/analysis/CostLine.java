package dev.bulkhead.analysis;

import java.util.Objects;

/**
 * One computed cost with the arithmetic that produced it, so that every figure can say how it was
 * computed.
 *
 * @param item    what is paid for, for example {@code Control plane · eks-prod}
 * @param monthly amount per month in the profile's currency
 * @param formula the inputs and arithmetic, ending in the result
 */
public record CostLine(CostCategory category, String item, double monthly, String formula) {
    public CostLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(formula, "formula");
        if (!Double.isFinite(monthly)) {
            throw new IllegalArgumentException("cost of " + item + " is not finite");
        }
    }
}
