package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The nodes one group of pods needs and what they cost per month, split over the demands that caused
 * them. Fixed pools count at their minimum; the growth pool grows to fit the rest. Each demand pays the
 * share of the bill that its request of the deciding resource (the one that sets the node count) makes up,
 * so idle capacity and rounding are spread in proportion.
 */
final class NodeGroupBill {
    /** A demand on the group: a tenant's workloads, its sandbox overhead, a vCluster control plane, add-ons. */
    record Demand(ElementId tenant, CostCategory category, Resources resources) {
    }

    /** A pool that counts with a fixed number of nodes. */
    record FixedPool(String name, NodeShape shape, int nodes) {
    }

    private final String name;
    private final List<FixedPool> fixed;
    private final String growthName;
    private final NodeShape growth;
    private final int growthMinimum;
    private final int growthMaximum;
    private final List<Demand> demands;
    private final Pricing pricing;
    private final Resources total;
    private final Resources remaining;
    private final int growthNodes;
    private final Resources.Resource binding;
    private final double monthly;
    private String basis;
    /** The shares last asked for, with what they were asked with: a kept bill is shared out in every column. */
    private SharedOut sharedOut;

    private record SharedOut(Map<CostCategory, String> what, List<PoolShare> shares) {
    }

    /** A group of one pool that grows to fit the demands. */
    NodeGroupBill(String name, NodeShape growth, int growthMinimum, int growthMaximum, List<Demand> demands, Pricing pricing) {
        this(name, List.of(), "", growth, growthMinimum, growthMaximum, demands, pricing);
    }

    /** A group of fixed pools at their minimum and the pool named {@code growthName} that grows to fit the rest. */
    NodeGroupBill(String name, List<FixedPool> fixed, String growthName, NodeShape growth, int growthMinimum,
                  int growthMaximum, List<Demand> demands, Pricing pricing) {
        this.name = name;
        this.fixed = List.copyOf(fixed);
        this.growthName = growthName;
        this.growth = growth;
        this.growthMinimum = growthMinimum;
        this.growthMaximum = growthMaximum;
        this.demands = List.copyOf(demands);
        this.pricing = pricing;
        Resources sum = Resources.NONE;
        for (Demand demand : demands) {
            sum = sum.plus(demand.resources());
        }
        total = sum;
        Resources fixedCapacity = Resources.NONE;
        double fixedHourly = 0;
        for (FixedPool pool : fixed) {
            fixedCapacity = fixedCapacity.plus(pool.shape().capacity(pool.nodes()));
            fixedHourly += pool.nodes() * pool.shape().hourlyPrice();
        }
        remaining = new Resources(Math.max(0, total.cpu() - fixedCapacity.cpu()),
                Math.max(0, total.memoryGiB() - fixedCapacity.memoryGiB()), Math.max(0, total.pods() - fixedCapacity.pods()));
        growthNodes = growth.nodesFor(remaining, growthMinimum);
        binding = growth.binding(total);
        monthly = (fixedHourly + growthNodes * growth.hourlyPrice()) * pricing.hours();
    }

    /** Monthly cost of every node in the group. */
    double monthly() {
        return monthly;
    }

    /** Nodes of the growth pool. */
    int growthNodes() {
        return growthNodes;
    }

    /** Whether the growth pool would have to exceed its maximum count. */
    boolean exceedsMaximum() {
        return growthNodes > growthMaximum;
    }

    /** Total requests placed on the group. */
    Resources total() {
        return total;
    }

    /** The share of the bill a demand pays. */
    double share(Demand demand) {
        double all = total.of(binding);
        if (all <= 0) {
            // Nothing scheduled: the minimum nodes are idle; the first demand (the workloads) carries them.
            return demands.isEmpty() || demands.get(0) != demand ? 0 : monthly;
        }
        return monthly * demand.resources().of(binding) / all;
    }

