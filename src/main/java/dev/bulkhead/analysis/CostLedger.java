package dev.bulkhead.analysis;

import dev.bulkhead.reference.Sourced;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects the costs of one option on one drawn cluster and turns them into cost lines. Identical charges are
 * counted together ("23 clusters × $0.10/h × 730 h"), so that a cluster with thousands of tenants still reads
 * as a handful of lines, each with an arithmetic that reproduces its amount to the cent.
 *
 * <p>The ledger's total is the sum of its lines' amounts, each rounded once to the cent: what is shown adds up
 * to what is totalled, and a scope's total is the sum of its clusters' ledgers.
 */
final class CostLedger {
    /** What a tenant's own cluster is called in the ledger's terms ("3 dedicated clusters × ..."). */
    static final String DEDICATED_CLUSTER = "dedicated cluster";

    /** What a line's item ends in when it has no price; {@link #paidFor} drops it. */
    static final String NOT_PRICED = " (not priced)";
    /** The mark inside an item's own closing bracket ({@link #notPriced}). */
    static final String NOT_PRICED_INSIDE = ", not priced)";

    private final Pricing pricing;
    private final String scope;
    /** The environment of the cluster {@link #scope} names, or null. */
    private final String environment;
    private final Map<Key, Fixed> fixed = new LinkedHashMap<>();
    private final Map<NodesKey, Nodes> nodes = new LinkedHashMap<>();
    private final Map<String, Traffic> traffic = new LinkedHashMap<>();
    /**
     * What this ledger counts as zero for want of a price, by what is paid for, in the order met: set as the charges
     * are recorded, so that which totals leave something out is known without writing a line (the compare strip
     * asks after every edit).
     */
    private final Map<String, CostCategory> unpriced = new LinkedHashMap<>();
    /** Whether a tenant here sends data to an external endpoint: internet data transfer out has no price. */
    private boolean sendsDataOut;
    private List<CostLine> lines;

    /** A ledger for the cluster {@code scope} names; its lines' items end in that name. */
    CostLedger(Pricing pricing, String scope) {
        this(pricing, scope, null);
    }

    /**
     * A ledger for the cluster {@code scope} names, in {@code environment}: the fixed costs of its tenants' dedicated
     * clusters end in "dedicated clusters in prod", not in the cluster's name. Under "· gke-prod" the mix's line for one
     * dedicated cluster read the same as gke-prod's own line beside it, and the two as gke-prod charged twice.
     */
    CostLedger(Pricing pricing, String scope, String environment) {
        this.pricing = pricing;
        this.scope = scope;
        this.environment = environment;
    }

    /** Identifies charges that add up into one line. */
    private record Key(CostCategory category, String item, String thing, BigDecimal rate, BigDecimal hours, int perThing) {
    }

    /** Identifies node groups whose lines are identical: same kind of group, same arithmetic. */
    private record NodesKey(String thing, NodeGroupBill.LineKey line) {
    }

    /**
     * A charge per hour for {@code count} things, each with {@code perThing} units of it (3 NAT gateways per
     * cluster, 3 control-plane machines): control-plane fees, NAT gateways, load balancers. The source text is
     * only built the first time this charge appears.
     *
     * @param unit what one unit is, for the table of inputs ("NAT gateway"); the price is per hour of one
     */
    void hourly(CostCategory category, String item, String thing, int perThing, String unit, double rate,
                Supplier<String> source, int count) {
        BigDecimal price = Money.exact(rate);
        add(new Key(category, item, thing, price, null, perThing), () -> {
            List<CostTerm> terms = new ArrayList<>();
            if (perThing != 1) {
                terms.add(CostTerm.count(perThing, "unit", unit + "s per " + thing, ""));
            }
            terms.add(CostTerm.price(price, "h", "price per hour of one " + unit, source.get()));
            terms.add(CostTerm.hoursPerMonth(pricing));
            return new Fixed(terms);
        }, count);
    }

