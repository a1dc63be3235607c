package dev.bulkhead.analysis;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.ReferenceData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;

/**
 * Analyses models, keeping what it computed for the previous snapshot. Elements are immutable and an edit
 * replaces only what it changes, so comparing two snapshots by identity finds the changed elements
 * cheaply; only the environments they belong to are analysed again, and the connection graph only when a
 * changed element touches a connection. One instance per document; not thread-safe (the app runs it on
 * one worker thread).
 */
public final class Analyzer {
    /**
     * "the current design" in a model without scenarios; else the active scenario's name as every other output names
     * it ("scenario current", "proposal A (as modelled)"), so a proposal is never read as "current".
     */
    private static String designName(Model model) {
        dev.bulkhead.model.Scenarios scenarios = model.scenarios();
        if (scenarios.isDefault()) {
            return "the current design";
        }
        return scenarios.active().equals(scenarios.base()) ? "scenario " + scenarios.active() : OptionKey.CURRENT.label(scenarios);
    }

    /** The profile used when a model names one that does not exist. */
    public static final String FALLBACK_PROFILE = "aws-us-east-1";

    private final ReferenceData data;
    private final IsolationScorer scorer;
    private final Map<ElementId, ClusterAnalysis> clusters = new HashMap<>();
    private Model previous;
    private Pricing pricing;
    private ConnectionReach reach;
    /** Namespace names by pattern, tenant, environment and cluster name, kept between analyses: converting is costly. */
    private Map<String, String> namespaceNames = new HashMap<>();
    private List<Finding> connectionFindings = List.of();
    /** Findings about names across the model (namespace collisions, shared owner groups), kept while no name moves. */
    private List<Finding> nameFindings;
    /** The whole model's findings in order, updated from the parts an edit changed. */
    private final SortedFindings sortedFindings = new SortedFindings();

    public Analyzer(ReferenceData data) {
        this.data = data;
        this.scorer = new IsolationScorer(data.rubric());
    }

