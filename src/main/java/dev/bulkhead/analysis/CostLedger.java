package dev.bulkhead.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects the costs of one option in one scope and turns them into cost lines. Identical charges are
 * counted together ("23 clusters × $0.10/h × 730 h"), so that a model with thousands of tenants still
 * reads as a handful of lines, each with its formula.
 */
final class CostLedger {
    private final Pricing pricing;
    private final Map<Key, Fixed> fixed = new LinkedHashMap<>();
    private final Map<String, Nodes> nodes = new LinkedHashMap<>();

    CostLedger(Pricing pricing) {
        this.pricing = pricing;
    }

    /** Identifies charges that add up into one line. */
    private record Key(CostCategory category, String item, String thing, double rate) {
    }

    /**
     * A charge per hour for {@code count} things: control-plane fees, NAT gateways, load balancers. The
     * source text is only built the first time this charge appears.
     */
    void hourly(CostCategory category, String item, String thing, double rate, Supplier<String> source, int count) {
        fixed.computeIfAbsent(new Key(category, item, thing, rate), key -> new Fixed(category, item, thing, rate,
                source.get(), true)).count += count;
    }

    /** Operations effort: {@code hours} per month at {@code rate} for each of {@code count} things. */
    void effort(String item, String thing, double hours, double rate, int count) {
        fixed.computeIfAbsent(new Key(CostCategory.OPERATIONS, item, thing, hours * rate), key -> new Fixed(
                CostCategory.OPERATIONS, item, thing, hours * rate, Money.number(hours) + " h/month × "
                + Money.rate(pricing.symbol(), rate) + "/h", false)).count += count;
    }

    /** One node group's bill, split by category. */
    void nodes(String groupKind, NodeGroupBill bill, Map<CostCategory, String> what) {
        Nodes entry = nodes.computeIfAbsent(groupKind, key -> new Nodes(groupKind));
        entry.bills++;
        entry.monthly += bill.monthly();
        entry.nodes += bill.growthNodes();
        bill.byCategory().forEach((category, amount) -> entry.byCategory.merge(category, amount, Double::sum));
        // Formulas are only written when asked for: most ledgers are only summed.
        entry.single = entry.bills == 1 ? bill : null;
        entry.what = what;
    }

    /** Adds this ledger's totals per category to {@code totals}, without writing any formula. */
    void addTotals(Map<CostCategory, Double> totals) {
        double hours = pricing.hours();
        for (Fixed f : fixed.values()) {
            totals.merge(f.category, f.hourly ? f.count * f.rate * hours : f.count * f.rate, Double::sum);
        }
        for (Nodes n : nodes.values()) {
            n.byCategory.forEach((category, amount) -> totals.merge(category, amount, Double::sum));
        }
    }

    /** The monthly total, without writing any formula. */
    double total() {
        double hours = pricing.hours();
        double total = 0;
        for (Fixed f : fixed.values()) {
            total += f.hourly ? f.count * f.rate * hours : f.count * f.rate;
        }
        for (Nodes n : nodes.values()) {
            total += n.monthly;
        }
        return total;
    }

    /** All lines, grouped by category in table order. */
    List<CostLine> lines() {
        String symbol = pricing.symbol();
        double hours = pricing.hours();
        List<CostLine> lines = new ArrayList<>();
        for (Fixed f : fixed.values()) {
            double monthly = f.hourly ? f.count * f.rate * hours : f.count * f.rate;
            String formula = f.hourly
                    ? f.count + " " + plural(f.thing, f.count) + " × " + Money.rate(symbol, f.rate) + "/h (" + f.source + ") × "
                    + Money.number(hours) + " h = " + Money.format(symbol, monthly)
                    : f.count + " " + plural(f.thing, f.count) + " × " + f.source + " (assumption) = " + Money.format(symbol, monthly);
            lines.add(new CostLine(f.category, f.item, monthly, formula));
        }
        for (Nodes n : nodes.values()) {
            if (n.single != null) {
                lines.addAll(n.single.lines(n.what));
                continue;
            }
            n.byCategory.forEach((category, amount) -> lines.add(new CostLine(category, category.label() + " · " + n.kind,
                    amount, "Σ over " + n.bills + " node groups of " + n.kind + ": " + n.nodes + " nodes cost "
                    + Money.format(symbol, n.monthly) + " per month; each group's bill is split by the resource that decides "
                    + "its size, and " + category.label().toLowerCase() + " take " + Money.format(symbol, amount))));
        }
        lines.sort(java.util.Comparator.comparing(CostLine::category));
        return lines;
    }

    /** The lines of several ledgers together, identical charges counted together across them. */
    static List<CostLine> linesOf(List<CostLedger> ledgers) {
        if (ledgers.size() == 1) {
            return ledgers.get(0).lines();
        }
        if (ledgers.isEmpty()) {
            return List.of();
        }
        CostLedger merged = new CostLedger(ledgers.get(0).pricing);
        for (CostLedger ledger : ledgers) {
            ledger.fixed.forEach((key, f) -> merged.fixed.computeIfAbsent(key,
                    k -> new Fixed(f.category, f.item, f.thing, f.rate, f.source, f.hourly)).count += f.count);
            ledger.nodes.forEach((kind, n) -> {
                Nodes target = merged.nodes.computeIfAbsent(kind, Nodes::new);
                target.bills += n.bills;
                target.nodes += n.nodes;
                target.monthly += n.monthly;
                n.byCategory.forEach((category, amount) -> target.byCategory.merge(category, amount, Double::sum));
                target.single = target.bills == n.bills ? n.single : null;
                target.what = n.what;
            });
        }
        return merged.lines();
    }

    private static String plural(String thing, int count) {
        return count == 1 ? thing : thing.endsWith("s") ? thing : thing + "s";
    }

    private static final class Fixed {
        final CostCategory category;
        final String item;
        final String thing;
        final double rate;
        final String source;
        final boolean hourly;
        int count;

        Fixed(CostCategory category, String item, String thing, double rate, String source, boolean hourly) {
            this.category = category;
            this.item = item;
            this.thing = thing;
            this.rate = rate;
            this.source = source;
            this.hourly = hourly;
        }
    }

    private static final class Nodes {
        final String kind;
        final Map<CostCategory, Double> byCategory = new EnumMap<>(CostCategory.class);
        int bills;
        int nodes;
        double monthly;
        NodeGroupBill single;
        Map<CostCategory, String> what;

        Nodes(String kind) {
            this.kind = kind;
        }
    }
}
