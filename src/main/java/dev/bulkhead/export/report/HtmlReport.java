package dev.bulkhead.export.report;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.diagram.chart.GrowthCurves;
import dev.bulkhead.diagram.svg.SvgSurface;
import java.util.List;
import java.util.Map;

/**
 * The proposal report as one self-contained HTML file: styles inline, the diagram and both charts as inline SVG
 * drawn by the same painters as the app (no scripts, no external files, no bitmaps), so that it opens anywhere and
 * prints well.
 */
public final class HtmlReport {
    static final int CHART_WIDTH = ReportFigures.CHART_WIDTH;
    static final int CHART_HEIGHT = ReportFigures.CHART_HEIGHT;
    private static final String STYLE = """
            body{font-family:Inter,'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;color:#0f172a;background:#fff;
            margin:0 auto;max-width:1100px;padding:32px;line-height:1.45;font-size:14px}
            h1{font-size:28px;margin:0 0 4px}h2{font-size:19px;margin:36px 0 10px;border-bottom:1px solid #d3dae5;padding-bottom:4px}
            .meta{color:#64748b;margin:0 0 2px}.verdict{background:#f1f4f8;border-left:4px solid #059669;padding:10px 14px}
            table{border-collapse:collapse;margin:8px 0;font-size:12.5px}th,td{border-bottom:1px solid #e2e8f0;padding:4px 8px;
            vertical-align:top;text-align:left}td.n,th.n{text-align:right;white-space:nowrap}tr.section td{font-weight:600;
            background:#f8fafc}.best{font-weight:600;color:#059669}.figure{overflow-x:auto;border:1px solid #d3dae5;
            border-radius:6px;margin:8px 0}.figure svg{display:block;max-width:100%;height:auto}.error{color:#dc2626}
            .warning{color:#d97706}code{font-size:12px}@media print{h2{break-after:avoid}.figure{break-inside:avoid}}
            """;

    private HtmlReport() {
    }

    /** The report whose file beside it, if its appendix needs one, is named after "report" (report-cost-lines.csv). */
    public static String of(ProposalReport report, String modelFile) {
        return of(report, modelFile, ReportFiles.DEFAULT_BASE);
    }