    /** Analyses a snapshot. */
    public Analysis analyze(Model model) {
        List<Finding> findings = new ArrayList<>();
        PricingProfile profile = profileOf(model.settings(), findings);
        Set<ElementId> changed = null;
        if (previous == null || !model.settings().analysedAlike(previous.settings())) {
            // Prices or assumptions may differ: nothing computed before still holds.
            clusters.clear();
            pricing = new Pricing(profile, Assumptions.resolve(data, profile, model.settings()),
                    data.profiles().values().stream().flatMap(p -> p.instances().stream()).toList());
            reach = null;
        } else {
            Model earlier = previous;
            changed = model.changesSince(earlier).orElseGet(() -> changedElements(earlier, model));
        }
        Set<ElementId> dirtyClusters = changed == null ? null : clustersOf(changed, previous, model);
        // The connection graph is the model's, not a cluster's: it is worked out beside the clusters' analyses.
        boolean graphChanged = reach == null || changesGraph(changed, previous, model);
        Pricing prices = pricing;
        ForkJoinTask<List<Finding>> connectionWork = graphChanged || changesConnectionMessages(changed, previous, model)
                ? ForkJoinTask.adapt(() -> connectionFindings(model, prices)).fork() : null;
        ForkJoinTask<ConnectionReach> reachWork = graphChanged ? ForkJoinTask.adapt(() -> ConnectionReach.of(model)).fork() : null;

        List<Environment> environments = model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList();
        // Traffic between tenants follows the connections and which cluster each tenant is in.
        boolean flowsHold = changed != null && !graphChanged && !movesTenants(changed, previous, model);
        Map<ElementId, ClusterAnalysis> next = analyseClusters(model, environments, dirtyClusters, flowsHold);
        if (reachWork != null) {
            reach = reachWork.join();
        }
        if (connectionWork != null) {
            connectionFindings = connectionWork.join();
        }
        List<ClusterAnalysis> all = new ArrayList<>();
        Map<ElementId, ScopeAnalysis> byEnvironment = new LinkedHashMap<>();
        for (Environment environment : environments) {
            List<ClusterAnalysis> inEnvironment = new ArrayList<>();
            for (Element child : model.children(environment.id())) {
                inEnvironment.add(next.get(child.id()));
            }
            if (inEnvironment.isEmpty()) {
                findings.add(Finding.info(FindingCode.ENVIRONMENT_EMPTY, environment.id(), "environment '" + environment.name()
                        + "' has no cluster yet; add one to cost it"));
            }
            all.addAll(inEnvironment);
            byEnvironment.put(environment.id(), scope(environment.name(), environment.id(), inEnvironment));
        }
        if (nameFindings == null || changed == null || movesNames(changed, previous, model)) {
            List<Finding> named = new ArrayList<>();
            Map<String, String> names = new HashMap<>();
            ModelChecks.forNamespaces(model, (pattern, tenant, env, cluster) -> names.computeIfAbsent(
                    pattern + '\n' + tenant + '\n' + env + '\n' + cluster, key -> {
                        String known = namespaceNames.get(key);
                        return known != null ? known : KubernetesNames.namespace(pattern, tenant, env, cluster);
                    }), named);
            ModelChecks.forOwnerGroups(model, named);
            named.sort(Finding.ORDER);
            nameFindings = List.copyOf(named);
            namespaceNames = names;
        }
        clusters.clear();
        clusters.putAll(next);
        previous = model;

        List<Map<ElementId, SandboxAdvice>> advice = new ArrayList<>();
        List<List<Finding>> findingParts = new ArrayList<>();
        findingParts.add(findings); // the model-wide rest, sorted below when complete
        findingParts.add(nameFindings);
        findingParts.add(connectionFindings);
        for (ClusterAnalysis part : all) {
            findingParts.add(part.findings);
            advice.add(part.advice);
        }
        ScopeAnalysis whole = scope("Whole model", null, all);

        PricingFindings.addTo(model, pricing, findings);
        for (String key : pricing.assumptions().unknownOverrides()) {
            findings.add(Finding.warning(FindingCode.UNKNOWN_ASSUMPTION, null, "the model overrides an assumption '" + key
                    + "' that Bulkhead does not know; it is ignored"));
        }
        BlastRadius current = whole.option(OptionKey.CURRENT).blastRadius();
        if (current.tenants() > 1) {
            findings.add(Finding.warning(FindingCode.BLAST_RADIUS, current.agent(), "in " + designName(model) + " " + current.explanation()));
        }
        findings.sort(Finding.ORDER);
        return new Analysis(model, pricing, whole, byEnvironment, sortedFindings.of(findingParts), new MergedMap<>(advice), all, scorer);
    }

    /** The clusters' analyses: kept where nothing in a cluster changed, else made afresh. */
    private Map<ElementId, ClusterAnalysis> analyseClusters(Model model, List<Environment> environments,
                                                            Set<ElementId> dirtyClusters, boolean flowsHold) {
        record Job(Environment environment, Cluster cluster, ClusterAnalysis previous) {
        }
        Map<ElementId, ClusterAnalysis> next = new HashMap<>();
        List<Job> jobs = new ArrayList<>();
        for (Environment environment : environments) {
            for (Element child : model.children(environment.id())) {
                Cluster cluster = (Cluster) child;
                ClusterAnalysis part = clusters.get(cluster.id());
                if (part == null || dirtyClusters == null || dirtyClusters.contains(cluster.id())) {
                    jobs.add(new Job(environment, cluster, part));
                } else {
                    next.put(cluster.id(), part);
                }
            }
        }
        // Clusters never share a cost, a score or a recommendation, so they are analysed side by side on every core;
        // each reads only the immutable model, the pricing (whose caches are concurrent) and its own previous memo.
        List<ClusterAnalysis> made = (jobs.size() > 1 ? jobs.parallelStream() : jobs.stream())
                .map(job -> new ClusterAnalysis(model, job.environment(), job.cluster(), pricing, scorer, job.previous(),
                        flowsHold))
                .toList();
        for (int i = 0; i < jobs.size(); i++) {
            next.put(jobs.get(i).cluster().id(), made.get(i));
        }
        return next;
    }

