package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.PricingFindings;
import dev.bulkhead.analysis.SandboxAdvice;
import dev.bulkhead.analysis.SandboxChoice;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.Severity;
import dev.bulkhead.edit.LayoutPlacer;
import dev.bulkhead.edit.PlacementEdits;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.reference.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's findings: those of the design as drawn (the analysis' findings are never of an option), each with
 * whether the recommended mix resolves it, found by analysing the model again with the mix applied through the same
 * edit the compare view's "Apply" makes.
 */
final class DesignFindings {
    private DesignFindings() {
    }

    /**
     * The findings of the design as drawn (the analysis' findings are always of the drawn design, never of an
     * option), each with whether applying the recommended mix resolves it. Information findings of one rule are one
     * row with their count and two examples: 49 "this connection is allowed" rows would bury the warnings.
     */
    static List<ProposalReport.FindingRow> rows(Analysis analysis, ScopeAnalysis scope, Function<ElementId, String> path,
                                                Set<String> remaining, ByExport export) {
        Set<ElementId> blocked = export.blocked();
        String blockedNote = export.blockedNote();
        List<ProposalReport.FindingRow> rows = new ArrayList<>();
        Map<FindingCode, List<Finding>> infos = new LinkedHashMap<>();
        for (Finding finding : analysis.findings().stream().filter(f -> concerns(analysis, scope, f)).sorted(Finding.ORDER).toList()) {
            if (finding.severity() == Severity.INFO) {
                infos.computeIfAbsent(finding.code(), k -> new ArrayList<>()).add(finding);
            } else {
                rows.add(row(analysis, finding, message(analysis, scope, finding), path, remaining, export));
            }
        }
        infos.forEach((code, alike) -> {
            if (alike.size() == 1) {
                rows.add(row(analysis, alike.get(0), message(analysis, scope, alike.get(0)), path, remaining, export));
                return;
            }
            long resolved = alike.stream().filter(f -> !remaining.contains(findingKey(f))).count();
            List<Finding> blockedOnes = alike.stream().filter(f -> blockedAfterMix(f, remaining, blocked)).toList();
            // The examples are of what the mix leaves as drawn: "policies allow exactly this" quoted of a flow that the
            // last column lists as blocked by the mix contradicted it in the same row. Numbered: the messages use ";"
            // themselves, so a ";" between them would not show where one ends.
            List<Finding> two = examples(analysis.model(), java.util.stream.Stream.concat(alike.stream().filter(f -> !blockedOnes.contains(f)),
                    blockedOnes.stream()).toList());
            String examples = java.util.stream.IntStream.range(0, two.size())
                    .mapToObj(i -> "(" + (i + 1) + ") " + two.get(i).message()
                            + (blockedOnes.contains(two.get(i)) ? " (as drawn; " + BLOCKED_BY_MIX + ")" : ""))
                    .collect(Collectors.joining(" "));
            // The flows named as the summary names them, once each and in its order: listed in the findings' order, the
            // row's first three differed from the summary's; and two connections of one flow count as two connections.
            List<String> flows = blockedOnes.stream().map(f -> flow(analysis.model(), f.element(), path)).distinct().sorted().toList();
            String blockedCount = blockedOnes.size() + (flows.size() < blockedOnes.size()
                    ? " (" + flows.size() + " distinct flows; some flows are modelled by more than one connection)" : "");
            rows.add(new ProposalReport.FindingRow(severity(alike.get(0)), code.id(), alike.size() + " elements",
                    Citations.named(alike.size() + " alike, for example: " + examples), alike.size(),
                    blockedOnes.isEmpty() ? afterMix(resolved, alike.size())
                            : (alike.size() - resolved - blockedOnes.size()) + " remain" + (resolved == 0 ? "" : ", " + resolved + " "
                            + ProposalReport.FindingRow.RESOLVED) + "; " + blockedCount + " " + blockedNote + ": "
                            // A few named, the rest counted: 150 flows in one cell ran off the foot of a PDF page.
                            + ShortList.of(flows, ProposalReport.NAMED_FLOWS)));
        });
        return rows;
    }

    /**
     * What the mix's planned export does that the analysis of the mix cannot see, and the findings' last column says.
     *
     * @param blocked     the connections whose flows the export writes no rule for
     * @param blockedNote what the last column says of those ({@link #BLOCKED} or {@link #blockedIn})
     * @param sandboxed   untrusted runc agents the export's vCluster runs under a sandbox all the same, with it
     */
    record ByExport(Set<ElementId> blocked, String blockedNote, Map<ElementId, SandboxRuntime> sandboxed) {
    }