    /** The report, its files beside it named after {@code base} ({@link ReportFiles}). */
    public static String of(ProposalReport report, String modelFile, String base) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(e(report.title()))
                .append(" — proposal</title>\n<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(e(report.title())).append("</h1>\n");
        h.append("<p class=\"meta\">Proposal report · ").append(e(report.scopeWithTenants()))
                .append(report.scenarioLabel() == null ? "" : " · " + e(report.scenarioLabel())).append(" · ").append(report.date())
                .append(report.author() == null ? "" : " · prepared by " + e(report.author())).append("</p>\n");
        h.append("<p class=\"meta\">Pricing: ").append(e(report.pricing())).append("</p>\n");
        if (!report.description().isBlank()) {
            h.append("<p>").append(e(report.description())).append("</p>\n");
        }
        h.append("<p class=\"verdict\">").append(e(report.recommendation())).append("</p>\n");
        contents(h, report);

        h.append(h2(ReportSections.MODEL)).append("\n<div class=\"figure\">");
        h.append(inline(ReportFigures.diagramSvg(report))).append("</div>\n");
        caption(h, report.diagramPages().get(0));
        for (DiagramPages.Page page : report.diagramPages().subList(1, report.diagramPages().size())) {
            h.append(h2(page.heading())).append("\n<div class=\"figure\">").append(inline(ReportFigures.diagramSvg(report, page)))
                    .append("</div>\n");
            caption(h, page);
        }

        h.append(h2(ReportSections.COST_ISOLATION)).append("\n<p>Each option's monthly cost against the requirement margin of its "
                + "worst-served tenant. On or above the dashed line every requirement is met; a red ring marks an option that "
                + "fails someone, a green halo the cheapest option meeting everyone; the grey line joins the cheapest choice at each "
                + "margin.</p>\n<div class=\"figure\">");
        h.append(inline(ReportFigures.costIsolation(report))).append("</div>\n");
        if (report.notPricedNote() != null) {
            h.append("<p class=\"warning\">").append(e(report.notPricedNote())).append("</p>\n");
        }

        h.append(h2(ReportSections.SIDE_BY_SIDE)).append("\n<p class=\"meta\">").append(e(report.currentDesignNote())).append("</p>\n");
        ComparisonTable table = report.table();
        h.append("<table><tr><th></th>");
        table.columns().forEach(c -> h.append("<th class=\"n\">").append(e(c)).append("</th>"));
        h.append("</tr>\n");
        String section = null;
        for (ComparisonTable.Row row : table.rows()) {
            if (!row.section().equals(section)) {
                section = row.section();
                h.append("<tr class=\"section\"><td colspan=\"").append(table.columns().size() + 1).append("\">").append(e(section))
                        .append("</td></tr>\n");
            }
            h.append("<tr><td>").append(e(row.label())).append("</td>");
            row.cells().forEach(c -> h.append("<td class=\"n\" title=\"").append(e(c.formula() == null ? "" : c.formula()))
                    .append("\">").append(e(c.text())).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (report.zeroLinesNote() != null) {
            h.append("<p class=\"meta\">").append(e(report.zeroLinesNote())).append("</p>\n");
        }
        if (report.notPricedNote() != null) {
            h.append("<p class=\"warning\">").append(e(report.notPricedNote())).append("</p>\n");
        }
        h.append("<p class=\"meta\">").append(e(ProposalReport.HOW_TO_CHECK)).append("</p>\n");

        h.append(h2(ReportSections.RECOMMENDATION)).append("\n<p>").append(e(report.recommendation())).append("</p>\n");
        h.append(h2(ReportSections.PLACEMENT)).append("\n<table><tr><th>Tenants</th><th>").append(ProposalReport.WHERE_COLUMN)
                .append("</th><th>Placement</th><th>Why</th></tr>\n");
        for (ProposalReport.PlacementGroup row : report.placementGroups()) {
            h.append("<tr><td>").append(e(row.names())).append("</td><td>").append(e(row.where())).append("</td><td>")
                    .append(e(row.placement())).append("</td><td>").append(e(row.why())).append("</td></tr>\n");
        }
        h.append("</table>\n");

        requirements(h, report, modelFile);

        h.append(h2(ReportSections.TOTALS)).append("\n<table><tr><th></th>");
        OptionKey.COMPARED.forEach(k -> h.append("<th class=\"n\">").append(e(k.label())).append("</th>"));
        h.append("</tr>\n");
        for (ProposalReport.TotalsRow row : report.totals()) {
            h.append("<tr><td>").append(e(row.scope())).append("</td>");
            for (int i = 0; i < row.totals().size(); i++) {
                boolean best = row.best(i);
                h.append("<td class=\"n").append(best ? " best" : "").append("\">").append(e(row.shown(i)))
                        .append(best ? " ✓" : "").append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<p class=\"meta\">✓ the cheapest option that meets every tenant's requirement there (each of them when two cost the same).</p>\n");
        if (report.notPricedNote() != null) {
            h.append("<p class=\"warning\">").append(e(report.notPricedNote())).append("</p>\n");
        }

        h.append(h2(ReportSections.GROWTH)).append("\n");
        GrowthCurves growth = report.growth();
        h.append("<div class=\"figure\">");
        h.append(inline(ReportFigures.growth(report))).append("</div>\n");
        List<ProposalReport.GrowthRow> growthTable = report.growthTable();
        if (!growthTable.isEmpty()) {
            h.append("<table><tr><th class=\"n\">Tenants</th>");
            OptionKey.COMPARED.forEach(k -> h.append("<th class=\"n\">").append(e(k.label())).append("</th>"));
            h.append("</tr>\n");
            for (ProposalReport.GrowthRow row : growthTable) {
                h.append("<tr><td class=\"n\">").append(row.tenants()).append("</td>");
                row.costs().forEach(cost -> h.append("<td class=\"n\">").append(e(cost)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        if (!growth.isEmpty()) {
            h.append("<p>").append(e(GrowthCurves.HOW_GROWN)).append("</p>\n");
            h.append("<p>").append(e(growth.crossings().isEmpty() ? GrowthCurves.NO_CROSSING : GrowthCurves.CROSSING_RULE))
                    .append("</p>\n");
            if (!growth.crossings().isEmpty()) {
                h.append("<ul>");
                growth.crossings().forEach(c -> h.append("<li>").append(e(c.text())).append("</li>"));
                h.append("</ul>\n");
            }
        }

        h.append(h2(ReportSections.ASSUMPTIONS)).append("\n<table><tr><th>Group</th><th>Assumption</th><th class=\"n\">Value</th><th>Unit</th>"
                + "<th>Source</th></tr>\n");
        for (ProposalReport.AssumptionRow row : report.assumptions()) {
            h.append("<tr><td>").append(e(row.group())).append("</td><td>").append(e(row.label()))
                    .append(row.overridden() ? " <em>(set for this model)</em>" : "").append("</td><td class=\"n\">")
                    .append(e(row.value())).append("</td><td>").append(e(row.unit())).append("</td><td>").append(e(row.source()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append(h2(ReportSections.PRICES)).append("\n<p>").append(e(ProposalReport.PRICES_HEADING)).append("</p>\n<table><tr><th class=\"n\">Price</th>"
                + "<th>Unit</th><th>What</th><th>Used for</th><th>Source</th></tr>\n");
        for (ReportPrices.Row row : report.prices()) {
            h.append("<tr><td class=\"n\">").append(e(row.price())).append("</td><td>").append(e(row.unit())).append("</td><td>")
                    .append(e(row.what())).append("</td><td>").append(e(row.usedFor())).append("</td><td>").append(e(row.source()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");

        List<ProposalReport.NoteRow> notes = report.notes();
        if (!notes.isEmpty()) {
            h.append(h2(ReportSections.NOTES)).append("\n<table><tr><th>About</th><th>Note</th></tr>\n");
            for (ProposalReport.NoteRow row : notes) {
                h.append("<tr><td>").append(e(row.subject())).append("</td><td>").append(e(row.text()).replace("\n", "<br>"))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        h.append(h2(ReportSections.FINDINGS)).append("\n");
        List<ProposalReport.FindingRow> findings = report.findings(ReportFiles.blockedFile(base));
        if (findings.isEmpty()) {
            h.append("<p>No findings.</p>\n");
        } else {
            h.append("<p>").append(e(report.findingsHeading())).append("</p>\n");
            h.append("<table><tr><th>Severity</th><th>Code</th><th>Element</th><th>Finding</th><th>After the mix</th></tr>\n");
            for (ProposalReport.FindingRow row : findings) {
                h.append("<tr><td class=\"").append(row.severity()).append("\">").append(row.severity()).append("</td><td>")
                        .append(e(row.code())).append("</td><td>").append(e(row.element())).append("</td><td>").append(e(row.message()))
                        .append("</td><td>").append(e(row.afterMix())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        h.append(h2(ReportSections.ARTEFACTS)).append("\n");
        ProposalReport.Artefacts artefacts = report.artefacts();
        if (artefacts.refusal() != null) {
            h.append("<p class=\"error\">The ").append(e(artefacts.target())).append(" export (").append(e(artefacts.choice()))
                    .append(") would refuse this model: ").append(e(artefacts.refusal())).append("</p>\n");
        } else {
            String command = e(report.exportCommand(modelFile));
            h.append("<p>").append(e(report.artefactsSentence(modelFile)).replace(command, "<code>" + command + "</code>"))
                    .append("</p>\n<table><tr><th>Folder</th><th class=\"n\">Files</th></tr>\n");
            for (Map.Entry<String, Integer> folder : artefacts.folders().entrySet()) {
                h.append("<tr><td><code>").append(e(folder.getKey())).append("</code></td><td class=\"n\">").append(folder.getValue())
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
            if (report.blockedSentence() != null) {
                h.append("<p class=\"warning\">").append(e(report.blockedSentence())).append("</p>\n<ul>\n");
                report.blockedListed().forEach(flow -> h.append("<li>").append(e(flow)).append("</li>\n"));
                h.append("</ul>\n");
                String others = report.blockedOthers(ReportFiles.blockedFile(base));
                if (others != null) {
                    h.append("<p>").append(e(others)).append("</p>\n");
                }
            }
            if (report.widenedSentence() != null) {
                h.append("<p class=\"warning\">").append(e(report.widenedSentence())).append("</p>\n<ul>\n");
                report.widenedListed().forEach(host -> h.append("<li>").append(e(host)).append("</li>\n"));
                h.append("</ul>\n");
            }
            if (!artefacts.notes().isEmpty()) {
                h.append("<p>").append(e(ProposalReport.EXPORT_NOTES)).append("</p>\n");
            }
            artefacts.notes().forEach(note -> h.append("<p class=\"meta\">").append(e(note)).append("</p>\n"));
        }
        appendix(h, report, ReportFiles.linesFile(base));
        h.append(h2(ReportSections.FIGURES)).append("\n<p>").append(e(ProposalReport.FIGURES_NOTE))
                .append("</p>\n<table><tr><th>Row</th><th>Of</th><th>Figures</th></tr>\n");
        report.placementGroups().stream().filter(row -> !row.figures().isEmpty()).forEach(row -> h.append("<tr><td>")
                .append(e(row.ref())).append("</td><td>").append(e(row.of())).append("</td><td>").append(e(row.figures()))
                .append("</td></tr>\n"));
        h.append("</table>\n");
        h.append("<p class=\"meta\">Written by Bulkhead from ").append(e(modelFile)).append(".</p>\n</body></html>\n");
        return h.toString();
    }

    /** What each kind of tenant requires, the rules that change it for one tenant, and who falls short under each option. */
    private static void requirements(StringBuilder h, ProposalReport report, String modelFile) {
        Requirements requirements = report.requirements();
        h.append(h2(ReportSections.REQUIREMENTS)).append("\n<p>").append(e(Requirements.meansNote(report.scope()))).append("</p>\n<p>")
                .append(e(Requirements.KINDS_HEADING)).append("</p>\n<table><tr><th>Kind</th>");
        Requirements.dimensions().forEach(d -> h.append("<th class=\"n\">").append(e(d)).append("</th>"));
        h.append("</tr>\n");
        for (Requirements.KindRow kind : requirements.kinds()) {
            h.append("<tr><td>").append(e(kind.kind())).append("</td>");
            kind.required().forEach(score -> h.append("<td class=\"n\">").append(score).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n<ul class=\"meta\">\n");
        requirements.kinds().forEach(k -> h.append("<li>").append(e(k.kind())).append(": ").append(e(k.why())).append("</li>\n"));
        h.append("</ul>\n<ul>\n");
        requirements.rules().forEach(rule -> h.append("<li>").append(e(rule)).append("</li>\n"));
        h.append("</ul>\n");
        requirements.heldToAnotherKind().forEach(held -> h.append("<p>").append(e(held)).append("</p>\n"));
        h.append("<p>").append(e(Requirements.UNMET_HEADING)).append("</p>\n<table><tr><th>Option</th><th>Tenant</th>"
                + "<th>Short of its requirement</th></tr>\n");
        for (Requirements.ShortRow row : requirements.unmet(report.compareCommand(modelFile))) {
            h.append("<tr><td>").append(e(row.option())).append("</td><td>").append(e(row.tenant())).append("</td><td>")
                    .append(e(row.shortOf())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Each option's cost lines with their arithmetic, category by category, each category's sum beneath. */
    private static void appendix(StringBuilder h, ProposalReport report, String linesFile) {
        h.append(h2(ReportSections.APPENDIX)).append("\n<p>").append(e(ProposalReport.LINES_HEADING)).append("</p>\n");
        for (CostLineAppendix.Column column : report.costLines(linesFile)) {
            h.append("<h3>").append(e(column.heading())).append("</h3>\n");
            if (column.sameAs() != null) {
                h.append("<p>The same lines as ").append(e(column.sameAs())).append(".</p>\n");
                continue;
            }
            h.append("<table><tr><th>Line</th><th>Arithmetic</th><th class=\"n\">Per month</th></tr>\n");
            for (CostLineAppendix.Category category : column.categories()) {
                for (CostLineAppendix.Line line : category.lines()) {
                    h.append("<tr><td>").append(e(line.item())).append("</td><td>").append(e(line.formula()))
                            .append("</td><td class=\"n\">").append(e(line.amount())).append("</td></tr>\n");
                }
                h.append("<tr><th>").append(e(category.label())).append("</th><td>").append(e(category.sum()))
                        .append("</td><th class=\"n\">").append(e(category.total())).append("</th></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    /** The sections as a list of links to their headings ({@link ReportSections}). */
    private static void contents(StringBuilder h, ProposalReport report) {
        h.append(h2(ReportSections.CONTENTS)).append("\n<ol>\n");
        for (String section : ReportSections.of(report)) {
            h.append("<li><a href=\"#").append(ReportSections.anchor(section)).append("\">").append(e(section)).append("</a></li>\n");
        }
        h.append("</ol>\n");
    }

    /** A diagram's caption, when it has one. */
    private static void caption(StringBuilder h, DiagramPages.Page page) {
        if (page.caption() != null) {
            h.append("<p class=\"meta\">").append(e(page.caption())).append("</p>\n");
        }
    }

    /** A section's heading with the id its contents link goes to. */
    private static String h2(String title) {
        return "<h2 id=\"" + ReportSections.anchor(title) + "\">" + e(title) + "</h2>";
    }

    /** An SVG document as an element inside HTML: without its XML declaration. */
    private static String inline(String svg) {
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
    }

    private static String e(String text) {
        return SvgSurface.escape(text == null ? "" : text);
    }
}
