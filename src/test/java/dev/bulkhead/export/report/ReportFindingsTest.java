package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.analysis.Severity;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Environment;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The findings say which design they are of and which of them the recommended mix resolves; information findings of
 * one rule share a row; an element is named so that it can be told from its namesakes.
 */
class ReportFindingsTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private static Analysis analysis;
    private static ProposalReport report;

    @BeforeAll
    static void analyseTheSample() throws Exception {
        analysis = ANALYZER.analyze(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
        report = ProposalReport.of(analysis, null, null, LocalDate.of(2026, 11, 30));
    }

    /** The mix meets every requirement, so every unmet-requirement finding of the drawn design is resolved by it. */
    @Test
    void theFindingsAreOfTheDrawnDesignAndSayWhichTheMixResolves() throws Exception {
        List<ProposalReport.FindingRow> rows = report.findings();

        assertThat(report.findingsHeading()).contains("design as drawn", "not of the recommended mix");
        assertThat(rows).filteredOn(r -> r.code().equals(FindingCode.REQUIREMENT_UNMET.id())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.afterMix()).isEqualTo(ProposalReport.FindingRow.RESOLVED));
        // The licence the mix needs is a finding about the mix itself: applying it does not make it go away.
        assertThat(rows).filteredOn(r -> r.code().equals(FindingCode.LICENCE_NOT_PRICED.id())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.afterMix()).isEqualTo(ProposalReport.FindingRow.REMAINS));

        assertThat(MarkdownReport.of(report, "m.bulkhead.json")).contains(report.findingsHeading(), "| After the mix |");
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).contains("<th>After the mix</th>");
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(flat).contains(report.findingsHeading().replaceAll("\\s+", ""), "Afterthemix");
        }
    }

    @Test
    void informationFindingsOfOneRuleShareOneRowWithTheirCount() {
        long connections = analysis.findings().stream().filter(f -> f.code() == FindingCode.CROSS_TENANT_CONNECTION).count();
        assertThat(connections).isGreaterThan(40);

        List<ProposalReport.FindingRow> rows = report.findings();
        assertThat(rows).filteredOn(r -> r.code().equals(FindingCode.CROSS_TENANT_CONNECTION.id())).singleElement()
                .satisfies(r -> {
                    assertThat(r.count()).isEqualTo(connections);
                    // Numbered, as the messages hold ";" themselves; which two are quoted is BlockedFlowFindingsTest's.
                    List<String> messages = analysis.findings().stream().filter(f -> f.code() == FindingCode.CROSS_TENANT_CONNECTION)
                            .map(dev.bulkhead.analysis.Finding::message).toList();
                    String examples = r.message().substring((connections + " alike, for example: ").length());
                    assertThat(r.message()).startsWith(connections + " alike, for example: (1) ");
                    assertThat(examples.substring(4).split(" \\(2\\) ")).hasSize(2).allSatisfy(m -> assertThat(messages).contains(m));
                });
        assertThat(rows.stream().mapToLong(ProposalReport.FindingRow::count).sum()).isEqualTo(analysis.findings().size());
        assertThat(rows).filteredOn(r -> r.severity().equals("warning")).allSatisfy(r -> assertThat(r.count()).isEqualTo(1));
        assertThat(rows.stream().filter(r -> r.severity().equals(Severity.INFO.name().toLowerCase())).map(r -> r.code()).toList())
                .doesNotHaveDuplicates();
    }

    /** Forty agents are all called "analyst": each row names the environment and tenant it belongs to. */
    @Test
    void anAgentIsNamedByItsEnvironmentAndTenant() {
        List<ProposalReport.FindingRow> agentRows = report.findings().stream()
                .filter(r -> r.code().equals(FindingCode.SANDBOX_WEAKER_THAN_ADVISED.id())).toList();
        assertThat(agentRows).hasSizeGreaterThan(10);
        assertThat(agentRows.stream().map(ProposalReport.FindingRow::element)).doesNotHaveDuplicates().allSatisfy(element -> {
            assertThat(element).matches("[a-z]+ / [a-z-]+ / analyst");
        });
        Agent agent = analysis.model().all(Agent.class).get(0);
        Environment env = analysis.model().environmentOf(agent.id()).orElseThrow();
        assertThat(report.path(agent.id())).isEqualTo(env.name() + " / " + analysis.model().tenantOf(agent.id()).orElseThrow().name()
                + " / " + agent.name());
    }

    /**
     * A report on dev shows dev only: its totals row alone, and findings of dev's elements (or of the model as a
     * whole), counted over dev; a reviewer found prod's licence warning and whole-model counts in it.
     */
    @Test
    void aReportOnOneEnvironmentListsOnlyThatEnvironmentsTotalsAndFindings() {
        Environment dev = analysis.model().all(Environment.class).stream().filter(e -> e.name().equals("dev")).findFirst().orElseThrow();
        ProposalReport scoped = ProposalReport.of(analysis, dev, null, LocalDate.of(2026, 11, 30));

        assertThat(scoped.totals()).extracting(ProposalReport.TotalsRow::scope).containsExactly("dev");
        List<ProposalReport.FindingRow> rows = scoped.findings();
        assertThat(rows).isNotEmpty();
        assertThat(rows).filteredOn(r -> r.count() == 1 && !r.element().isEmpty() && !r.element().contains(": "))
                .allSatisfy(r -> assertThat(r.element()).startsWith("dev / "));
        long devFindings = analysis.findings().stream().filter(f -> f.element() == null
                || analysis.model().environmentOf(f.element()).map(e -> e.equals(dev)).orElse(false)
                || analysis.model().find(f.element()).orElse(null) instanceof dev.bulkhead.model.Connection c
                && (analysis.model().environmentOf(c.from()).map(e -> e.equals(dev)).orElse(false)
                || analysis.model().environmentOf(c.to()).map(e -> e.equals(dev)).orElse(false))).count();
        assertThat(rows.stream().mapToLong(ProposalReport.FindingRow::count).sum()).isLessThan(analysis.findings().size())
                .isEqualTo(devFindings);
        String markdown = MarkdownReport.of(scoped, "m.bulkhead.json");
        assertThat(markdown).doesNotContain("| Whole model |", "| prod |", "| staging |", "eks-prod", "eks-staging");
        assertThat(scoped.findingsHeading()).contains("in environment dev").doesNotContain("whole model,");
    }

    /**
     * Review R12h: the row of 50 alike unmet-requirement findings quoted acme-analytics in staging and acme-analytics in
     * prod as its two examples. The second example is of another tenant where there is one.
     */
    @Test
    void aRowOfAlikeFindingsQuotesTwoDifferentTenants() {
        ProposalReport.FindingRow row = report.findings().stream()
                .filter(r -> r.code().equals(dev.bulkhead.analysis.FindingCode.REQUIREMENT_UNMET.id()) && r.count() > 2)
                .findFirst().orElseThrow();
        java.util.regex.Matcher tenants = java.util.regex.Pattern.compile("\\(\\d\\) tenant '([^']+)'").matcher(row.message());
        List<String> quoted = new java.util.ArrayList<>();
        while (tenants.find()) {
            quoted.add(tenants.group(1));
        }
        assertThat(quoted).hasSize(2).doesNotHaveDuplicates();
    }
}