    private PricingProfile profileOf(ModelSettings settings, List<Finding> findings) {
        return data.profile(settings.pricingProfile()).orElseGet(() -> {
            findings.add(Finding.error(FindingCode.UNKNOWN_PRICING_PROFILE, null, "the model asks for pricing profile '"
                    + settings.pricingProfile() + "', which does not exist; costs use " + FALLBACK_PROFILE
                    + ". Choose one of " + String.join(", ", ReferenceData.PROFILE_IDS)));
            return data.profile(FALLBACK_PROFILE).orElseThrow();
        });
    }

    private ScopeAnalysis scope(String label, ElementId environment, List<ClusterAnalysis> parts) {
        Map<OptionKey, OptionResult> options = new EnumMap<>(OptionKey.class);
        for (OptionKey key : OptionKey.values()) {
            List<OptionResult> results = parts.stream().map(p -> p.results(reach).get(key)).toList();
            BlastRadius worst = results.stream().map(OptionResult::blastRadius)
                    .max(Comparator.comparingInt(BlastRadius::tenants)).orElse(BlastRadius.NONE);
            options.put(key, results.size() == 1 ? results.get(0) : OptionResult.combine(key, results, worst));
        }
        List<Map<ElementId, Placement>> placements = new ArrayList<>();
        List<Map<ElementId, Recommender.Choice>> choices = new ArrayList<>();
        double required = 0;
        int tenants = 0;
        for (ClusterAnalysis part : parts) {
            placements.add(part.recommendation.placements());
            choices.add(part.recommendation.choices());
            required = Math.max(required, part.strictestRequirement);
            tenants += part.load.tenants().size();
        }
        Recommendation recommendation = parts.size() == 1 ? parts.get(0).recommendation
                : new Recommendation(new MergedMap<>(placements), new MergedMap<>(choices));
        return new ScopeAnalysis(label, environment, options, recommendation, tenants, required);
    }

    private static List<Finding> connectionFindings(Model model, Pricing pricing) {
        List<Finding> findings = ModelChecks.forConnections(model);
        ConnectionFindings.addTo(model, findings);
        PricingFindings.egress(model, pricing, findings);
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }

    /**
     * Whether a change can alter the model-wide name findings: a tenant, cluster or environment came, went,
     * was renamed or moved, or a tenant's owner group changed. Namespace names and owner groups are made
     * from exactly these, so any other edit (a demand, an agent, a pool) leaves those findings as they were.
     */
    private static boolean movesNames(Set<ElementId> changed, Model before, Model after) {
        return anyChange(changed, before, after, (id, old, now) -> (namesSomething(old) || namesSomething(now))
                && (old == null || now == null || old.getClass() != now.getClass() || !old.name().equals(now.name())
                || !Objects.equals(old.parentId(), now.parentId())
                || (old instanceof dev.bulkhead.model.Tenant a && now instanceof dev.bulkhead.model.Tenant b
                && !Objects.equals(a.ownerGroup(), b.ownerGroup()))));
    }

    /** Whether a tenant came, went or moved to another cluster. */
    private static boolean movesTenants(Set<ElementId> changed, Model before, Model after) {
        return anyChange(changed, before, after, (id, old, now) ->
                (old instanceof dev.bulkhead.model.Tenant || now instanceof dev.bulkhead.model.Tenant)
                && (old == null || now == null || !Objects.equals(old.parentId(), now.parentId())));
    }

