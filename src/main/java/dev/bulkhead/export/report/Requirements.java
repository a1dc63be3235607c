package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.IsolationScorer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.Shortfall;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.reference.IsolationRubric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report's requirements section: what the isolation rubric requires of each kind of tenant on each dimension,
 * the rules that raise or lower that for one tenant, which tenants of the scope are held to another kind's
 * requirement, and, per option, the tenants it falls short of with the dimension, both scores and the cause (review
 * R12f, 4: the report said "Unmet requirements: 1 tenant" and never who, where or why). The scores and shortfalls
 * are the analysis's own ({@link OptionResult#failing}); the rubric is the one it scored by.
 */
final class Requirements {
    /** One kind of tenant, its minimum score (0 to 4) per dimension in {@link IsolationDimension} order, and why. */
    record KindRow(String kind, List<Integer> required, String why) {
    }

    /** A tenant an option falls short of, and how: each shortfall as the analysis describes it; or the count left out. */
    record ShortRow(String option, String tenant, String shortOf) {
    }

    /** How many tenants each option's list names before it counts the rest. */
    static final int NAMED_TENANTS = 5;

    /** The sentence over the kinds table. */
    static final String KINDS_HEADING = "What each kind of tenant needs on each dimension, from 0 to 4 (the isolation rubric's "
            + "default minimums; a tenant falls short when an option scores it below its minimum on any one):";

    /** The sentence over the list of tenants each option falls short of. */
    static final String UNMET_HEADING = "Who falls short of their requirement under each option of the side-by-side table, "
            + "on which dimension, scored against required, and why:";

    /** The sentence that opens the section: how the side-by-side table's isolation figures are computed. */
    static String meansNote(ScopeAnalysis scope) {
        return "The side-by-side table's \"Isolation (0–4)\" rows are averages: each is the mean, over the option's "
                + scope.tenantCount() + " tenants, of each tenant's score on that dimension, and \"Isolation score (0–100)\" "
                + "is the mean of the tenants' weighted scores. An average can hide a tenant that falls short; \"Unmet "
                + "requirements\" counts the tenants below their minimum on any dimension, and the last table here names them.";
    }

    private final Analysis analysis;
    private final ScopeAnalysis scope;
    private final IsolationRubric rubric;

    Requirements(Analysis analysis, ScopeAnalysis scope) {
        this.analysis = analysis;
        this.scope = scope;
        this.rubric = analysis.scorer().rubric();
    }

    /** The dimensions' names, the kinds table's columns. */
    static List<String> dimensions() {
        return Arrays.stream(IsolationDimension.values()).map(IsolationDimension::label).toList();
    }

    /** Each kind of tenant's minimum per dimension, as the rubric gives it. */
    List<KindRow> kinds() {
        List<KindRow> rows = new ArrayList<>();
        for (TenantKind kind : TenantKind.values()) {
            Map<IsolationDimension, Integer> required = rubric.requirements().get(kind);
            if (required != null) {
                rows.add(new KindRow(kind.label(), Arrays.stream(IsolationDimension.values())
                        .map(d -> required.getOrDefault(d, 0)).toList(), Citations.named(rubric.requirementEvidence().getOrDefault(kind, ""))));
            }
        }
        return rows;
    }

    /** The rules that make one tenant's requirement differ from its kind's, with the rubric's figures and reasons. */
    List<String> rules() {
        List<String> rules = new ArrayList<>();
        rubric.environmentScopes().forEach((kind, where) -> rules.add("Tenants of kind \"" + kind.label() + "\" are held to that "
                + "requirement only in environments of kind " + where.appliesIn().stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                .sorted().collect(Collectors.joining(" or ")) + "; elsewhere to the \"" + where.elsewhere().label() + "\" requirement, "
                + "unless the tenant says whether it holds regulated data there (its \"regulated data\" setting). Why: "
                + Citations.named(where.evidence())));
        String kernel = IsolationDimension.KERNEL.label();
        rules.add(kernel + " at least " + rubric.thirdPartyCodeKernelRequirement().score() + " for a tenant whose own pods run "
                + "third-party code, and at least " + rubric.untrustedAgentKernelRequirement().score() + " for a tenant with an "
                + "agent that runs untrusted code.");
        rules.add("The hard gate: a tenant whose shared nodes also run untrusted code under plain runc scores 0 on " + kernel
                + " and needs at least " + rubric.hardGateKernelRequirement() + " there, whatever its kind. "
                + Citations.named(rubric.hardGateEvidence()) + ".");
        rules.add("A requirement set on a tenant itself (in the inspector) replaces its kind's on that dimension.");
        return rules;
    }

    /**
     * The tenants of the scope held to another kind's requirement here ("2 tenants of kind "regulated", held to the
     * "internal team" requirement here ...: payments (dev); payments (staging)."), one sentence per pair of kinds,
     * the tenants shortened;
     * empty when there are none. The kind is the analysis's own rule ({@link IsolationScorer#effectiveKind}).
     */
    List<String> heldToAnotherKind() {
        IsolationScorer scorer = analysis.scorer();
        Model model = analysis.model();
        Map<String, List<String>> tenants = new LinkedHashMap<>();
        for (var id : scope.recommendation().placements().keySet()) {
            Tenant tenant = model.get(id, Tenant.class);
            TenantKind held = scorer.effectiveKind(analysis.load(id));
            if (held != tenant.tenantKind()) {
                tenants.computeIfAbsent("of kind \"" + tenant.tenantKind().label() + "\", held to the \"" + held.label() + "\" requirement here",
                        k -> new ArrayList<>()).add(ComparisonTable.name(model, id));
            }
        }
        List<String> sentences = new ArrayList<>();
        tenants.forEach((kinds, names) -> sentences.add(names.size() + (names.size() == 1 ? " tenant " : " tenants ") + kinds
                + " (the inspector shows each tenant's): " + ShortList.of(names, NAMED_TENANTS) + "."));
        return sentences;
    }

    /**
     * Per option of the side-by-side table, the tenants it falls short of, each with every shortfall ("Compliance
     * boundary 1 < required 4: ..."); the first {@link #NAMED_TENANTS} named, then a row counting the rest and saying
     * where they are all listed; one row saying so when the option meets everyone.
     */
    List<ShortRow> unmet(String compareCommand) {
        List<ShortRow> rows = new ArrayList<>();
        Model model = analysis.model();
        for (OptionKey key : ProposalReport.tableColumns()) {
            String option = key.label(model.scenarios());
            List<TenantIsolation> failing = scope.option(key).failing();
            if (failing.isEmpty()) {
                rows.add(new ShortRow(option, "none", "every tenant's requirement is met"));
                continue;
            }
            failing.stream().limit(NAMED_TENANTS).forEach(t -> rows.add(new ShortRow(option, ComparisonTable.name(model, t.tenant()),
                    Citations.named(t.shortfalls().stream().map(Shortfall::describe).collect(Collectors.joining("; "))))));
            if (failing.size() > NAMED_TENANTS) {
                rows.add(new ShortRow(option, "and " + (failing.size() - NAMED_TENANTS) + " more",
                        "of " + failing.size() + " tenants in all; " + compareCommand + " lists each with its shortfalls"));
            }
        }
        return rows;
    }
}
