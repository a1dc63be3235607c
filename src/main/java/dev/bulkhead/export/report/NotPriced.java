package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each option's figures leave out as not priced in one scope, and the one way the report marks a figure that
 * does: the cost lines the model or the reference data has no price for (a licence, GCP's Cloud NAT and its data
 * processing), and, when the scope's connections send data to external endpoints, internet data transfer out, which
 * the analysis counts as zero and its egress-not-priced finding names. Every money figure that sums such a zero (a
 * line of its category, the infrastructure, the total, the cost per tenant, a point of the growth curve) carries
 * {@link Amounts#NOT_PRICED}.
 *
 * <p>Read from what the analysis recorded while costing ({@link OptionResult#notPricedItems()},
 * {@link OptionResult#sendsDataOut()}): the compare strip builds this on the FX thread after every edit, where
 * writing every option's lines and scanning every connection cost a frame.
 */
public final class NotPriced {
    /** What a total leaves out when a tenant sends data to the internet: no price for it in the reference data. */
    static final String EGRESS = "internet data transfer out";

    private final Map<OptionKey, Map<String, CostCategory>> items;

    private NotPriced(Map<OptionKey, Map<String, CostCategory>> items) {
        this.items = items;
    }

    /** What the options of {@code scope} (a scope of {@code analysis}) leave out. */
    public static NotPriced of(Analysis analysis, ScopeAnalysis scope) {
        // Data out does not depend on where an option places the tenants: any option's costing tells for all.
        boolean egress = scope.options().values().stream().anyMatch(OptionResult::sendsDataOut);
        Map<OptionKey, Map<String, CostCategory>> items = new EnumMap<>(OptionKey.class);
        for (OptionKey key : OptionKey.values()) {
            OptionResult option = scope.options().get(key);
            Map<String, CostCategory> left = new LinkedHashMap<>();
            if (option != null) {
                left.putAll(option.notPricedItems());
            }
            if (egress) {
                left.put(EGRESS, CostCategory.DATA_TRANSFER);
            }
            items.put(key, left);
        }
        return new NotPriced(items);
    }

    /**
     * How many connections of the scope send data to an external endpoint (for an environment, those that start in
     * it), as the analysis' egress finding counts them for the whole model.
     */
    static long outbound(Analysis analysis, ScopeAnalysis scope) {
        Model model = analysis.model();
        return model.all(Connection.class).stream()
                .filter(c -> model.find(c.to()).orElse(null) instanceof ExternalEndpoint)
                .filter(c -> scope.environment() == null
                        || model.environmentOf(c.from()).map(env -> env.id().equals(scope.environment())).orElse(false))
                .count();
    }

    /** What an option leaves out, each once, in the order met. */
    public List<String> items(OptionKey key) {
        return new ArrayList<>(items.get(key).keySet());
    }

    /** Whether an option's total leaves something out. */
    public boolean leavesOut(OptionKey key) {
        return !items.get(key).isEmpty();
    }

    /** Whether an option's line of this category leaves something out. */
    public boolean leavesOut(OptionKey key, CostCategory category) {
        return items.get(key).containsValue(category);
    }

    /** Whether an option's infrastructure (every category but operations) leaves something out. */
    public boolean infrastructureLeavesOut(OptionKey key) {
        return items.get(key).values().stream().anyMatch(CostCategory::isInfrastructure);
    }

    /** The options whose total leaves something out. */
    public Set<OptionKey> options() {
        Set<OptionKey> keys = EnumSet.noneOf(OptionKey.class);
        items.forEach((key, left) -> {
            if (!left.isEmpty()) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** An option's total, or a figure summed from it, as the report prints it: marked when it leaves something out. */
    public String mark(String figure, OptionKey key) {
        return Amounts.leavingOut(figure, leavesOut(key));
    }

    /**
     * ", not counting X, Y (not priced)" after an option's total, or "" when it leaves nothing out; one bracket when
     * the last item has its own ("vCluster Platform (private nodes, not priced)", never "(private nodes) (not priced)").
     */
    public String caveat(OptionKey key) {
        if (!leavesOut(key)) {
            return "";
        }
        String items = String.join(", ", items(key));
        return ", not counting " + (items.endsWith(")") ? items.substring(0, items.length() - 1) + ", not priced)" : items + " (not priced)");
    }

    /** Everything any of the compared options leaves out, each once. */
    public List<String> all() {
        List<String> all = new ArrayList<>();
        OptionKey.COMPARED.forEach(key -> items(key).stream().filter(item -> !all.contains(item)).forEach(all::add));
        return all;
    }
}