    /**
     * The first two of {@code candidates} to quote as a row's examples, the second of an element named otherwise than the
     * first where there is one: review R12h read two examples of one tenant (or one flow), in two environments.
     */
    private static List<Finding> examples(Model model, List<Finding> candidates) {
        if (candidates.size() <= 2) {
            return candidates;
        }
        String first = nameOf(model, candidates.get(0));
        Finding second = candidates.stream().skip(1).filter(f -> !nameOf(model, f).equals(first)).findFirst().orElse(candidates.get(1));
        return List.of(candidates.get(0), second);
    }

    /**
     * What a reader tells a finding's element by: its name, and a connection's ends' names ("checkout → loyalty"), as
     * many flows share a connection name ("tasks") and one flow is drawn again in each environment.
     */
    private static String nameOf(Model model, Finding finding) {
        Element element = finding.element() == null ? null : model.find(finding.element()).orElse(null);
        if (element instanceof Connection connection) {
            return model.find(connection.from()).map(Element::name).orElse("") + " → "
                    + model.find(connection.to()).map(Element::name).orElse("");
        }
        return element == null ? "" : element.name();
    }

    /** Said of an example the mix's export blocks, after the drawn design's own words about it. */
    private static final String BLOCKED_BY_MIX = "the mix's exported policies block it";

    /**
     * What the last column says of a remaining connection that the mix's export writes no rule for: the summary says
     * the mix's policies would block it, so "remains" beside "policies allow exactly this" would contradict it. Both
     * come from the one planned export ({@link ProposalReport.Artefacts#blockedConnections}).
     */
    static final String BLOCKED = "blocked by the mix's exported policies (each listed under \"What an export would write\")";

    /**
     * {@link #BLOCKED} when that section lists only the first blocked ends ({@link BlockedEnds}): then the file beside
     * the report, {@code blockedFile}, is where each one is.
     */
    static String blockedIn(String blockedFile) {
        return "blocked by the mix's exported policies (each in " + blockedFile + ", " + ReportFiles.BESIDE
                + "; the first listed under \"What an export would write\")";
    }

    /** A connection as the summary names a blocked flow: "prod / checkout → prod / payments". */
    private static String flow(Model model, ElementId id, Function<ElementId, String> path) {
        return model.find(id).orElse(null) instanceof Connection connection
                ? path.apply(connection.from()) + " → " + path.apply(connection.to()) : path.apply(id);
    }

    private static boolean blockedAfterMix(Finding finding, Set<String> remaining, Set<ElementId> blocked) {
        return finding.element() != null && blocked.contains(finding.element()) && remaining.contains(findingKey(finding));
    }

    /** "resolved", "remains", or "3 of 49 resolved" for {@code count} remaining-or-resolved findings. */
    private static String afterMix(long resolved, int count) {
        return resolved == count ? ProposalReport.FindingRow.RESOLVED : resolved == 0 ? ProposalReport.FindingRow.REMAINS
                : resolved + " of " + count + " " + ProposalReport.FindingRow.RESOLVED;
    }

    /**
     * Whether a finding concerns the report's scope: every finding for the whole model; for an environment, a finding
     * on an element inside it, on a connection or endpoint it takes part in, or about the model as a whole, but the
     * unpriced-egress one only when the environment sends data out (as {@link NotPriced} decides). A scoped report
     * that listed another environment's findings would ask its reader to act on what it does not cover.
     */
    static boolean concerns(Analysis analysis, ScopeAnalysis scope, Finding finding) {
        ElementId environment = scope.environment();
        if (environment == null) {
            return true;
        }
        Model model = analysis.model();
        if (finding.element() == null) {
            return finding.code() != FindingCode.EGRESS_NOT_PRICED || NotPriced.outbound(analysis, scope) > 0;
        }
        if (model.find(finding.element()).orElse(null) instanceof Connection connection) {
            return inside(model, connection.from(), environment) || inside(model, connection.to(), environment);
        }
        if (model.environmentOf(finding.element()).isPresent()) {
            return inside(model, finding.element(), environment);
        }
        // An element outside every environment (an external endpoint): the environment's if one of its connections reaches it.
        return model.connectionsOf(finding.element()).stream()
                .anyMatch(c -> inside(model, c.from(), environment) || inside(model, c.to(), environment));
    }

    private static boolean inside(Model model, ElementId id, ElementId environment) {
        return model.environmentOf(id).map(e -> e.id().equals(environment)).orElse(false);
    }

    /**
     * A finding's text as the report's scope reads it: the egress finding counts the whole model's connections, so a
     * report on one environment counts that environment's instead ("2 connections in dev send data ...").
     */
    static String message(Analysis analysis, ScopeAnalysis scope, Finding finding) {
        if (finding.code() != FindingCode.EGRESS_NOT_PRICED || scope.environment() == null) {
            return finding.message();
        }
        String where = analysis.model().find(scope.environment()).map(e -> " in " + e.name()).orElse("");
        return PricingFindings.egressMessage(NotPriced.outbound(analysis, scope), where, analysis.pricing());
    }

