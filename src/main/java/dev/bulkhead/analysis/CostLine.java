package dev.bulkhead.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One computed cost with the arithmetic that produced it, so that every figure can say how it was
 * computed. The amount is the product of the terms (divided by the divisor terms), rounded once, half-up, to
 * the cent; totals are sums of these amounts, so shown parts always add up to shown totals.
 *
 * <p>How a node count was reached (the basis) is written only when it is read: an analysis computes thousands of
 * lines and shows a handful, and writing the numbers of every basis was a sixth of a full analysis.
 */
public final class CostLine {
    /** Precision of the exact product before the one rounding to the cent: far beyond any figure shown. */
    private static final MathContext EXACT = new MathContext(34, RoundingMode.HALF_UP);

    private final CostCategory category;
    private final String item;
    /**
     * The item with every name an alike line covers, where {@link #item} names a few and counts the rest; written when
     * first read, as the basis is (only the file of every cost line beside a report reads it).
     */
    private final Supplier<String> itemInFullText;
    private String itemInFull;
    private final BigDecimal monthly;
    private final List<CostTerm> terms;
    private final Supplier<String> basisText;
    private String basis;

    private CostLine(CostCategory category, String item, Supplier<String> itemInFull, BigDecimal monthly, List<CostTerm> terms,
                     Supplier<String> basis) {
        this.category = Objects.requireNonNull(category, "category");
        this.item = Objects.requireNonNull(item, "item");
        this.itemInFullText = Objects.requireNonNull(itemInFull, "itemInFull");
        this.monthly = Objects.requireNonNull(monthly, "monthly");
        this.terms = List.copyOf(terms);
        this.basisText = Objects.requireNonNull(basis, "basis");
    }

    /** The line whose amount is its terms evaluated and rounded to the cent. */
    static CostLine of(CostCategory category, String item, List<CostTerm> terms, String basis) {
        String text = basis == null ? "" : basis;
        return of(category, item, terms, () -> text);
    }

    /** The same, with a basis written the first time it is read. */
    static CostLine of(CostCategory category, String item, List<CostTerm> terms, Supplier<String> basis) {
        return new CostLine(category, item, () -> item, evaluate(terms), terms, basis);
    }

    /** This line, its item in full written by {@code full} when first read (every tenant an alike line covers named). */
    CostLine withItemInFull(Supplier<String> full) {
        return new CostLine(category, item, full, monthly, terms, this::basis);
    }

    /** What the line is for. */
    public CostCategory category() {
        return category;
    }

    /** What is paid for, for example {@code Control plane · eks-prod}. */
    public String item() {
        return item;
    }

    /**
     * The item naming everything the line covers: "Worker nodes · 40 node groups alike in prod (a, b, …, an)" where
     * {@link #item} says "(a, b, c and 37 more)". For a file of every line, where no column is too narrow for it.
     */
    public String itemInFull() {
        // A race writes the same immutable text twice at worst.
        String text = itemInFull;
        if (text == null) {
            text = Objects.requireNonNull(itemInFullText.get(), "itemInFull");
            itemInFull = text;
        }
        return text;
    }

    /** Amount per month in the profile's currency, in cents. */
    public BigDecimal monthly() {
        return monthly;
    }

    /** The inputs of the arithmetic, in the order printed. */
    public List<CostTerm> terms() {
        return terms;
    }

    /** How a term was derived where that needs saying (how a node count was reached); may be empty. */
    public String basis() {
        // A race writes the same immutable text twice at worst.
        String text = basis;
        if (text == null) {
            text = Objects.requireNonNullElse(basisText.get(), "");
            basis = text;
        }
        return text;
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
        // Most lines divide by nothing: rounding the product to the same 34 digits gives what dividing by one
        // would, without a long division on every line of every column.
        BigDecimal exact = divisor.signum() == 0 ? BigDecimal.ZERO
                : divisor.compareTo(BigDecimal.ONE) == 0 ? product.round(EXACT) : product.divide(divisor, EXACT);
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
        String basis = basis();
        if (!basis.isEmpty()) {
            text.append("; ").append(basis);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CostLine line && category == line.category && item.equals(line.item)
                && monthly.equals(line.monthly) && terms.equals(line.terms) && basis().equals(line.basis());
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, item, monthly, terms);
    }

    @Override
    public String toString() {
        return "CostLine[" + category + ", " + item + ", " + monthly + ", " + terms + ", " + basis() + "]";
    }
}