    /**
     * The same charge for a thing the reference data has no price for (GCP's Cloud NAT): written, never a silent zero,
     * as a line that says "not priced", like an unpriced licence.
     */
    void unpricedHourly(CostCategory category, String item, String thing, int perThing, String unit, Supplier<String> source,
                        int count) {
        unpriced.putIfAbsent(paidFor(item), category);
        add(new Key(category, notPriced(item), thing, BigDecimal.ZERO, null, perThing), () -> {
            List<CostTerm> terms = new ArrayList<>();
            if (perThing != 1) {
                terms.add(CostTerm.count(perThing, "unit", unit + "s per " + thing, ""));
            }
            terms.add(CostTerm.notPriced("h", "price per hour of one " + unit + ", NOT FOUND: not priced", source.get()));
            terms.add(CostTerm.hoursPerMonth(pricing));
            return new Fixed(terms);
        }, count);
    }

    /** Operations effort: {@code hours} per month at {@code rate} for each of {@code count} things. */
    void effort(String item, String thing, double hours, double rate, int count) {
        BigDecimal effort = Money.exact(hours);
        BigDecimal price = Money.exact(rate);
        add(new Key(CostCategory.OPERATIONS, item, thing, price, effort, 1), () -> new Fixed(List.of(
                CostTerm.quantity(effort, "h", "operations hours per " + thing + " a month", "assumption"),
                CostTerm.price(price, "h", "operations hourly rate", "assumption"))), count);
    }

    /** Operations effort of {@code count} vClusters: each one's hours a month at the hourly rate. */
    void vclusterOperations(int count) {
        effort("Operations · vClusters", "vCluster", pricing.assumptions().opsHoursPerVCluster(),
                pricing.assumptions().opsHourlyRate(), count);
    }

    /**
     * The vCluster Platform licence of {@code count} vClusters on private nodes. Never a silent zero: until the
     * model sets a price, the line says it is not priced (and a finding says so too).
     */
    void platformLicence(int count) {
        java.util.OptionalDouble price = pricing.assumptions().platformLicence();
        licence("Licences · vCluster Platform (private nodes)", "vCluster", price.isPresent() ? price.getAsDouble() : null,
                pricing.assumptions().citation(Assumptions.PLATFORM_LICENCE), count);
    }

    /**
     * Data one connection carries a month, priced per GB: {@code item} names the kind of traffic (between
     * clusters, through the NAT gateway). Connections of one kind add up into one line.
     */
    void traffic(String item, Sourced pricePerGB, BigDecimal gigabytes, boolean assumedVolume) {
        // A price the reference data lacks is written as not priced: the data is counted, its price is not.
        String key = pricePerGB.notFound() ? notPriced(item) : item;
        if (pricePerGB.notFound()) {
            unpriced.putIfAbsent(paidFor(item), CostCategory.DATA_TRANSFER);
        }
        Traffic entry = traffic.computeIfAbsent(key, k -> new Traffic(Money.exact(pricePerGB.value()), pricePerGB.citation(),
                pricePerGB.notFound()));
        entry.gigabytes = entry.gigabytes.add(gigabytes);
        entry.connections++;
        entry.assumed |= assumedVolume;
        lines = null;
    }

    /** A licence per month for {@code count} things; a null price is written as a line that says "not priced". */
    void licence(String item, String thing, Double monthlyPrice, String source, int count) {
        BigDecimal price = monthlyPrice == null ? BigDecimal.ZERO : Money.exact(monthlyPrice);
        String label = monthlyPrice == null ? notPriced(item) : item;
        if (monthlyPrice == null) {
            unpriced.putIfAbsent(paidFor(item), CostCategory.LICENCES);
        }
        add(new Key(CostCategory.LICENCES, label, thing, price, null, 1), () -> new Fixed(List.of(monthlyPrice == null
                ? CostTerm.notPriced(thing + "-month", "licence price, NOT SET: not priced", source)
                : CostTerm.price(price, thing + "-month", "licence price per " + thing + " a month", source))), count);
    }

    /** Data to an external endpoint was sent from here: its internet data transfer out is not priced. */
    void sendsDataOut() {
        sendsDataOut = true;
    }

