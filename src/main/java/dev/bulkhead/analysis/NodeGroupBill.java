package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private Map<CostCategory, Double> categories;

    NodeGroupBill(String name, List<FixedPool> fixed, NodeShape growth, int growthMinimum, int growthMaximum,
                  List<Demand> demands, Pricing pricing) {
        this.name = name;
        this.fixed = List.copyOf(fixed);
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

    /** The bill split by category; categories with no demand are absent. Computed once. */
    Map<CostCategory, Double> byCategory() {
        if (categories == null) {
            categories = split();
        }
        return categories;
    }

    private Map<CostCategory, Double> split() {
        Map<CostCategory, Double> result = new EnumMap<>(CostCategory.class);
        for (Demand demand : demands) {
            if (share(demand) > 0) {
                result.merge(demand.category(), share(demand), Double::sum);
            }
        }
        if (demands.isEmpty()) {
            result.put(CostCategory.WORKER_NODES, monthly);
        }
        return result;
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

    /** The cost lines of this group, one per category, each with its full arithmetic. */
    List<CostLine> lines(Map<CostCategory, String> what) {
        List<CostLine> lines = new ArrayList<>();
        String symbol = pricing.symbol();
        String bill = billFormula();
        double all = total.of(binding);
        byCategory().forEach((category, amount) -> {
            double requested = demands.stream().filter(d -> d.category() == category)
                    .mapToDouble(d -> d.resources().of(binding)).sum();
            String split = all <= 0 ? "nothing is scheduled, so the minimum nodes stand idle"
                    : what.getOrDefault(category, category.label().toLowerCase()) + " request "
                    + Money.number(requested, 2) + " of " + Money.number(all, 2) + " " + binding.unit()
                    + " (" + binding.unit() + " decides the node count) = " + Money.number(100 * requested / all, 1) + "%";
            lines.add(new CostLine(category, category.label() + " · " + name, amount,
                    bill + "; " + split + " → " + Money.format(symbol, amount)));
        });
        return lines;
    }

    private String billFormula() {
        String symbol = pricing.symbol();
        StringBuilder text = new StringBuilder(name).append(": ");
        for (FixedPool pool : fixed) {
            text.append(pool.nodes()).append(" × ").append(pool.shape().instanceType()).append(" (fixed pool '")
                    .append(pool.name()).append("' at its minimum) + ");
        }
        Resources.Resource deciding = growth.binding(remaining);
        text.append(growthNodes).append(" × ").append(growth.instanceType()).append(" = max(minimum ")
                .append(growthMinimum).append(", ⌈").append(Money.number(remaining.of(deciding), 2)).append(' ')
                .append(deciding.unit()).append(fixed.isEmpty() ? "" : " beyond the fixed pools").append(" ÷ ")
                .append(Money.number(usablePerNode(deciding), 2)).append(" usable per node⌉)");
        text.append(", usable = (").append(Money.number(growth.vcpu())).append(" vCPU, ")
                .append(Money.number(growth.memoryGiB())).append(" GiB − system reservations) × ")
                .append(Money.number(pricing.assumptions().targetUtilisation() * 100, 0)).append("% utilisation");
        text.append("; at ").append(Money.rate(symbol, growth.hourlyPrice())).append("/h (").append(growth.priceSource())
                .append(") × ").append(Money.number(pricing.hours())).append(" h = ").append(Money.format(symbol, monthly));
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
