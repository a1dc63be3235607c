package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes the model's design what a column of the comparison computed, as one undoable step: an option
 * becomes the option of every environment in scope (tenants stop overriding it); the recommended mix sets
 * each tenant's own option, adds a dedicated node pool where the mix puts a tenant on nodes of its own, and
 * makes a tenant's pool shared where the mix does not. Afterwards the "current design" costs what the column did.
 */
public final class ApplyPlacements {
    private ApplyPlacements() {
    }

    /**
     * Applies a column to a scope (an environment, or the whole model when null).
     *
     * @return what changed, in one sentence for the status bar
     * @throws IllegalStateException when the analysis is not of the document's current state
     */
    public static String apply(ModelDocument document, Analysis analysis, ElementId environment, OptionKey key) {
        Model model = document.snapshot();
        if (analysis.model() != model) {
            throw new IllegalStateException("the comparison is out of date; apply again once it has refreshed");
        }
        ScopeAnalysis scope = analysis.scope(environment);
        if (key == OptionKey.CURRENT) {
            throw new IllegalArgumentException("the current design is already applied");
        }
        if (key == OptionKey.RECOMMENDED) {
            return applyMix(document, analysis, scope);
        }
        TenancyOption option = scope.option(key).placements().values().stream().findFirst()
                .map(Placement::option).orElse(TenancyOption.valueOf(key.name()));
        List<Environment> environments = model.all(Environment.class).stream()
                .filter(e -> environment == null || e.id().equals(environment)).toList();
        document.edit("Apply " + key.label() + " to " + scope.label(), tx -> {
            environments.forEach(e -> tx.replace(e.withOption(option)));
            for (ElementId tenantId : scope.option(key).placements().keySet()) {
                Tenant tenant = (Tenant) tx.find(tenantId).orElseThrow();
                if (tenant.option() != null) {
                    tx.replace(tenant.withOption(null));
                }
            }
        });
        return "Applied " + key.label() + " to " + scope.label() + " (" + scope.tenantCount() + " tenants)";
    }

    private static String applyMix(ModelDocument document, Analysis analysis, ScopeAnalysis scope) {
        Map<ElementId, Placement> placements = new TreeMap<>(scope.recommendation().placements());
        Model model = document.snapshot();
        int[] poolsAdded = {0};
        int[] poolsShared = {0};
        document.edit("Apply recommended mix to " + scope.label(), tx -> {
            for (Map.Entry<ElementId, Placement> entry : placements.entrySet()) {
                Tenant tenant = (Tenant) tx.find(entry.getKey()).orElseThrow();
                Placement placement = entry.getValue();
                tx.replace(tenant.withOption(placement.option()));
                Optional<NodePool> own = ownPool(model, tenant);
                if (placement.inHostCluster() && placement.ownNodes() && own.isEmpty()) {
                    analysis.sizingPool(tenant.cluster()).ifPresent(shape -> {
                        tx.add(ownPoolFor(tenant, shape, analysis.pricing().assumptions().ownNodesMinimum()));
                        poolsAdded[0]++;
                    });
                } else if (placement.inHostCluster() && !placement.ownNodes() && own.isPresent()) {
                    tx.replace(own.get().withDedicatedTo(null));
                    poolsShared[0]++;
                }
            }
            AutoLayout.placeMissingIn(tx);
        });
        Map<Placement, Long> counts = new EnumMap<>(Placement.class);
        placements.values().forEach(p -> counts.merge(p, 1L, Long::sum));
        String mix = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
        return "Applied the recommended mix to " + scope.label() + ": " + mix
                + (poolsAdded[0] > 0 ? "; added " + poolsAdded[0] + " dedicated node pool" + (poolsAdded[0] == 1 ? "" : "s") : "")
                + (poolsShared[0] > 0 ? "; " + poolsShared[0] + " pool" + (poolsShared[0] == 1 ? " is" : "s are") + " now shared" : "");
    }

    private static Optional<NodePool> ownPool(Model model, Tenant tenant) {
        return model.children(tenant.cluster(), NodePool.class).stream().filter(p -> tenant.id().equals(p.dedicatedTo())).findFirst();
    }

    /** A pool of the cluster's usual machine, tainted and labelled so that only the tenant's pods land on it. */
    private static NodePool ownPoolFor(Tenant tenant, NodePool shape, int minimum) {
        String label = "bulkhead.dev/tenant";
        // The id, not the name: ids are already valid label values, names need not be.
        TreeMap<String, String> labels = new TreeMap<>(Map.of(label, tenant.id().value()));
        int maximum = Math.max(minimum, shape.maxCount());
        return new NodePool(ElementId.generate("pool"), tenant.name() + "-nodes", tenant.cluster(), shape.instanceType(),
                shape.vcpu(), shape.memoryGiB(), shape.hourlyPrice(), minimum, maximum, labels,
                List.of(label + "=" + tenant.id().value() + ":NoSchedule"), tenant.id());
    }
}