    /**
     * {@code item} marked as not priced with one bracket: "Licences · vCluster Platform (private nodes, not priced)",
     * not "(private nodes) (not priced)", which a reviewer read as two asides.
     */
    static String notPriced(String item) {
        return item.endsWith(")") ? item.substring(0, item.length() - 1) + NOT_PRICED_INSIDE : item + NOT_PRICED;
    }

    /**
     * "vCluster Platform (private nodes)" of "Licences · vCluster Platform (private nodes)", "Cloud NAT gateway" of
     * "Network · Cloud NAT gateway": what a line pays for, after its kind, as the report names what a total leaves out.
     */
    static String paidFor(String item) {
        String[] parts = item.replace(NOT_PRICED, "").replace(NOT_PRICED_INSIDE, ")").split(" · ");
        return parts[parts.length > 1 ? 1 : 0];
    }

    private void add(Key key, Supplier<Fixed> create, int count) {
        fixed.computeIfAbsent(key, k -> create.get()).count += count;
        lines = null;
    }

    /** One node group's bill: a line per pool and category it pays for. */
    void nodes(String thing, NodeGroupBill bill, Map<CostCategory, String> what) {
        nodes(thing, null, null, bill, what);
    }

    /**
     * One tenant's node group ({@code whose}: the tenant's name), standing {@code where} (an environment, for a
     * dedicated cluster, which is not in the cluster this ledger is for). Identical groups share one line, which
     * names where they stand and whose they are: "2 dedicated clusters alike · eks-dev" read as a part of eks-dev's
     * bill, and eight lines "alike · eks-prod" at eight amounts could not be told apart.
     */
    void nodes(String thing, String whose, String where, NodeGroupBill bill, Map<CostCategory, String> what) {
        for (NodeGroupBill.PoolShare share : bill.shares(what)) {
            Nodes group = nodes.computeIfAbsent(new NodesKey(thing, share.key), key -> new Nodes(share, thing, where));
            group.count++;
            if (whose != null) {
                group.whose.add(whose);
            }
        }
        lines = null;
    }

    /** Adds this ledger's totals per category to {@code totals}. */
    void addTotals(Map<CostCategory, BigDecimal> totals) {
        for (CostLine line : lines()) {
            totals.merge(line.category(), line.monthly(), BigDecimal::add);
        }
    }

    /** The monthly total: the sum of the lines' amounts. */
    BigDecimal total() {
        BigDecimal total = Money.ZERO;
        for (CostLine line : lines()) {
            total = total.add(line.monthly());
        }
        return total;
    }

    /** All lines, grouped by category in table order. Computed once; formulas are written only when read. */
    List<CostLine> lines() {
        List<CostLine> result = lines;
        if (result == null) {
            result = new ArrayList<>();
            String suffix = scope == null ? "" : " · " + scope;
            for (Map.Entry<Key, Fixed> entry : fixed.entrySet()) {
                Key key = entry.getKey();
                Fixed f = entry.getValue();
                List<CostTerm> terms = new ArrayList<>();
                terms.add(CostTerm.count(f.count, key.thing(), key.thing() + "s charged", ""));
                terms.addAll(f.terms);
                String where = key.thing().equals(DEDICATED_CLUSTER) && environment != null
                        ? " · " + (f.count == 1 ? DEDICATED_CLUSTER : DEDICATED_CLUSTER + "s") + " in " + environment : suffix;
                result.add(CostLine.of(key.category(), key.item() + where, terms, ""));
            }
            for (Map.Entry<String, Traffic> entry : traffic.entrySet()) {
                Traffic t = entry.getValue();
                result.add(CostLine.of(CostCategory.DATA_TRANSFER, entry.getKey() + suffix, List.of(
                        CostTerm.quantity(t.gigabytes, "GB", "data a month over " + t.connections + " connection"
                                + (t.connections == 1 ? "" : "s"), t.assumed ? "each connection's traffic, or the assumed "
                                + "volume where it has none" : "each connection's traffic"),
                        t.notPriced ? CostTerm.notPriced("GB", "price per GB, NOT FOUND: not priced", t.source)
                                : CostTerm.price(t.price, "GB", "price per GB", t.source)), ""));
            }
            for (Nodes n : nodes.values()) {
                result.add(n.count == 1 ? n.share.alone() : n.share.alike(n.count, n.thing, n.suffix(suffix, Nodes.NAMED))
                        .withItemInFull(n.itemInFull(suffix)));
            }
            result.sort(Comparator.comparing(CostLine::category));
            result = List.copyOf(result);
            lines = result;
        }
        return result;
    }

