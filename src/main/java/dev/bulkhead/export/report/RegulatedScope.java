package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
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
        Links links = links(path);
        if (links.tenantOf().isEmpty()) {
            return null;
        }
        Model model = analysis.model();
        Map<ElementId, Placement> mix = scope.recommendation().placements();
        List<String> items = new ArrayList<>();
        links.tenantOf().forEach((who, tenant) -> {
            List<String> how = new ArrayList<>();
            if (links.calls().containsKey(who)) {
                how.add("calls " + String.join(", ", links.calls().get(who).stream().distinct().toList()));
            }
            if (links.calledBy().containsKey(who)) {
                how.add("called by " + String.join(", ", links.calledBy().get(who).stream().distinct().toList()));
            }
            Placement placement = mix.get(tenant);
            // Where the mix leaves it: a connected system in a shared cluster brings that cluster's question to the assessor.
            String cluster = model.find(model.get(tenant, Tenant.class).parentId()).map(Element::name).orElse("");
            items.add(who + " (" + String.join(", ", how) + (placement == null ? "" : "; under the mix a " + placement.label()
                    + (placement.inHostCluster() && !cluster.isEmpty() ? " in " + cluster : "")) + ")");
        });
        String sentence = "Connected to a regulated tenant, and so within its compliance scope as " + (items.size() == 1 ? "a system" : "systems")
                + " connected to it (its assessment covers " + (items.size() == 1 ? "it" : "them") + " too): "
                + ShortList.of(items, NAMED) + ".";
        List<String> clusters = new ArrayList<>();
        sharedClusters(links).forEach((cluster, connected) -> clusters.add(cluster.name() + " (where "
                + names(connected.stream().map(path).toList()) + " " + (connected.size() == 1 ? "runs" : "run")
                + "), with its control plane, its nodes, its administrators and " + coTenants(cluster, connected)));
        return clusters.isEmpty() ? sentence : sentence + " Placed in a shared cluster, a connected system brings that cluster "
                + "into the assessment too: " + String.join("; ", clusters) + ".";
    }

    /**
     * The summary's clause on the shared clusters the regulated scope reaches through connected systems placed there, or
     * null when the mix places none so (review R12j: the bank's summary left gke-prod out of the PCI scope).
     */
    String sharedClustersClause(Function<ElementId, String> path) {
        Map<Cluster, List<ElementId>> shared = sharedClusters(links(path));
        if (shared.isEmpty()) {
            return null;
        }
        List<String> connected = shared.values().stream().flatMap(List::stream).map(path).toList();
        List<String> names = shared.keySet().stream().map(Cluster::name).toList();
        return "Compliance scope: " + names(connected) + ", connected to the regulated tenant, " + (connected.size() == 1 ? "brings"
                : "bring") + " the shared " + names(names) + " and " + (names.size() == 1 ? "its" : "their") + " other tenants into "
                + "the assessment.";
    }

    /** How many of a shared cluster's other tenants the sentence names before it counts the rest. */
    static final int NAMED_CO_TENANTS = 12;

    /**
     * The tenants the mix leaves sharing a cluster's nodes beside its connected systems, by name, and the agents among
     * them: their workloads run on the nodes the assessment now covers.
     */
    private String coTenants(Cluster cluster, List<ElementId> connected) {
        Model model = analysis.model();
        List<String> tenants = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        scope.recommendation().placements().forEach((id, placement) -> {
            Tenant tenant = model.get(id, Tenant.class);
            if (tenant.parentId().equals(cluster.id()) && placement.inHostCluster() && !placement.ownNodes() && !connected.contains(id)) {
                tenants.add(tenant.name());
                model.children(id, Agent.class).forEach(agent -> agents.add("agent " + agent.name() + " of " + tenant.name()));
            }
        });
        if (tenants.isEmpty()) {
            return "no other tenant on its nodes";
        }
        java.util.Collections.sort(tenants);
        return "the " + (tenants.size() == 1 ? "tenant" : tenants.size() + " tenants") + " sharing those nodes: "
                + ShortList.of(tenants, NAMED_CO_TENANTS) + (agents.isEmpty() ? "" : " (among them " + ShortList.of(agents, NAMED) + ")");
    }

    /** The shared clusters the mix leaves connected systems in, each with those systems' tenants, in model order. */
    private Map<Cluster, List<ElementId>> sharedClusters(Links links) {
        Model model = analysis.model();
        Map<ElementId, Placement> mix = scope.recommendation().placements();
        Map<Cluster, List<ElementId>> shared = new java.util.LinkedHashMap<>();
        for (ElementId tenant : new LinkedHashSet<>(links.tenantOf().values())) {
            Placement placement = mix.get(tenant);
            if (placement != null && placement.inHostCluster()
                    && model.find(model.get(tenant, Tenant.class).parentId()).orElse(null) instanceof Cluster cluster) {
                shared.computeIfAbsent(cluster, c -> new ArrayList<>()).add(tenant);
            }
        }
        return shared;
    }

    /**
     * The model's connections between a regulated tenant and another tenant or agent: by the other end's path, sorted,
     * the regulated tenants it calls and is called by, and its tenant.
     */
    private record Links(Map<String, List<String>> calls, Map<String, List<String>> calledBy, Map<String, ElementId> tenantOf) {
    }

    private Links links(Function<ElementId, String> path) {
        Model model = analysis.model();
        Set<ElementId> regulated = regulated();
        Map<String, List<String>> calls = new TreeMap<>();
        Map<String, List<String>> calledBy = new TreeMap<>();
        Map<String, ElementId> tenantOf = new TreeMap<>();
        for (Connection connection : regulated.isEmpty() ? List.<Connection>of() : model.all(Connection.class)) {
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
        return new Links(calls, calledBy, tenantOf);
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
        List<String> sameHosts = sameHosts();
        return "Assumed: " + String.join(" and ", names) + (names.size() == 1 ? " holds" : " hold") + " only masked or synthetic "
                + "data, so " + names(List.copyOf(tenants)) + " there " + (one ? "is" : "are") + " held as "
                + String.join(" or ", heldTo) + (sameHosts.isEmpty() ? "" : ", provided " + (names.size() == 1 ? "it does" : "they do")
                + " not reach the live endpoint: the model connects " + String.join("; ", sameHosts))
                + ".";
    }

    /**
     * Where the model connects a regulated tenant, in an environment it is held to a lesser requirement in, to an
     * external host its regulated namesake also calls ("dev and staging payments to gateway.cardnet.example.com, the
     * host prod uses"): masked data there is only an assumption while those environments reach the live endpoint
     * (review R12j). Tenants are matched across environments by name.
     */
    private List<String> sameHosts() {
        Model model = analysis.model();
        // By tenant name and host: the environments of the regulated tenants calling it, then of the lesser ones.
        Map<String, Map<String, Set<Environment>>> live = new TreeMap<>();
        Map<String, Map<String, Set<Environment>>> lesser = new TreeMap<>();
        for (Connection connection : model.all(Connection.class)) {
            ElementId from = tenant(model, connection.from());
            if (from == null || !(model.find(connection.to()).orElse(null) instanceof ExternalEndpoint endpoint)) {
                continue;
            }
            Tenant tenant = model.get(from, Tenant.class);
            Environment environment = model.environmentOf(from).orElse(null);
            if (tenant.tenantKind() != TenantKind.REGULATED || environment == null) {
                continue;
            }
            boolean held = analysis.scorer().effectiveKind(analysis.load(from)) == TenantKind.REGULATED;
            (held ? live : lesser).computeIfAbsent(tenant.name(), k -> new TreeMap<>())
                    .computeIfAbsent(endpoint.address().toLowerCase(java.util.Locale.ROOT),
                            k -> new java.util.TreeSet<>(Environment.STAGE_ORDER)).add(environment);
        }
        Set<ElementId> inScope = scope.recommendation().placements().keySet();
        List<String> sentences = new ArrayList<>();
        lesser.forEach((name, hosts) -> hosts.forEach((host, environments) -> {
            Set<Environment> regulated = live.getOrDefault(name, Map.of()).get(host);
            List<String> here = environments.stream().filter(e -> inScope.stream().anyMatch(id -> model.environmentOf(id)
                    .filter(e::equals).isPresent())).map(Environment::name).toList();
            if (regulated != null && !here.isEmpty()) {
                sentences.add(String.join(" and ", here) + " " + name + " to " + host + ", the host "
                        + String.join(" and ", regulated.stream().map(Environment::name).toList()) + " uses");
            }
        }));
        return sentences;
    }
}