    private static ProposalReport.FindingRow row(Analysis analysis, Finding finding, String message, Function<ElementId, String> path,
                                                 Set<String> remaining, ByExport export) {
        return new ProposalReport.FindingRow(severity(finding), finding.code().id(), finding.element() == null ? "" : path.apply(finding.element()),
                Citations.named(message), 1, afterMix(analysis, finding, remaining, export));
    }

    /** The last column of a finding of its own: resolved or remaining as the mix's analysis says, unless its export does more. */
    private static String afterMix(Analysis analysis, Finding finding, Set<String> remaining, ByExport export) {
        if (!remaining.contains(findingKey(finding))) {
            return ProposalReport.FindingRow.RESOLVED;
        }
        if (blockedAfterMix(finding, remaining, export.blocked())) {
            return export.blockedNote();
        }
        SandboxRuntime forced = finding.code() == FindingCode.UNTRUSTED_AGENT_UNSANDBOXED ? export.sandboxed().get(finding.element()) : null;
        if (forced == null) {
            return ProposalReport.FindingRow.REMAINS;
        }
        // The model still says runc, so the mix's analysis keeps the finding; the exported vCluster does not run it so.
        SandboxAdvice advice = analysis.sandboxAdvice().get(finding.element());
        return sandboxedBy(forced, advice == null ? null : advice.recommended());
    }

    /**
     * What the last column says of an untrusted runc agent that the mix's exported vCluster sandboxes all the same,
     * and, where its threat model calls for a stronger sandbox than that, that it still falls short of it.
     */
    static String sandboxedBy(SandboxRuntime runtime, SandboxChoice advised) {
        String sandboxed = "sandboxed: the mix's exported vCluster runs every pod it syncs under " + runtime.label();
        return advised == null || advised.strength() <= SandboxChoice.of(runtime).strength() ? sandboxed
                : sandboxed + ", weaker than the " + advised.label() + " its threat model calls for";
    }

    private static String severity(Finding finding) {
        return finding.severity().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The sentence that heads the findings: which design they are of, and what the last column says. The report
     * recommends a design other than the drawn one, and a committee reads "all requirements met" beside findings.
     */
    static String heading(String scenarioLabel, Environment environment) {
        return "These findings are of the design as drawn" + (scenarioLabel == null ? "" : " (" + scenarioLabel + ")")
                + (environment == null ? ", across the whole model" : ", in environment " + environment.name())
                + ", not of the recommended mix. \"After the mix\" says whether applying the recommended "
                + "mix to " + (environment == null ? "the whole model" : "environment " + environment.name()) + " resolves each "
                + "(the model analysed again with it applied) or whether it remains.";
    }

    /**
     * Names an element apart from its namesakes: its environment, cluster (for what is not in a tenant), tenant and
     * own name ("prod / acme-analytics / analyst"); a connection by its ends ("usage: platform-api → billing").
     */
    static String path(Model model, ElementId id) {
        Element element = model.find(id).orElse(null);
        if (element == null) {
            return id.value();
        }
        if (element instanceof Connection connection) {
            return element.name() + ": " + model.find(connection.from()).map(Element::name).orElse("?") + " → "
                    + model.find(connection.to()).map(Element::name).orElse("?");
        }
        List<String> parts = new ArrayList<>();
        Element tenant = model.tenantOf(id).orElse(null);
        model.environmentOf(id).filter(e -> e != element).ifPresent(e -> parts.add(e.name()));
        if (tenant == null) {
            model.clusterOf(id).filter(c -> c != element).ifPresent(c -> parts.add(c.name()));
        } else if (tenant != element) {
            parts.add(tenant.name());
        }
        parts.add(element.name());
        return String.join(" / ", parts);
    }

    /** A finding as told apart before and after the mix: its rule and element (its wording names the design). */
    private static String findingKey(Finding finding) {
        return finding.code().id() + " " + (finding.element() == null ? finding.message() : finding.element().value());
    }

    /**
     * The design with the recommended mix applied to the report's scope, analysed: its findings say what the mix
     * resolves, its diagram shows the mix. The node pools the mix adds are left unplaced; a diagram places them.
     */
    static Analysis mixApplied(Analysis analysis, ScopeAnalysis scope) {
        ModelDocument document = new ModelDocument(analysis.model());
        if (scope.tenantCount() > 0) {
            PlacementEdits.apply(document, analysis, scope.environment(), OptionKey.RECOMMENDED,
                    LayoutPlacer.NONE);
        }
        return new Analyzer(ReferenceData.bundled()).analyze(document.snapshot());
    }

    /** The keys of the findings the design has with the recommended mix applied ({@link #mixApplied}). */
    static Set<String> afterMix(Analysis mixApplied) {
        return mixApplied.findings().stream().map(DesignFindings::findingKey).collect(Collectors.toSet());
    }
}
