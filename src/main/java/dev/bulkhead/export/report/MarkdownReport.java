package dev.bulkhead.export.report;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.CostIsolationPlot;
import dev.bulkhead.diagram.chart.GrowthCurves;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Tenant;
import java.util.List;
import java.util.Map;

/**
 * The proposal report as Markdown, for a wiki or a pull request: the diagram and both charts as relative links to SVG
 * files written beside it ({@link ReportFiles}), and under them the same in words (an outline of the model, the charts'
 * figures as tables) for readers that show no pictures; everything else as in the PDF.
 */
public final class MarkdownReport {
    /** What each figure's file name adds to the report's name: report.md links report-diagram.svg. */
    static final String DIAGRAM = "-diagram.svg";
    static final String COST_ISOLATION = "-cost-isolation.svg";
    static final String GROWTH = "-growth.svg";

    private MarkdownReport() {
    }

    /** The report whose figures are named after "report" (report-diagram.svg, ...). */
    public static String of(ProposalReport report, String modelFile) {
        return of(report, modelFile, ReportFiles.DEFAULT_BASE);
    }

    /** The report whose figures are {@code figures + "-diagram.svg"} and so on, in the same folder. */
    public static String of(ProposalReport report, String modelFile, String figures) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(report.title()).append("\n\n");
        md.append("Proposal report · ").append(report.scopeWithTenants())
                .append(report.scenarioLabel() == null ? "" : " · " + report.scenarioLabel()).append(" · ").append(report.date())
                .append(report.author() == null ? "" : " · prepared by " + report.author()).append("  \n");
        md.append("Pricing: ").append(report.pricing()).append("\n\n");
        if (!report.description().isBlank()) {
            md.append(report.description()).append("\n\n");
        }
        md.append("## Summary\n\n").append(report.recommendation()).append("\n\n");
        contents(md, report);

        md.append(h2(ReportSections.MODEL));
        picture(md, "Diagram of " + report.title() + " — " + report.scopeLabel(), figures + DIAGRAM);
        String firstCaption = report.diagramPages().get(0).caption();
        if (firstCaption != null) {
            md.append(firstCaption).append("\n\n");
        }
        outline(md, report);
        for (DiagramPages.Page page : report.diagramPages().subList(1, report.diagramPages().size())) {
            md.append('\n').append(h2(page.heading()));
            picture(md, "Diagram of " + report.title() + " — " + page.label(), figures + page.file());
            if (page.caption() != null) {
                md.append(page.caption()).append("\n");
            }
        }

        md.append('\n').append(h2(ReportSections.COST_ISOLATION));
        md.append("Each option's monthly cost against the requirement margin of its worst-served tenant (0 and above: "
                + "every requirement met); the grey line joins the cheapest choice at each margin.\n\n");
        picture(md, "Cost versus isolation chart", figures + COST_ISOLATION);
        md.append("| Option | Monthly cost | Worst margin | Tenants not served |\n|---|---:|---:|---:|\n");
        for (CostIsolationPlot.Point point : report.costIsolation().points()) {
            md.append("| ").append(report.costIsolation().label(point)).append(point.cheapestMeetingAll() ? " ✓" : "").append(" | ")
                    .append(report.notPriced().mark(Amounts.exact(report.symbol(), report.scope().option(point.key()).monthlyCost()),
                            point.key()))
                    .append(" | ")
                    .append(point.margin() > 0 ? "+" : "").append(point.margin()).append(" | ").append(point.unmet()).append(" |\n");
        }

        md.append('\n').append(h2(ReportSections.SIDE_BY_SIDE)).append(report.currentDesignNote()).append("\n\n").append(report.table().toMarkdown())
                .append('\n');
        if (report.zeroLinesNote() != null) {
            md.append(report.zeroLinesNote()).append("\n\n");
        }
        if (report.notPricedNote() != null) {
            md.append(report.notPricedNote()).append("\n\n");
        }
        md.append(ProposalReport.HOW_TO_CHECK).append("\n\n");