    /** What one changed id was before an edit and is after it (null where it does not exist). */
    @FunctionalInterface
    private interface ChangeTest {
        boolean test(ElementId id, Element old, Element now);
    }

    /** Whether any changed id's element, before and after, passes {@code test}. */
    private static boolean anyChange(Set<ElementId> changed, Model before, Model after, ChangeTest test) {
        for (ElementId id : changed) {
            if (test.test(id, before.find(id).orElse(null), after.find(id).orElse(null))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesSomething(Element element) {
        return element instanceof dev.bulkhead.model.Tenant || element instanceof Cluster || element instanceof Environment;
    }

    /** Ids whose element differs between two snapshots (added, removed or replaced), by identity. */
    static Set<ElementId> changedElements(Model before, Model after) {
        Set<ElementId> changed = new HashSet<>();
        Iterator<Map.Entry<ElementId, Element>> a = before.elements().entrySet().iterator();
        Iterator<Map.Entry<ElementId, Element>> b = after.elements().entrySet().iterator();
        Map.Entry<ElementId, Element> x = a.hasNext() ? a.next() : null;
        Map.Entry<ElementId, Element> y = b.hasNext() ? b.next() : null;
        while (x != null || y != null) {
            int order = x == null ? 1 : y == null ? -1 : x.getKey() == y.getKey() ? 0 : x.getKey().compareTo(y.getKey());
            if (order == 0) {
                if (x.getValue() != y.getValue()) {
                    changed.add(x.getKey());
                }
                x = a.hasNext() ? a.next() : null;
                y = b.hasNext() ? b.next() : null;
            } else if (order < 0) {
                changed.add(x.getKey());
                x = a.hasNext() ? a.next() : null;
            } else {
                changed.add(y.getKey());
                y = b.hasNext() ? b.next() : null;
            }
        }
        return changed;
    }

    /**
     * The clusters changed elements belonged to before or belong to now; an environment's change (its
     * criticality or option, say) touches all its clusters.
     */
    private static Set<ElementId> clustersOf(Set<ElementId> changed, Model before, Model after) {
        Set<ElementId> result = new HashSet<>();
        for (ElementId id : changed) {
            for (Model model : List.of(before, after)) {
                model.clusterOf(id).ifPresent(c -> result.add(c.id()));
                // A connection's data is charged to its ends' clusters.
                if (model.find(id).orElse(null) instanceof Connection connection) {
                    model.clusterOf(connection.from()).ifPresent(c -> result.add(c.id()));
                    model.clusterOf(connection.to()).ifPresent(c -> result.add(c.id()));
                }
                if (model.find(id).orElse(null) instanceof Environment) {
                    model.children(id).forEach(c -> result.add(c.id()));
                }
            }
        }
        return result;
    }

    /**
     * Whether a change can alter the connection graph: a connection came, went or changed, or an agent at
     * an end of one moved to another tenant. Other edits (a tenant's demand, say) leave the graph as it was.
     */
    private static boolean changesGraph(Set<ElementId> changed, Model before, Model after) {
        return anyChange(changed, before, after, (id, old, now) -> old instanceof Connection || now instanceof Connection
                || (old == null || now == null || !Objects.equals(old.parentId(), now.parentId()))
                && (!before.connectionsOf(id).isEmpty() || !after.connectionsOf(id).isEmpty()));
    }

    /**
     * Whether a change alters what connection findings say: the name, container or trust of an element
     * they name (a connection's ends and their tenants, clusters and environments).
     */
    private static boolean changesConnectionMessages(Set<ElementId> changed, Model before, Model after) {
        return anyChange(changed, before, after, (id, old, now) -> old == null || now == null
                || !old.name().equals(now.name()) || !Objects.equals(old.parentId(), now.parentId())
                || (old instanceof dev.bulkhead.model.Agent a && now instanceof dev.bulkhead.model.Agent b
                && a.trust() != b.trust()));
    }
}
