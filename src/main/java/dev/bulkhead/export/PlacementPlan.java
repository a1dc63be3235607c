package dev.bulkhead.export;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.Severity;
import dev.bulkhead.analysis.TenantNamespaces;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every tenant goes and what it is called, shared by every exporter so that a Kubernetes export and a
 * Terraform export of the same model and choice describe the same tenants, placements and names. Names that
 * collide after conversion to DNS labels (namespaces, agents) are told apart deterministically and every
 * rename is reported in {@link #notes()}.
 */
public final class PlacementPlan {
    /**
     * The longest vCluster release name: Helm allows 53 characters, but the chart derives longer names from it,
     * and the longest must still be valid: {@code RELEASE-etcd-headless} (a Service, at most 63 characters) and
     * the StatefulSet {@code RELEASE-etcd} (at most 52, since its pods' revision label adds 11).
     */
    public static final int MAX_RELEASE_NAME = 47;

    private final Analysis analysis;
    private final ExportChoice choice;
    private final Map<ElementId, TenantPlan> tenants;
    private final List<String> notes;

    private PlacementPlan(Analysis analysis, ExportChoice choice, Map<ElementId, TenantPlan> tenants, List<String> notes) {
        this.analysis = analysis;
        this.choice = choice;
        this.tenants = Collections.unmodifiableMap(tenants);
        this.notes = List.copyOf(notes);
    }

    /** The note an export carries when its placement leaves requirements unmet, in the right number. */
    public static String unmetRequirementsNote(int unmet) {
        return (unmet == 1 ? "1 tenant's isolation requirement is" : unmet + " tenants' isolation requirements are")
                + " not met by this placement; see 'bulkhead compare'";
    }

    /**
     * Plans an export.
     *
     * @throws ExportException when the model has errors: an export of a model that {@code validate} refuses
     *                         would carry those errors into a cluster
     */
    public static PlacementPlan of(Analysis analysis, ExportChoice choice) throws ExportException {
        List<Finding> errors = analysis.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ExportException("cannot export: the model has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + ", first: " + errors.get(0).message() + " (run 'bulkhead validate' for all of them)");
        }
        Model model = analysis.model();
        OptionResult option = analysis.whole().option(choice.option());
        TenantNamespaces namespaces = TenantNamespaces.of(model);
        List<String> notes = new ArrayList<>();
        namespaces.findings().forEach(f -> notes.add(f.message()));
        Map<ElementId, TenantPlan> plans = new HashMap<>();
        for (Environment environment : model.all(Environment.class)) {
            for (Cluster cluster : model.children(environment.id(), Cluster.class)) {
                List<NodePool> pools = model.children(cluster.id(), NodePool.class);
                for (Tenant tenant : model.children(cluster.id(), Tenant.class)) {
                    List<Agent> agents = model.children(tenant.id(), Agent.class);
                    Placement placement = option.placements().get(tenant.id());
                    if (placement == null) {
                        throw new IllegalStateException("the analysis has no placement for tenant " + tenant.id());
                    }
                    NodePool ownPool = pools.stream().filter(p -> tenant.id().equals(p.dedicatedTo())).findFirst().orElse(null);
                    plans.put(tenant.id(), new TenantPlan(tenant, agents, environment, cluster, placement,
                            namespaces.of(tenant.id()), release(tenant, placement, notes), agentLabels(tenant, agents, notes),
                            ownPool, analysis.load(tenant.id())));
                }
            }
        }
        return new PlacementPlan(analysis, choice, plans, notes);
    }

    /** The analysis planned from. */
    public Analysis analysis() {
        return analysis;
    }

    /** The choice planned for. */
    public ExportChoice choice() {
        return choice;
    }

    /** The plan of one tenant. */
    public TenantPlan tenant(ElementId tenant) {
        TenantPlan plan = tenants.get(tenant);
        if (plan == null) {
            throw new IllegalArgumentException("no tenant " + tenant);
        }
        return plan;
    }

    /** The plan of the tenant an element belongs to (the tenant itself, or an agent's tenant). */
    public Optional<TenantPlan> owner(ElementId element) {
        TenantPlan direct = tenants.get(element);
        if (direct != null) {
            return Optional.of(direct);
        }
        return analysis.model().find(element).filter(Agent.class::isInstance).map(Agent.class::cast)
                .map(agent -> tenants.get(agent.tenant()));
    }

    /** The tenants of one cluster as drawn, in id order. */
    public List<TenantPlan> tenantsOf(Cluster cluster) {
        return analysis.model().children(cluster.id(), Tenant.class).stream().map(t -> tenants.get(t.id())).toList();
    }

    /** Renames and shortenings, one line each, for the user. */
    public List<String> notes() {
        return notes;
    }

    /** Agent labels distinct within the tenant: the first in id order keeps its label, the next get -2, -3. */
    private static Map<ElementId, String> agentLabels(Tenant tenant, List<Agent> agents, List<String> notes) {
        Map<ElementId, String> labels = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Agent agent : agents) {
            String wanted = KubernetesNames.label(agent.name());
            String label = KubernetesNames.unique(taken, wanted);
            if (!label.equals(wanted)) {
                notes.add("agent '" + agent.name() + "' of tenant '" + tenant.name() + "' is exported as '" + label
                        + "': another agent of the tenant is already '" + wanted + "'; rename one to choose");
            }
            labels.put(agent.id(), label);
        }
        return labels;
    }

    /**
     * The tenant's label, shortened to Helm's limit with a hash that keeps long names apart. Each vCluster has
     * a namespace of its own, so release names need not differ between tenants.
     */
    private static String release(Tenant tenant, Placement placement, List<String> notes) {
        String label = KubernetesNames.label(tenant.name());
        String release = KubernetesNames.fit(label, tenant.name(), MAX_RELEASE_NAME);
        if (!release.equals(label) && placement.runsVCluster()) {
            notes.add("tenant '" + tenant.name() + "' gets the vCluster release name '" + release + "': the chart's "
                    + "longest derived names must stay within Kubernetes' limits, which allows " + MAX_RELEASE_NAME + " characters");
        }
        return release;
    }

    /**
     * The README's line naming the scenario the files were exported from ("Exported from scenario **proposal A** of the
     * model."), so that two proposals' exports can be told apart; empty for a model that never made scenarios, whose
     * export reads as before.
     */
    public String scenarioLine() {
        dev.bulkhead.model.Scenarios scenarios = analysis().model().scenarios();
        return scenarios.isDefault() ? "" : "Exported from scenario **" + scenarios.active() + "** of the model.\n\n";
    }
}