    /** The lines of several ledgers (clusters) together, each cluster's lines kept apart. */
    static List<CostLine> linesOf(List<CostLedger> ledgers) {
        if (ledgers.size() == 1) {
            return ledgers.get(0).lines();
        }
        List<CostLine> all = new ArrayList<>();
        ledgers.forEach(ledger -> all.addAll(ledger.lines()));
        all.sort(Comparator.comparing(CostLine::category));
        return all;
    }

    /**
     * What several ledgers count as zero for want of a price, each once, by category in table order and within a
     * category in the order met: the order of their lines ({@link #linesOf}).
     */
    static Map<String, CostCategory> unpricedOf(List<CostLedger> ledgers) {
        Map<String, CostCategory> all = new LinkedHashMap<>();
        for (CostCategory category : CostCategory.values()) {
            for (CostLedger ledger : ledgers) {
                ledger.unpriced.forEach((item, of) -> {
                    if (of == category) {
                        all.putIfAbsent(item, of);
                    }
                });
            }
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Whether a tenant of one of the ledgers sends data to an external endpoint. */
    static boolean sendDataOut(List<CostLedger> ledgers) {
        return ledgers.stream().anyMatch(ledger -> ledger.sendsDataOut);
    }

    /** Totals per category of several ledgers. */
    static Map<CostCategory, BigDecimal> totalsOf(List<CostLedger> ledgers) {
        Map<CostCategory, BigDecimal> totals = new EnumMap<>(CostCategory.class);
        ledgers.forEach(ledger -> ledger.addTotals(totals));
        return totals;
    }

    private static final class Fixed {
        final List<CostTerm> terms;
        int count;

        Fixed(List<CostTerm> terms) {
            this.terms = terms;
        }
    }

    private static final class Traffic {
        final BigDecimal price;
        final String source;
        final boolean notPriced;
        BigDecimal gigabytes = BigDecimal.ZERO;
        int connections;
        boolean assumed;

        Traffic(BigDecimal price, String source, boolean notPriced) {
            this.price = price;
            this.source = source;
            this.notPriced = notPriced;
        }
    }

    private static final class Nodes {
        /** Tenants named on an alike line at most; the rest are counted ("and 37 more"). */
        private static final int NAMED = 3;

        final NodeGroupBill.PoolShare share;
        final String thing;
        final String where;
        final List<String> whose = new ArrayList<>();
        int count;

        Nodes(NodeGroupBill.PoolShare share, String thing, String where) {
            this.share = share;
            this.thing = thing;
            this.where = where;
        }

        /**
         * The alike line's item naming every tenant, written when first read (only the file of every cost line beside a
         * report reads it; building it for every line was on the analysis's hot path), of the group as it stands now: a
         * later addition to the ledger makes new lines and must not change this one.
         */
        java.util.function.Supplier<String> itemInFull(String ledgerSuffix) {
            Nodes now = new Nodes(share, thing, where);
            now.whose.addAll(whose);
            now.count = count;
            return () -> now.share.alikeItem(now.count, now.thing, now.suffix(ledgerSuffix, Integer.MAX_VALUE));
        }

        /**
         * " in prod (acme, globex)" for tenants' groups, at most {@code named} of them named and the rest counted; the
         * ledger's own " · eks-prod" for others.
         */
        String suffix(String ledgerSuffix, int named) {
            String place = where == null ? ledgerSuffix : " in " + where;
            if (whose.isEmpty()) {
                return place;
            }
            // "and 1 more" would take the room of the one name it hides.
            int shown = whose.size() - 1 > named ? named : whose.size();
            String names = String.join(", ", whose.subList(0, shown));
            return place + " (" + (shown < whose.size() ? names + " and " + (whose.size() - shown) + " more" : names) + ")";
        }
    }
}
