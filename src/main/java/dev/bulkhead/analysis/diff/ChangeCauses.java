package dev.bulkhead.analysis.diff;

import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a tenant the user did not edit moved or changed requirement: the edit elsewhere that caused it, in the words a
 * reader can check against the element changes ("follows environment prod's option (Namespace → Dedicated)",
 * "the hard gate lifts: tenant code-tutor's LLM-generated code under runc no longer shares its nodes").
 */
final class ChangeCauses {
    private static final String GATE = "hard gate: ";

    private ChangeCauses() {
    }

    /** Why a tenant that follows its environment's option moved: that option changed; empty otherwise. */
    static String moved(Model a, Model b, ElementId id, TenantIsolation isoA, TenantIsolation isoB) {
        if (isoA == null || isoB == null || isoA.placement() == isoB.placement()) {
            return "";
        }
        Tenant tenantA = (Tenant) a.find(id).orElseThrow();
        Tenant tenantB = (Tenant) b.find(id).orElseThrow();
        Environment envA = a.environmentOf(id).orElse(null);
        Environment envB = b.environmentOf(id).orElse(null);
        if (tenantA.option() != null || tenantB.option() != null || envA == null || envB == null || envA.option() == envB.option()) {
            return "";
        }
        return "follows environment " + envB.name() + "'s option (" + option(envA) + " → " + option(envB) + ")";
    }

    /**
     * Why a tenant's requirement changed when the tenant's own edit does not say it: the hard gate applied or lifted
     * (naming what ran untrusted code under runc), its environment or its agents edited; empty otherwise.
     */
    static String requirement(Model a, Model b, ElementId id, TenantIsolation isoA, TenantIsolation isoB, List<ElementChange> changes) {
        if (isoA == null || isoB == null) {
            return "";
        }
        boolean editedItself = changes.stream().anyMatch(c -> c.id().equals(id));
        if (isoA.gated() != isoB.gated()) {
            // The gate explains a verdict that changed; under a verdict that stayed, naming it reads as the reason for nothing.
            if (isoA.meetsRequirement() == isoB.meetsRequirement()) {
                return "";
            }
            if (isoB.gated()) {
                return "the hard gate applies: " + culprit(isoB) + " on the nodes it shares";
            }
            // A tenant that moved itself onto its own nodes lifted its own gate: its option change says so.
            if (editedItself && isoB.placement().ownNodes() && isoA.placement() != isoB.placement()) {
                return "";
            }
            return "the hard gate lifted " + (isoB.placement().ownNodes() ? "(it has nodes of its own now)" : "(nothing on its nodes "
                    + "runs untrusted code under runc now)") + "; before: " + culprit(isoA);
        }
        if (isoA.required().equals(isoB.required())) {
            return "";
        }
        String cause = requirementCause(a, b, id, b.environmentOf(id).orElse(null), changes);
        return cause == null ? "" : cause;
    }

    private static String option(Environment environment) {
        return dev.bulkhead.model.TenancyOption.labelOf(environment.option());
    }

    /** What runs untrusted code under runc beside the tenant, as the scorer's evidence for the gate names it. */
    private static String culprit(TenantIsolation isolation) {
        String evidence = Objects.requireNonNullElse(isolation.evidence().get(IsolationDimension.KERNEL), "");
        int from = evidence.indexOf(GATE);
        int to = evidence.indexOf(" on the nodes", Math.max(from, 0));
        return from < 0 || to < 0 ? "untrusted code under runc" : evidence.substring(from + GATE.length(), to);
    }

    /**
     * A requirement comes from the tenant's kind in its environment, its agents and its own overrides: the edited ones
     * of those, or null when only the tenant itself was edited (its change says why).
     */
    private static String requirementCause(Model a, Model b, ElementId id, Environment envB, List<ElementChange> changes) {
        List<String> edited = new ArrayList<>();
        if (envB != null && changes.stream().anyMatch(c -> c.id().equals(envB.id()))) {
            edited.add("follows environment " + envB.name() + "'s requirement (environment " + envB.name() + " changed)");
        }
        List<ElementId> agents = new ArrayList<>();
        a.all(Agent.class).stream().filter(agent -> id.equals(agent.tenant())).forEach(agent -> agents.add(agent.id()));
        b.all(Agent.class).stream().filter(agent -> id.equals(agent.tenant()) && !agents.contains(agent.id()))
                .forEach(agent -> agents.add(agent.id()));
        for (ElementChange change : changes) {
            if (agents.contains(change.id())) {
                edited.add("its agent " + change.name() + " " + switch (change.status()) {
                    case ADDED -> "was added";
                    case REMOVED -> "was removed";
                    case CHANGED -> "changed";
                });
            }
        }
        if (edited.isEmpty()) {
            return changes.stream().anyMatch(c -> c.id().equals(id)) ? null : "the rubric's requirement for its kind changed";
        }
        return String.join("; ", edited);
    }

}