        md.append(h2(ReportSections.RECOMMENDATION)).append(report.recommendation()).append("\n\n");
        md.append(h2(ReportSections.PLACEMENT)).append("| Tenants | ").append(ProposalReport.WHERE_COLUMN).append(" | Placement | Why |\n|---|---|---|---|\n");
        for (ProposalReport.PlacementGroup row : report.placementGroups()) {
            md.append("| ").append(cell(row.names())).append(" | ").append(cell(row.where())).append(" | ")
                    .append(cell(row.placement())).append(" | ").append(cell(row.why())).append(" |\n");
        }

        requirements(md, report, modelFile);

        md.append('\n').append(h2(ReportSections.TOTALS)).append("| |");
        OptionKey.COMPARED.forEach(k -> md.append(' ').append(k.label()).append(" |"));
        md.append("\n|---|").append("---:|".repeat(OptionKey.COMPARED.size())).append('\n');
        for (ProposalReport.TotalsRow row : report.totals()) {
            md.append("| ").append(cell(row.scope())).append(" |");
            for (int i = 0; i < row.totals().size(); i++) {
                boolean best = row.best(i);
                md.append(' ').append(best ? "**" : "").append(row.shown(i)).append(best ? "** ✓" : "").append(" |");
            }
            md.append('\n');
        }
        md.append("\n✓ the cheapest option that meets every tenant's requirement there (each of them when two cost the same).\n");
        if (report.notPricedNote() != null) {
            md.append("\n").append(report.notPricedNote()).append('\n');
        }

        md.append('\n').append(h2(ReportSections.GROWTH));
        GrowthCurves growth = report.growth();
        if (growth.isEmpty()) {
            md.append("Add a cluster with a node pool and a tenant to see how costs grow.\n");
        } else {
            picture(md, "Growth chart: monthly cost per option as tenants are added", figures + GROWTH);
            md.append("| Tenants |");
            OptionKey.COMPARED.forEach(k -> md.append(' ').append(k.label()).append(" |"));
            md.append("\n|---:|").append("---:|".repeat(OptionKey.COMPARED.size())).append('\n');
            for (ProposalReport.GrowthRow row : report.growthTable()) {
                md.append("| ").append(row.tenants()).append(" |");
                row.costs().forEach(cost -> md.append(' ').append(cost).append(" |"));
                md.append('\n');
            }
            md.append('\n').append(GrowthCurves.HOW_GROWN).append("\n\n");
            md.append(growth.crossings().isEmpty() ? GrowthCurves.NO_CROSSING : GrowthCurves.CROSSING_RULE).append('\n');
            if (!growth.crossings().isEmpty()) {
                md.append('\n');
            }
            growth.crossings().forEach(c -> md.append("- ").append(c.text()).append('\n'));
        }

        md.append('\n').append(h2(ReportSections.ASSUMPTIONS)).append("| Group | Assumption | Value | Unit | Source |\n|---|---|---:|---|---|\n");
        for (ProposalReport.AssumptionRow row : report.assumptions()) {
            md.append("| ").append(cell(row.group())).append(" | ").append(cell(row.label())).append(row.overridden() ? " (set for this model)" : "")
                    .append(" | ").append(cell(row.value())).append(" | ").append(cell(row.unit())).append(" | ").append(cell(row.source()))
                    .append(" |\n");
        }

        md.append('\n').append(h2(ReportSections.PRICES)).append(ProposalReport.PRICES_HEADING).append("\n\n")
                .append("| Price | Unit | What | Used for | Source |\n|---:|---|---|---|---|\n");
        for (ReportPrices.Row row : report.prices()) {
            md.append("| ").append(row.price()).append(" | ").append(cell(row.unit())).append(" | ").append(cell(row.what()))
                    .append(" | ").append(cell(row.usedFor())).append(" | ").append(cell(row.source())).append(" |\n");
        }

        List<ProposalReport.NoteRow> notes = report.notes();
        if (!notes.isEmpty()) {
            md.append('\n').append(h2(ReportSections.NOTES)).append("| About | Note |\n|---|---|\n");
            for (ProposalReport.NoteRow row : notes) {
                md.append("| ").append(cell(row.subject())).append(" | ").append(cell(row.text().replace("\n", " "))).append(" |\n");
            }
        }

