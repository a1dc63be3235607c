package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the report says about the reach of a regulated tenant's compliance scope, from the model alone: the tenants and
 * agents its connections join it to, which an assessor counts as connected to it and so in its scope; and the
 * assumption that lets a regulated tenant meet an internal team's requirement outside prod (its data there is
 * synthetic or masked). Review R12j: the bank's report placed its PCI tenant and never said that the systems calling
 * it, or called by it, come into the assessment too, and stated the masked-data assumption only on its requirements
 * page.
 */
final class RegulatedScope {
    /** How many connected elements the sentence names before it counts the rest. */
    static final int NAMED = 6;

    private final Analysis analysis;
    private final ScopeAnalysis scope;

    RegulatedScope(Analysis analysis, ScopeAnalysis scope) {
        this.analysis = analysis;
        this.scope = scope;
    }

    /** The scope's tenants held to the regulated requirement here: those whose regulated data the environment holds. */
    private Set<ElementId> regulated() {
        Set<ElementId> regulated = new LinkedHashSet<>();
        for (ElementId id : scope.recommendation().placements().keySet()) {
            if (analysis.scorer().effectiveKind(analysis.load(id)) == TenantKind.REGULATED) {
                regulated.add(id);
            }
        }
        return regulated;
    }

    /**
     * The sentence naming each tenant or agent a connection joins to a regulated tenant, with which way and what the mix
     * makes of its tenant; null when no connection does.
     */
    String connected(Function<ElementId, String> path) {
        Model model = analysis.model();
        Set<ElementId> regulated = regulated();
        if (regulated.isEmpty()) {
            return null;
        }
        // By the connected element's path, sorted, each with the regulated tenants it calls and is called by.
        Map<String, List<String>> calls = new TreeMap<>();
        Map<String, List<String>> calledBy = new TreeMap<>();
        Map<String, ElementId> tenantOf = new TreeMap<>();
        for (Connection connection : model.all(Connection.class)) {
            ElementId from = tenant(model, connection.from());
            ElementId to = tenant(model, connection.to());
            if (from == null || to == null || from.equals(to)) {
                continue; // An external endpoint, or a tenant's own agent: not another system of the model.
            }
            if (regulated.contains(to) && !regulated.contains(from)) {
                String who = path.apply(connection.from());
                calls.computeIfAbsent(who, k -> new ArrayList<>()).add(path.apply(to));
                tenantOf.put(who, from);
            }
            if (regulated.contains(from) && !regulated.contains(to)) {
                String who = path.apply(connection.to());
                calledBy.computeIfAbsent(who, k -> new ArrayList<>()).add(path.apply(from));
                tenantOf.put(who, to);
            }
        }
        if (tenantOf.isEmpty()) {
            return null;
        }
        Map<ElementId, Placement> mix = scope.recommendation().placements();
        List<String> items = new ArrayList<>();
        tenantOf.forEach((who, tenant) -> {
            List<String> how = new ArrayList<>();
            if (calls.containsKey(who)) {
                how.add("calls " + String.join(", ", calls.get(who).stream().distinct().toList()));
            }
            if (calledBy.containsKey(who)) {
                how.add("called by " + String.join(", ", calledBy.get(who).stream().distinct().toList()));
            }
            Placement placement = mix.get(tenant);
            // Where the mix leaves it: a connected system in a shared cluster brings that cluster's question to the assessor.
            String cluster = model.find(model.get(tenant, Tenant.class).parentId()).map(Element::name).orElse("");
            items.add(who + " (" + String.join(", ", how) + (placement == null ? "" : "; under the mix a " + placement.label()
                    + (placement.inHostCluster() && !cluster.isEmpty() ? " in " + cluster : "")) + ")");
        });
        return "Connected to a regulated tenant, and so within its compliance scope as " + (items.size() == 1 ? "a system" : "systems")
                + " connected to it (its assessment covers " + (items.size() == 1 ? "it" : "them") + " too): "
                + ShortList.of(items, NAMED) + ".";
    }

    /** "a", "a and b", "a, b and c", or the first {@link #NAMED} and how many more. */
    private static String names(List<String> names) {
        if (names.size() > NAMED) {
            return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The tenant an element is or belongs to (an agent's), or null for anything else. */
    private static ElementId tenant(Model model, ElementId id) {
        Element element = model.find(id).orElse(null);
        if (element instanceof Agent agent) {
            return agent.parentId();
        }
        return element instanceof Tenant ? id : null;
    }

    /**
     * The summary's sentence on the assumption that lets a regulated tenant meet a lesser requirement where its
     * environment holds no regulated data by default (the rubric's default, not the tenant's own "regulated data"
     * setting); null when no tenant of the scope is so held.
     */
    String assumedUnregulated() {
        Model model = analysis.model();
        Set<String> tenants = new LinkedHashSet<>();
        Set<Environment> environments = new java.util.TreeSet<>(Environment.STAGE_ORDER);
        Set<String> heldTo = new LinkedHashSet<>();
        for (ElementId id : scope.recommendation().placements().keySet()) {
            Tenant tenant = model.get(id, Tenant.class);
            TenantKind held = analysis.scorer().effectiveKind(analysis.load(id));
            if (tenant.tenantKind() == TenantKind.REGULATED && held != TenantKind.REGULATED && tenant.regulatedData() == null) {
                tenants.add(tenant.name());
                model.environmentOf(id).ifPresent(environments::add);
                heldTo.add((held.label().matches("^[aeiou].*") ? "an " : "a ") + held.label());
            }
        }
        if (tenants.isEmpty()) {
            return null;
        }
        List<String> names = environments.stream().map(Environment::name).toList();
        boolean one = tenants.size() == 1;
        return "Assumed: " + String.join(" and ", names) + (names.size() == 1 ? " holds" : " hold") + " only masked or synthetic "
                + "data, so " + names(List.copyOf(tenants)) + " there " + (one ? "is" : "are") + " held as "
                + String.join(" or ", heldTo) + ".";
    }
}
