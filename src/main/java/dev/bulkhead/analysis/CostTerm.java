package dev.bulkhead.analysis;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One input of a cost line's arithmetic: a count, a price, a number of hours, a request. A line's amount is
 * the product of its terms, divided by its divisor terms, rounded once to the cent; the formula prints each
 * term's value in full, so that it can be evaluated by hand with exactly the numbers shown.
 *
 * @param value   the exact number used
 * @param kind    how the number is written: a count of things, a price, or a quantity with a unit
 * @param unit    the thing counted ({@code node}), the price's period ({@code h}) or the quantity's unit
 * @param label   what the number is, for the table of inputs
 * @param source  where it comes from (a price list, an assumption, the model); empty when obvious
 * @param divisor whether the amount is divided by this term rather than multiplied
 * @param resource the resource a request is of (its unit, structured), or null for any other term
 * @param askedElsewhere what a request of zero asks for instead, on a group whose node count {@code resource}
 *                       decides (gVisor's memory on nodes vCPU sizes); empty otherwise
 */
public record CostTerm(BigDecimal value, Kind kind, String unit, String label, String source, boolean divisor,
                       Resources.Resource resource, Set<Resources.Resource> askedElsewhere) {
    /** How a term is written. */
    public enum Kind {
        /** {@code 3 nodes}: a whole number of things. */
        COUNT,
        /** {@code $0.192/h}: money per unit of time or per thing. */
        PRICE,
        /** {@code 730 h}, {@code 1.2345 vCPU}: a measured quantity. */
        QUANTITY,
        /** {@code $0.00/vCluster-month (not priced)}: a price the model has not set; counted as zero, and says so. */
        NOT_PRICED
    }

    public CostTerm {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
        source = source == null ? "" : source;
        askedElsewhere = askedElsewhere == null || askedElsewhere.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(askedElsewhere));
    }

    /** A term that is not a resource request. */
    public CostTerm(BigDecimal value, Kind kind, String unit, String label, String source, boolean divisor) {
        this(value, kind, unit, label, source, divisor, null, Set.of());
    }

    /**
     * A request of {@code resource} on a node group, in its unit; {@code askedElsewhere} says what a zero request asks
     * for instead (the report explains such a $0.00 share from it).
     */
    public static CostTerm request(BigDecimal amount, Resources.Resource resource, String label,
                                   Set<Resources.Resource> askedElsewhere) {
        return new CostTerm(amount, Kind.QUANTITY, resource.unit(), label, "", false, resource, askedElsewhere);
    }

    /** {@code count} things, for example {@code 3 nodes}. */
    public static CostTerm count(long count, String thing, String label, String source) {
        return new CostTerm(BigDecimal.valueOf(count), Kind.COUNT, thing, label, source, false);
    }

    /** A price per {@code per} ({@code h}, {@code month}, {@code GB}). */
    public static CostTerm price(BigDecimal price, String per, String label, String source) {
        return new CostTerm(price, Kind.PRICE, per, label, source, false);
    }

    /** A price the model has not set yet: zero in the sum, "not priced" wherever it is shown. */
    public static CostTerm notPriced(String per, String label, String source) {
        return new CostTerm(BigDecimal.ZERO, Kind.NOT_PRICED, per, label, source, false);
    }

    /** A quantity in {@code unit}. */
    public static CostTerm quantity(BigDecimal value, String unit, String label, String source) {
        return new CostTerm(value, Kind.QUANTITY, unit, label, source, false);
    }

    /**
     * A node's price per hour: {@code $0.192/h}, with the source of the price. Its label names the machine type and
     * region: two types can cost the same per hour, and a price list is read by type (review 12e).
     */
    static CostTerm perNodeHour(NodeShape shape, Pricing pricing) {
        String region = pricing.profile().region();
        return price(Money.exact(shape.hourlyPrice()), "h", "price per node-hour of one " + shape.instanceType()
                + (region == null || region.isBlank() ? "" : " (" + region + ")"), shape.priceSource());
    }

    /** The hours a month is charged for: {@code 730 h}. */
    static CostTerm hoursPerMonth(Pricing pricing) {
        return quantity(Money.exact(pricing.hours()), "h", "hours per month", "assumption");
    }

    /** This term as a divisor: the amount is divided by it. */
    public CostTerm dividing() {
        return new CostTerm(value, kind, unit, label, source, true, resource, askedElsewhere);
    }

    /** The term as printed in a formula: {@code 3 nodes}, {@code $0.192/h}, {@code 730 h}. */
    public String text(String symbol) {
        return switch (kind) {
            case COUNT -> Money.number(value) + " " + plural(unit, value);
            case PRICE -> Money.rate(symbol, value) + "/" + unit;
            case QUANTITY -> Money.number(value) + " " + unit;
            case NOT_PRICED -> Money.rate(symbol, value) + "/" + unit + " (not priced)";
        };
    }

    private static String plural(String thing, BigDecimal count) {
        return count.compareTo(BigDecimal.ONE) == 0 || thing.endsWith("s") ? thing : thing + "s";
    }
}
