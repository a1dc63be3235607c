package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The small defects a bank architect's review of the proposal report found, each checked in every format. */
class ArchitectReviewTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    private static ProposalReport report(String sample) throws Exception {
        return report(ANALYZER.analyze(new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json"))));
    }

    private static ProposalReport report(Analysis analysis) {
        return ProposalReport.of(analysis, null, null, LocalDate.of(2026, 11, 30));
    }

    private static ProposalReport generated;

    /** The reviewer's 300-tenant model, analysed once for the tests that read it. */
    private static synchronized ProposalReport generated300() {
        if (generated == null) {
            generated = report(ANALYZER.analyze(GeneratedModels.platform(3, 2, 300, 120, 300, 42)));
        }
        return generated;
    }

    private static String pdfText(ProposalReport report) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** In internal-platform's dev and staging the mix costs what Namespace costs to the cent: both get the ✓. */
    @Test
    void everyOptionTiedForCheapestMeetingEveryoneGetsTheTick() throws Exception {
        ProposalReport report = report("internal-platform");
        ProposalReport.TotalsRow dev = report.totals().stream().filter(r -> r.scope().equals("dev")).findFirst().orElseThrow();
        int namespace = OptionKey.COMPARED.indexOf(OptionKey.NAMESPACE);
        int mix = OptionKey.COMPARED.indexOf(OptionKey.RECOMMENDED);
        assertThat(dev.totals().get(mix)).isEqualTo(dev.totals().get(namespace));
        assertThat(dev.best()).containsExactly(OptionKey.NAMESPACE, OptionKey.RECOMMENDED);

        String devLine = MarkdownReport.of(report, "m.bulkhead.json").lines().filter(l -> l.startsWith("| dev |")).findFirst().orElseThrow();
        assertThat(count(devLine, "✓")).isEqualTo(2);
        String html = HtmlReport.of(report, "m.bulkhead.json");
        String devRow = html.substring(html.indexOf("<tr><td>dev</td>"), html.indexOf("</tr>", html.indexOf("<tr><td>dev</td>")));
        assertThat(count(devRow, "✓")).isEqualTo(2);
        // dev, staging (two each), prod and the whole model (one each): six ticks in the totals of the PDF.
        String pdf = pdfText(report);
        String totals = pdf.substring(pdf.indexOf("\nTotals per environment (per month)\n"), pdf.indexOf("✓ the cheapest option that meets"));
        assertThat(count(totals, "✓")).isEqualTo(6);
    }

    /** A section sign printed anywhere in a report names its document. */
    @Test
    void everySectionSignNamesTheReferenceData() throws Exception {
        assertThat(Citations.named("(\"up to a few hundred long-running services\", §2b)"))
                .isEqualTo("(\"up to a few hundred long-running services\", cost-isolation-data.md §2b)");
        assertThat(Citations.named("nodeadm (§10a-§10c) and cost-isolation-data.md §3a"))
                .isEqualTo("nodeadm (cost-isolation-data.md §10a-§10c) and cost-isolation-data.md §3a");
        ProposalReport report = generated300();
        // A tenant on a row of its own gets its whole reason, control-plane sizing and its §2b included.
        assertThat(report.placements()).anyMatch(row -> row.reason().contains("cost-isolation-data.md §2b"));
        String md = MarkdownReport.of(report, "m.bulkhead.json");
        for (String text : java.util.stream.Stream.concat(java.util.stream.Stream.of(md, HtmlReport.of(report, "m.bulkhead.json")),
                report.placements().stream().map(ProposalReport.TenantRow::reason)).toList()) {
            Matcher bare = Pattern.compile("(?<!cost-isolation-data\\.md |, |-|–| and )§").matcher(text);
            assertThat(bare.find()).as(bare.find(0) ? text.substring(Math.max(0, bare.start() - 80), bare.start() + 5) : "").isFalse();
        }
    }

    /** "vCluster Platform (private nodes) (not priced)" read as two asides: one bracket, in every format. */
    @Test
    void aNotPricedItemWithItsOwnBracketGetsOneBracket() throws Exception {
        ProposalReport report = generated300();
        assertThat(report.recommendation()).contains("vCluster Platform (private nodes, not priced)");
        assertThat(MarkdownReport.of(report, "m.bulkhead.json")).doesNotContain(") (not priced)");
        ProposalReport saas = report("ai-agent-saas");
        assertThat(HtmlReport.of(saas, "m.bulkhead.json")).doesNotContain(") (not priced)")
                .contains("Licences · vCluster Platform (private nodes, not priced)");
        assertThat(pdfText(saas).replaceAll("\\s+", " ")).doesNotContain(") (not priced)");
    }

    /** Side by side, then the recommendation it leads to: one order in Markdown, HTML and PDF. */
    @Test
    void theRecommendationFollowsTheSideBySideInEveryFormat() throws Exception {
        ProposalReport report = report("internal-platform");
        String md = MarkdownReport.of(report, "m.bulkhead.json");
        assertThat(md.indexOf("## Side by side")).isPositive().isLessThan(md.indexOf("## Recommendation"));
        String html = HtmlReport.of(report, "m.bulkhead.json");
        assertThat(html.indexOf("<h2 id=\"side-by-side\">Side by side")).isPositive().isLessThan(html.indexOf("<h2 id=\"recommendation\">Recommendation"));
        List<String> lines = pdfText(report).lines().map(String::strip).toList();
        assertThat(lines.indexOf("Side by side")).isPositive().isLessThan(lines.indexOf("Recommendation"));
    }

    /**
     * The 300-tenant model's sandbox overhead is $0.00 under vCluster beside $34.26 and $47.41: not a slip, the
     * vCluster option's node groups are sized by vCPU (its control planes' requests) and gVisor asks for memory only.
     */
    @Test
    void aLineAtZeroInOneOptionOnlySaysWhy() throws Exception {
        ProposalReport report = generated300();
        ComparisonTable.Row row = report.table().rows().stream().filter(r -> r.label().equals("Sandbox overhead"))
                .findFirst().orElseThrow();
        // The table's first column is the current design, then the compared options.
        List<String> cells = row.cells().stream().map(ComparisonTable.Cell::text).toList();
        assertThat(cells.get(1 + OptionKey.COMPARED.indexOf(OptionKey.VCLUSTER))).isEqualTo("$0.00");
        assertThat(cells.get(1 + OptionKey.COMPARED.indexOf(OptionKey.NAMESPACE))).isEqualTo("$34.26");
        assertThat(cells.get(1 + OptionKey.COMPARED.indexOf(OptionKey.DEDICATED))).isEqualTo("$47.41");
        String why = "Sandbox overhead is $0.00 under vCluster although it costs something elsewhere: these nodes are sized "
                + "by vCPU, and the sandbox overhead asks for memory only, so its share of them is $0.00.";
        assertThat(report.zeroLinesNote()).contains(why);
        assertThat(MarkdownReport.of(report, "m.bulkhead.json")).contains(why);
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).contains(why);
        assertThat(pdfText(report).replaceAll("\\s+", "")).contains(why.replaceAll("\\s+", ""));
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