    /** What each tenant pays directly (demands without a tenant, such as add-ons, are left out). */
    Map<ElementId, Double> byTenant() {
        Map<ElementId, Double> result = new LinkedHashMap<>();
        for (Demand demand : demands) {
            if (demand.tenant() != null) {
                result.merge(demand.tenant(), share(demand), Double::sum);
            }
        }
        return result;
    }

    /**
     * What makes two groups' lines identical, so that identical groups are counted together. A class rather than
     * a record to keep its hash: a ledger hashes the key of every tenant's every share on every costing.
     */
    static final class LineKey {
        private final String pool;
        private final String instanceType;
        private final int nodes;
        private final BigDecimal price;
        private final String priceSource;
        private final CostCategory category;
        private final BigDecimal requested;
        private final BigDecimal all;
        private final String unit;
        private final int hash;

        LineKey(String pool, String instanceType, int nodes, BigDecimal price, String priceSource, CostCategory category,
                BigDecimal requested, BigDecimal all, String unit) {
            this.pool = pool;
            this.instanceType = instanceType;
            this.nodes = nodes;
            this.price = price;
            this.priceSource = priceSource;
            this.category = category;
            this.requested = requested;
            this.all = all;
            this.unit = unit;
            this.hash = Objects.hash(pool, instanceType, nodes, price, priceSource, category, requested, all, unit);
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof LineKey key && hash == key.hash && nodes == key.nodes
                    && category == key.category && pool.equals(key.pool) && instanceType.equals(key.instanceType)
                    && price.equals(key.price) && Objects.equals(priceSource, key.priceSource)
                    && requested.equals(key.requested) && all.equals(key.all) && unit.equals(key.unit);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * One pool's part of the bill that one category pays. Its terms and basis are written when a line is made of
     * it: identical groups make one line, so most shares are only ever compared by their key.
     */
    static final class PoolShare {
        final LineKey key;
        final CostCategory category;
        final String item;
        private final Supplier<List<CostTerm>> terms;
        private final Supplier<String> basis;
        private CostLine alone;
        private Alike alike;

        PoolShare(LineKey key, CostCategory category, String item, Supplier<List<CostTerm>> terms,
                  Supplier<String> basis) {
            this.key = key;
            this.category = category;
            this.item = item;
            this.terms = terms;
            this.basis = basis;
        }

        /**
         * Its line for {@code count} identical groups (the ledger's {@code suffix} names the cluster), made once per
         * count: the dedicated column counts most tenants' clusters together, again after every edit.
         */
        CostLine alike(int count, String thing, String suffix) {
            Alike known = alike;
            if (known != null && known.count() == count && known.thing().equals(thing) && known.suffix().equals(suffix)) {
                return known.line();
            }
            List<CostTerm> counted = new ArrayList<>();
            counted.add(CostTerm.count(count, thing, "identical " + thing + "s", ""));
            counted.addAll(terms.get());
            CostLine line = CostLine.of(category, alikeItem(count, thing, suffix), counted, basis);
            alike = new Alike(count, thing, suffix, line); // one immutable record: a racing reader sees it whole
            return line;
        }

        /** What an alike line is for: "Worker nodes · 3 node groups alike in prod (a, b, c)". */
        String alikeItem(int count, String thing, String suffix) {
            return category.label() + " · " + count + " " + thing + "s alike" + suffix;
        }

        private record Alike(int count, String thing, String suffix, CostLine line) {
        }

        /**
         * Its line when no identical group stands beside it, made once: a kept bill (a tenant's dedicated
         * cluster, say) is shown in several columns and again after every edit of another tenant.
         */
        CostLine alone() {
            CostLine line = alone;
            if (line == null) {
                line = CostLine.of(category, item, terms.get(), basis);
                alone = line; // immutable: a racing reader makes its own or sees a whole one
            }
            return line;
        }
    }

    /**
     * The bill as lines, one per pool and category: nodes × price per node-hour × hours × the category's
     * request of the deciding resource ÷ every request of it. Requests are taken to four decimals (a tenth of
     * a millicore, a tenth of a MiB) and the whole is the sum of the parts so taken, so that the printed
     * numbers are exactly the ones computed with and the shares add up to the whole bill.
     */
    List<PoolShare> shares(Map<CostCategory, String> what) {
        SharedOut known = sharedOut;
        if (known != null && known.what() == what) {
            return known.shares();
        }
        List<PoolShare> computed = shareOut(what);
        sharedOut = new SharedOut(what, computed); // one immutable pair: a racing reader sees both parts or neither
        return computed;
    }

    private List<PoolShare> shareOut(Map<CostCategory, String> what) {
        Map<CostCategory, BigDecimal> requested = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Resources> asked = new EnumMap<>(CostCategory.class);
        for (Demand demand : demands) {
            requested.merge(demand.category(), quantity(demand.resources().of(binding)), BigDecimal::add);
            asked.merge(demand.category(), demand.resources(), Resources::plus);
        }
        // A category that asks for nothing at all has no line. One that asks only for what does not decide the
        // node count (gVisor's memory when vCPU decides) keeps a line of $0.00 that says so: a bare $0.00
        // would read as "free" rather than "costs nothing at this size".
        requested.entrySet().removeIf(entry -> entry.getValue().signum() == 0 && asked.get(entry.getKey()).isEmpty());
        BigDecimal all = requested.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<PoolShare> shares = new ArrayList<>();
        for (FixedPool pool : fixed) {
            addShares(shares, pool.name(), pool.shape(), pool.nodes(), "nodes in fixed pool '" + pool.name()
                    + "' at its minimum", requested, asked, all, what);
        }
        addShares(shares, fixed.isEmpty() ? "" : growthName, growth, growthNodes, "nodes the group needs", requested,
                asked, all, what);
        return List.copyOf(shares);
    }

    private void addShares(List<PoolShare> shares, String pool, NodeShape shape, int nodes, String nodesLabel,
                           Map<CostCategory, BigDecimal> requested, Map<CostCategory, Resources> asked, BigDecimal all,
                           Map<CostCategory, String> what) {
        if (nodes == 0) {
            return;
        }
        BigDecimal price = Money.exact(shape.hourlyPrice());
        Supplier<List<CostTerm>> bill = () -> List.of(
                // The type in the count ("3 e2-standard-4 nodes"), as a tenant's own nodes read: the Prices table of a
                // report finds a node price by its type, and two types can cost the same per hour.
                CostTerm.count(nodes, shape.instanceType() + " node", nodesLabel, ""),
                CostTerm.perNodeHour(shape, pricing), CostTerm.hoursPerMonth(pricing));
        String item = name + (pool.isEmpty() ? "" : " · pool " + pool);
        if (all.signum() == 0) {
            // Nothing scheduled: the minimum nodes stand idle; the first demand (the workloads) carries them.
            CostCategory category = demands.isEmpty() ? CostCategory.WORKER_NODES : demands.get(0).category();
            shares.add(new PoolShare(new LineKey(pool, shape.instanceType(), nodes, price, shape.priceSource(), category,
                    BigDecimal.ZERO, BigDecimal.ZERO, ""), category, category.label() + " · " + item, bill,
                    () -> basis() + "; nothing is scheduled, so the minimum nodes stand idle"));
            return;
        }
        String unit = binding.unit();
        requested.forEach((category, amount) -> {
            Supplier<List<CostTerm>> terms = () -> {
                List<CostTerm> written = new ArrayList<>(bill.get());
                String label = what.getOrDefault(category, category.label().toLowerCase()) + " request";
                if (amount.signum() == 0) {
                    label += " (" + elsewhere(asked.get(category)) + " on the group, but " + unit
                            + " decides its node count)";
                }
                written.add(CostTerm.request(amount, binding, label,
                        amount.signum() == 0 ? askedBesides(asked.get(category)) : java.util.Set.of()));
                // No brackets of its own: the report lists a formula's terms in brackets, and this one ended in "))".
                written.add(CostTerm.request(all, binding, "every request on the group, whose " + unit
                        + " decides the node count", java.util.Set.of()).dividing());
                return written;
            };
            shares.add(new PoolShare(new LineKey(pool, shape.instanceType(), nodes, price, shape.priceSource(), category,
                    amount, all, unit), category, category.label() + " · " + item, terms, this::basis));
        });
    }

    /** The resources a category asks for besides the deciding one, for its zero request's term. */
    private java.util.Set<Resources.Resource> askedBesides(Resources resources) {
        java.util.Set<Resources.Resource> asked = java.util.EnumSet.noneOf(Resources.Resource.class);
        for (Resources.Resource resource : Resources.Resource.values()) {
            if (resource != binding && resources.of(resource) > 0) {
                asked.add(resource);
            }
        }
        return asked;
    }

    /** What a category asks for besides the deciding resource, for example {@code 0.4380 GiB}. */
    private static String elsewhere(Resources resources) {
        List<String> parts = new ArrayList<>();
        for (Resources.Resource resource : Resources.Resource.values()) {
            if (resources.of(resource) > 0) {
                parts.add(Money.number(quantity(resources.of(resource))) + " " + resource.unit());
            }
        }
        return "they ask for " + String.join(" and ", parts);
    }

    /** A request taken to four decimals (half up, from the decimal the amount was written as); pods are whole. */
    static BigDecimal quantity(double amount) {
        // Every demand of every bill passes here: rounding the binary product agrees with rounding the written
        // decimal unless the product sits within a millionth of a half (its error is below 4e-7 under 1e9),
        // and it skips the decimal's text form, which was most of this method's time and garbage.
        double scaled = amount * 10_000;
        double fraction = scaled - Math.floor(scaled);
        if (Math.abs(scaled) < 1e9 && Math.abs(fraction - 0.5) > 1e-6) {
            return BigDecimal.valueOf(Math.round(scaled), 4);
        }
        return Money.exact(amount).setScale(4, java.math.RoundingMode.HALF_UP);
    }

    /** How the node count was reached, written once per group and only when a line shows it. */
    private String basis() {
        String written = basis;
        if (written == null) {
            written = writeBasis();
            basis = written;
        }
        return written;
    }

    private String writeBasis() {
        StringBuilder text = new StringBuilder();
        Resources.Resource deciding = growth.binding(remaining);
        text.append(growthNodes).append(" × ").append(growth.instanceType()).append(" = max(minimum ")
                .append(growthMinimum).append(", ⌈").append(Money.number(quantity(remaining.of(deciding)))).append(' ')
                .append(deciding.unit()).append(fixed.isEmpty() ? "" : " beyond the fixed pools").append(" ÷ ")
                .append(Money.number(quantity(usablePerNode(deciding)))).append(" usable per node⌉)");
        double utilisation = pricing.assumptions().targetUtilisation();
        String percent = Money.number(utilisation * 100, 0) + "% utilisation";
        // What the system keeps follows from the shape: printing it makes the usable figure reproducible.
        switch (deciding) {
            case CPU -> text.append(", usable = (").append(Money.number(growth.vcpu())).append(" vCPU − ")
                    .append(Money.number(quantity(growth.vcpu() - growth.usableCpu() / utilisation)))
                    .append(" vCPU kept for the system and per-node DaemonSets) × ").append(percent);
            case MEMORY -> text.append(", usable = (").append(Money.number(growth.memoryGiB())).append(" GiB − ")
                    .append(Money.number(quantity(growth.memoryGiB() - growth.usableMemoryGiB() / utilisation)))
                    .append(" GiB kept for the system, eviction and per-node DaemonSets) × ").append(percent);
            case PODS -> text.append(", the node's pod limit for tenants (not scaled by utilisation)");
        }
        text.append("; the reservations follow the pricing profile's node sizing rules, each with its source");
        return text.toString();
    }

    private double usablePerNode(Resources.Resource resource) {
        return switch (resource) {
            case CPU -> growth.usableCpu();
            case MEMORY -> growth.usableMemoryGiB();
            case PODS -> growth.podsPerNode();
        };
    }
}