        md.append('\n').append(h2(ReportSections.FINDINGS));
        List<ProposalReport.FindingRow> findings = report.findings(ReportFiles.blockedFile(figures));
        if (findings.isEmpty()) {
            md.append("No findings.\n");
        } else {
            md.append(report.findingsHeading()).append("\n\n");
            md.append("| Severity | Code | Element | Finding | After the mix |\n|---|---|---|---|---|\n");
            for (ProposalReport.FindingRow row : findings) {
                md.append("| ").append(row.severity()).append(" | ").append(row.code()).append(" | ").append(cell(row.element()))
                        .append(" | ").append(cell(row.message())).append(" | ").append(row.afterMix()).append(" |\n");
            }
        }

        md.append('\n').append(h2(ReportSections.ARTEFACTS));
        ProposalReport.Artefacts artefacts = report.artefacts();
        if (artefacts.refusal() != null) {
            md.append("The ").append(artefacts.target()).append(" export (").append(artefacts.choice())
                    .append(") would refuse this model: ").append(artefacts.refusal()).append('\n');
        } else {
            String command = report.exportCommand(modelFile);
            md.append(report.artefactsSentence(modelFile).replace(command, "`" + command + "`")).append("\n\n");
            md.append("| Folder | Files |\n|---|---:|\n");
            for (Map.Entry<String, Integer> folder : artefacts.folders().entrySet()) {
                md.append("| `").append(folder.getKey()).append("` | ").append(folder.getValue()).append(" |\n");
            }
            if (report.blockedSentence() != null) {
                md.append('\n').append(report.blockedSentence()).append("\n\n");
                report.blockedListed().forEach(flow -> md.append("- ").append(flow).append('\n'));
                String others = report.blockedOthers(ReportFiles.blockedFile(figures));
                if (others != null) {
                    md.append('\n').append(others).append('\n');
                }
            }
            if (report.widenedSentence() != null) {
                md.append('\n').append(report.widenedSentence()).append("\n\n");
                report.widenedListed().forEach(host -> md.append("- ").append(host).append('\n'));
            }
            if (!artefacts.notes().isEmpty()) {
                md.append('\n').append(ProposalReport.EXPORT_NOTES).append('\n');
            }
            artefacts.notes().forEach(note -> md.append("\n> ").append(note.replace("\n", " ")).append('\n'));
        }
        appendix(md, report, ReportFiles.linesFile(figures));
        md.append('\n').append(h2(ReportSections.FIGURES)).append(ProposalReport.FIGURES_NOTE)
                .append("\n\n| Row | Of | Figures |\n|---|---|---|\n");
        report.placementGroups().stream().filter(row -> !row.figures().isEmpty()).forEach(row -> md.append("| ").append(row.ref())
                .append(" | ").append(cell(row.of())).append(" | ").append(cell(row.figures())).append(" |\n"));
        md.append("\n---\nWritten by Bulkhead from ").append(modelFile).append(".\n");
        return md.toString();
    }

    /** What each kind of tenant requires, the rules that change it for one tenant, and who falls short under each option. */
    private static void requirements(StringBuilder md, ProposalReport report, String modelFile) {
        Requirements requirements = report.requirements();
        md.append('\n').append(h2(ReportSections.REQUIREMENTS)).append(Requirements.meansNote(report.scope())).append("\n\n")
                .append(Requirements.KINDS_HEADING).append("\n\n| Kind |");
        Requirements.dimensions().forEach(d -> md.append(' ').append(cell(d)).append(" |"));
        md.append("\n|---|").append("---:|".repeat(Requirements.dimensions().size())).append('\n');
        for (Requirements.KindRow kind : requirements.kinds()) {
            md.append("| ").append(cell(kind.kind())).append(" |");
            kind.required().forEach(score -> md.append(' ').append(score).append(" |"));
            md.append('\n');
        }
        md.append('\n');
        requirements.kinds().forEach(k -> md.append("- ").append(k.kind()).append(": ").append(k.why()).append('\n'));
        md.append('\n');
        requirements.rules().forEach(rule -> md.append("- ").append(rule).append('\n'));
        requirements.heldToAnotherKind().forEach(held -> md.append('\n').append(held).append('\n'));
        md.append('\n').append(Requirements.UNMET_HEADING).append("\n\n| Option | Tenant | Short of its requirement |\n|---|---|---|\n");
        for (Requirements.ShortRow row : requirements.unmet(report.compareCommand(modelFile))) {
            md.append("| ").append(cell(row.option())).append(" | ").append(cell(row.tenant())).append(" | ").append(cell(row.shortOf()))
                    .append(" |\n");
        }
    }

    /** Each option's cost lines with their arithmetic, category by category, each category's sum beneath. */
    private static void appendix(StringBuilder md, ProposalReport report, String linesFile) {
        md.append('\n').append(h2(ReportSections.APPENDIX)).append(ProposalReport.LINES_HEADING).append('\n');
        for (CostLineAppendix.Column column : report.costLines(linesFile)) {
            md.append("\n### ").append(column.heading()).append("\n\n");
            if (column.sameAs() != null) {
                md.append("The same lines as ").append(column.sameAs()).append(".\n");
                continue;
            }
            md.append("| Line | Arithmetic | Per month |\n|---|---|---:|\n");
            for (CostLineAppendix.Category category : column.categories()) {
                for (CostLineAppendix.Line line : category.lines()) {
                    md.append("| ").append(cell(line.item())).append(" | ").append(cell(line.formula())).append(" | ")
                            .append(line.amount()).append(" |\n");
                }
                md.append("| **").append(category.label()).append("** | ").append(category.sum()).append(" | **")
                        .append(category.total()).append("** |\n");
            }
        }
    }

    /** The sections as a list of links to their headings ({@link ReportSections}), which Markdown viewers anchor. */
    private static void contents(StringBuilder md, ProposalReport report) {
        md.append(h2(ReportSections.CONTENTS));
        for (String section : ReportSections.of(report)) {
            md.append("- [").append(section).append("](#").append(ReportSections.anchor(section)).append(")\n");
        }
        md.append('\n');
    }

    /** A section's heading, followed by its blank line. */
    private static String h2(String title) {
        return "## " + title + "\n\n";
    }

    /** The diagram in words: environments, clusters, pools, tenants and their agents, endpoints. */
    private static void outline(StringBuilder md, ProposalReport report) {
        Model model = report.model();
        for (Environment env : model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList()) {
            if (report.scope().environment() != null && !report.scope().environment().equals(env.id())) {
                continue;
            }
            md.append("- **Environment ").append(env.name()).append("** (").append(env.option() == null ? "no option chosen"
                    : "option " + env.option().label()).append(")\n");
            for (Cluster cluster : model.children(env.id(), Cluster.class)) {
                md.append("  - Cluster ").append(cluster.name()).append(" (").append(cluster.provider().name().replace('_', '-'))
                        .append(' ').append(cluster.region()).append(")\n");
                for (NodePool pool : model.children(cluster.id(), NodePool.class)) {
                    md.append("    - Node pool ").append(pool.name()).append(": ").append(pool.minCount()).append("–")
                            .append(pool.maxCount()).append(" × ").append(pool.instanceType()).append('\n');
                }
                for (Tenant tenant : model.children(cluster.id(), Tenant.class)) {
                    md.append("    - Tenant ").append(tenant.name()).append(" (").append(tenant.tenantKind().label()).append(")");
                    List<Agent> agents = model.children(tenant.id(), Agent.class);
                    if (!agents.isEmpty()) {
                        md.append(": agents ").append(String.join(", ", agents.stream().map(Element::name).toList()));
                    }
                    md.append('\n');
                }
            }
        }
        for (ExternalEndpoint endpoint : model.all(ExternalEndpoint.class)) {
            md.append("- External endpoint ").append(endpoint.name()).append(" (").append(endpoint.address()).append(")\n");
        }
    }

    /** An image linked relatively; the file name percent-encoded so that spaces or brackets cannot break the link. */
    private static void picture(StringBuilder md, String alt, String fileName) {
        StringBuilder link = new StringBuilder();
        for (byte b : fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                link.append(c);
            } else {
                link.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        md.append("![").append(alt.replace("[", "(").replace("]", ")")).append("](").append(link).append(")\n\n");
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
