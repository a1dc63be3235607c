package dev.bulkhead.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One computed cost with the arithmetic that produced it, so that every figure can say how it was
 * computed. The amount is the product of the terms (divided by the divisor terms), rounded once, half-up, to
 * the cent; totals are sums of these amounts, so shown parts always add up to shown totals.
 *
 * @param item    what is paid for, for example {@code Control plane · eks-prod}
 * @param monthly amount per month in the profile's currency, in cents
 * @param terms   the inputs of the arithmetic, in the order printed
 * @param basis   how a term was derived where that needs saying (how a node count was reached); may be empty
 */
public record CostLine(CostCategory category, String item, BigDecimal monthly, List<CostTerm> terms, String basis) {
    /** Precision of the exact product before the one rounding to the cent: far beyond any figure shown. */
    private static final MathContext EXACT = new MathContext(34, RoundingMode.HALF_UP);

    public CostLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(monthly, "monthly");
        terms = List.copyOf(terms);
        basis = basis == null ? "" : basis;
    }

    /** The line whose amount is its terms evaluated and rounded to the cent. */
    static CostLine of(CostCategory category, String item, List<CostTerm> terms, String basis) {
        return new CostLine(category, item, evaluate(terms), terms, basis);
    }

    /** Product of the terms, divided by the divisor terms, rounded once, half-up, to the cent. */
    public static BigDecimal evaluate(List<CostTerm> terms) {
        BigDecimal product = BigDecimal.ONE;
        BigDecimal divisor = BigDecimal.ONE;
        for (CostTerm term : terms) {
            if (term.divisor()) {
                divisor = divisor.multiply(term.value());
            } else {
                product = product.multiply(term.value());
            }
        }
        BigDecimal exact = divisor.signum() == 0 ? BigDecimal.ZERO : product.divide(divisor, EXACT);
        return Money.cents(exact);
    }

    /** Whether an input of this line has no price yet (the line counts as zero and says "not priced"). */
    public boolean notPriced() {
        return terms.stream().anyMatch(term -> term.kind() == CostTerm.Kind.NOT_PRICED);
    }

    /** The arithmetic with every number in full: {@code 3 nodes × $0.192/h × 730 h = $420.48}. */
    public String formula(String symbol) {
        StringBuilder text = new StringBuilder();
        for (CostTerm term : terms) {
            if (text.length() > 0) {
                text.append(term.divisor() ? " ÷ " : " × ");
            }
            text.append(term.text(symbol));
        }
        return text.append(" = ").append(Money.format(symbol, monthly)).toString();
    }

    /** The formula followed by what each input is and where it comes from, for tooltips and reports. */
    public String explanation(String symbol) {
        StringBuilder text = new StringBuilder(formula(symbol)).append(" (");
        for (int i = 0; i < terms.size(); i++) {
            CostTerm term = terms.get(i);
            text.append(i == 0 ? "" : "; ").append(term.text(symbol)).append(": ").append(term.label());
            if (!term.source().isEmpty()) {
                text.append(", ").append(term.source());
            }
        }
        text.append(')');
        if (!basis.isEmpty()) {
            text.append("; ").append(basis);
        }
        return text.toString();
    }
}
