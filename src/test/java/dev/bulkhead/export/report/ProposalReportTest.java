package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.diagram.MarginCheck;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The proposal report in its three forms, read back as its reader would. */
class ProposalReportTest {
    private static Analysis analysis;
    private static ProposalReport report;

    @BeforeAll
    static void analyseTheSample() throws Exception {
        analysis = new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
        report = ProposalReport.of(analysis, null, "Ada Architect", LocalDate.of(2026, 11, 30));
    }

    @Test
    void pdfOpensWithEveryTenantTheRecommendationAndTheTotalsAsTextInsideTheMargins() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "ai-agent-saas.bulkhead.json"))) {
            String text = new PDFTextStripper().getText(pdf);
            String flat = text.replaceAll("\\s+", "");
            for (Tenant tenant : analysis.model().all(Tenant.class)) {
                assertThat(text).as("the report's text").contains(tenant.name());
            }
            // Wrapped over lines in the PDF: compared without white space.
            assertThat(flat).contains(report.recommendation().replaceAll("\\s+", ""));
            for (ProposalReport.TotalsRow row : report.totals()) {
                row.totals().forEach(total -> assertThat(text).contains(total));
            }
            assertThat(text).contains("Ada Architect", "Assumptions", "Findings", "What an export would write");
            MarginCheck.assertInsideMargins(pdf);
        }
    }

    /**
     * The report lists the artefacts from the export's run without rendering them: on every sample, for the whole
     * model and each environment, with every placement, the paths and notes are exactly those the real export writes.
     */
    @Test
    void theListedArtefactsAreThePathsAndNotesTheRealExportWrites() throws Exception {
        int compared = 0;
        for (String sample : List.of("ai-agent-saas", "internal-platform", "workshop-proposal", "workshop-starter")) {
            Analysis sampleAnalysis = new Analyzer(ReferenceData.bundled())
                    .analyze(new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json")));
            List<Environment> scopes = new java.util.ArrayList<>(sampleAnalysis.model().all(Environment.class));
            scopes.add(null);
            for (Environment environment : scopes) {
                for (ExportChoice choice : ExportChoice.values()) {
                    ExportSettings settings = environment == null ? ExportSettings.of(choice)
                            : ExportSettings.of(choice).forEnvironment(environment.id());
                    ExportBundle written = new KubernetesExporter().export(sampleAnalysis, settings, fraction -> { });
                    KubernetesExporter.Listing listed = new KubernetesExporter().list(sampleAnalysis, settings);
                    String where = sample + " " + (environment == null ? "whole" : environment.name()) + " " + choice;
                    assertThat(listed.paths()).as(where).containsExactlyElementsOf(written.files().keySet());
                    assertThat(listed.notes()).as(where).isEqualTo(written.notes());
                    compared++;
                }
            }
            ProposalReport sampleReport = ProposalReport.of(sampleAnalysis, null, "Ada Architect", LocalDate.of(2026, 11, 30));
            ExportBundle byDefault = new KubernetesExporter().export(sampleAnalysis,
                    ExportSettings.of(ExportChoice.RECOMMENDED), fraction -> { });
            assertThat(sampleReport.artefacts().files()).as(sample).containsExactlyElementsOf(byDefault.files().keySet());
            assertThat(sampleReport.artefacts().total()).isEqualTo(byDefault.files().size());
        }
        assertThat(compared).isGreaterThan(4 * 2 * ExportChoice.values().length);
    }

    @Test
    void totalsAreTheCompareViewsFiguresAndTheEnvironmentsAddUpToTheWholeModelToTheCent() {
        List<ProposalReport.TotalsRow> rows = report.totals();
        List<Environment> environments = analysis.model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList();
        assertThat(rows).hasSize(environments.size() + 1);
        for (int c = 0; c < OptionKey.COMPARED.size(); c++) {
            OptionKey key = OptionKey.COMPARED.get(c);
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = 0; r < environments.size(); r++) {
                ScopeAnalysis scope = analysis.environment(environments.get(r).id()).orElseThrow();
                assertThat(rows.get(r).totals().get(c)).isEqualTo(Money.format(analysis.pricing().symbol(), scope.option(key).monthlyCost()));
                sum = sum.add(scope.option(key).monthlyCost());
            }
            assertThat(rows.get(rows.size() - 1).totals().get(c)).as(key + " whole model")
                    .isEqualTo(Amounts.exact(analysis.pricing().symbol(), sum));
        }
    }

    @Test
    void markdownCarriesTheSameTableRecommendationAndSources() {
        String md = MarkdownReport.of(report, "ai-agent-saas.bulkhead.json");

        assertThat(md).contains(report.table().toMarkdown(), report.recommendation());
        report.placementGroups().forEach(g -> assertThat(md).contains("| " + g.names() + " |"));
        report.assumptions().forEach(a -> assertThat(md).contains(a.label()));
        report.growth().crossings().forEach(c -> assertThat(md).contains(c.text()));
        assertThat(md).contains("## What an export would write").contains("bulkhead export ai-agent-saas.bulkhead.json --to k8s");
    }

    @Test
    void htmlIsSelfContainedWithInlineVectorFigures() {
        String html = HtmlReport.of(report, "ai-agent-saas.bulkhead.json");

        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script", "src=", "<link", "foreignObject", "<image", "<img");
        // A diagram per environment too: fitted to its page, the whole model's summarises its clusters (DiagramPages), but
        // none for prod, whose page would only repeat eks-prod's summary; then the whole model's with the mix applied.
        assertThat(html.split("<svg ", -1)).as("diagram, dev's, staging's, the mix's, cost chart and growth chart").hasSize(7);
        // Named in the placement table (the diagram, printed this small, names the clusters with their counts).
        analysis.model().all(Tenant.class).forEach(t -> assertThat(html).contains(t.name()));
        assertThat(html).contains(report.recommendation().replace("→", "→"));
    }

    /** With nobody named, no format prints a "prepared by" line (never "null", never the OS account). */
    @Test
    void aReportWithNoAuthorLeavesThePreparedByLineOut() throws Exception {
        ProposalReport anonymous = ProposalReport.of(analysis, null, " ", LocalDate.of(2026, 11, 30));

        assertThat(anonymous.author()).isNull();
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(anonymous, "ai-agent-saas.bulkhead.json"))) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContainIgnoringCase("prepared by");
            assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
        }
        assertThat(MarkdownReport.of(anonymous, "ai-agent-saas.bulkhead.json")).doesNotContainIgnoringCase("prepared by");
        assertThat(HtmlReport.of(anonymous, "ai-agent-saas.bulkhead.json")).doesNotContainIgnoringCase("prepared by");
    }

    /**
     * A figure a pricing profile sets is shown with that figure's unit, not the bundled default's: on Azure the Kata
     * overhead is AKS's 600Mi (0.586 GiB, cost-isolation-data.md 6a/10d), never printed beside kata-qemu's "160Mi".
     */
    @Test
    void eachAssumptionShowsItsFigureWithTheUnitOfThatFigure() throws Exception {
        dev.bulkhead.model.Model model = analysis.model();
        dev.bulkhead.model.Model azure = dev.bulkhead.model.Model.of(model.settings().withPricingProfile("azure-eastus"),
                model.elements().values(), model.layout());
        ProposalReport onAzure = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(azure), null, null,
                LocalDate.of(2026, 11, 30));

        ProposalReport.AssumptionRow kata = onAzure.assumptions().stream().filter(a -> a.label().equals("Kata memory overhead per pod"))
                .findFirst().orElseThrow();
        assertThat(kata.value()).isEqualTo("0.586 (600Mi)");
        assertThat(kata.unit()).doesNotContain("160Mi").startsWith("GiB");
        ProposalReport.AssumptionRow qemu = report.assumptions().stream().filter(a -> a.label().equals("Kata memory overhead per pod"))
                .findFirst().orElseThrow();
        assertThat(qemu.value()).isEqualTo("0.156 (160Mi)");
        onAzure.assumptions().stream().filter(a -> a.label().startsWith("Kata"))
                .forEach(row -> assertThat(row.value() + " " + row.unit()).as(row.label()).doesNotContain("160Mi"));
    }

    /**
     * The recommended mix holds vCluster Platform licences the sample has not priced (a finding says so): every place
     * the report shows that total says so beside it, in every format.
     */
    @Test
    void aTotalThatLeavesLinesUnpricedSaysSoWhereverItIsShown() throws Exception {
        assertThat(analysis.whole().option(OptionKey.RECOMMENDED).lines()).anyMatch(dev.bulkhead.analysis.CostLine::notPriced);

        assertThat(report.recommendation())
                .contains("a month, not counting vCluster Platform (private nodes), internet data transfer out (not priced).");
        int recommended = OptionKey.COMPARED.indexOf(OptionKey.RECOMMENDED);
        ProposalReport.TotalsRow whole = report.totals().get(report.totals().size() - 1);
        assertThat(whole.shown(recommended)).endsWith(ComparisonTable.NOT_PRICED);
        assertThat(report.notPricedNote()).contains("vCluster Platform (private nodes)");

        String md = MarkdownReport.of(report, "ai-agent-saas.bulkhead.json");
        assertThat(md).contains("| **" + whole.shown(recommended) + "** ✓ |", report.notPricedNote());
        assertThat(HtmlReport.of(report, "ai-agent-saas.bulkhead.json")).contains(whole.shown(recommended), report.notPricedNote());
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "ai-agent-saas.bulkhead.json"))) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(flat).contains(whole.shown(recommended).replaceAll("\\s+", ""), report.notPricedNote().replaceAll("\\s+", ""));
        }
    }

    /**
     * The growth chart's figures are a table in every format, each cost of an option that leaves something unpriced
     * marked as its total is: a reviewer found the table and its marks in the Markdown only.
     */
    @Test
    void theGrowthTableWithItsNotPricedMarksIsInEveryFormat() throws Exception {
        List<ProposalReport.GrowthRow> rows = report.growthTable();
        assertThat(rows).hasSizeGreaterThan(3);
        int recommended = OptionKey.COMPARED.indexOf(OptionKey.RECOMMENDED);
        assertThat(rows).allSatisfy(row -> assertThat(row.costs().get(recommended)).endsWith(ComparisonTable.NOT_PRICED));
        assertThat(rows.get(rows.size() - 1).tenants()).isEqualTo(report.growth().shown().get(report.growth().shown().size() - 1).tenants());

        String md = MarkdownReport.of(report, "ai-agent-saas.bulkhead.json");
        String html = HtmlReport.of(report, "ai-agent-saas.bulkhead.json");
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "ai-agent-saas.bulkhead.json"))) {
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        String pdfGrowth = pdfText.substring(pdfText.lastIndexOf("Growth"));
        for (ProposalReport.GrowthRow row : rows) {
            assertThat(md).contains("| " + row.tenants() + " | " + String.join(" | ", row.costs()) + " |");
            assertThat(html).contains("<tr><td class=\"n\">" + row.tenants() + "</td><td class=\"n\">"
                    + String.join("</td><td class=\"n\">", row.costs()) + "</td></tr>");
            assertThat(pdfGrowth).contains((row.tenants() + String.join("", row.costs())).replaceAll("\\s+", ""));
        }
    }

    /**
     * The export the report lists is of the placement it recommends (the sample draws staging and prod undecided and
     * two tenants on runc, which the report argues against), and its command reproduces the scenario the report shows.
     */
    @Test
    void theListedExportIsOfTheRecommendedMixForTheScenarioShown() throws Exception {
        assertThat(ExportChoice.defaultFor(analysis.model())).as("the export's own default").isNotEqualTo(ExportChoice.RECOMMENDED);
        assertThat(report.artefacts().choice()).isEqualTo(ExportChoice.RECOMMENDED.label());
        // The mix puts vClusters on private nodes, which only vCluster Platform provides: the listed export is that edition's.
        assertThat(report.exportCommand("m.bulkhead.json")).isEqualTo("bulkhead export m.bulkhead.json --to k8s --option recommended "
                + "--vcluster-edition platform --out DIR");

        Analysis proposal = new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models/workshop-proposal.bulkhead.json")));
        Environment first = proposal.model().all(Environment.class).get(0);
        ProposalReport onScenario = ProposalReport.of(proposal, first, null, LocalDate.of(2026, 11, 30));
        assertThat(onScenario.exportCommand("w.bulkhead.json")).isEqualTo("bulkhead export w.bulkhead.json --to k8s --option recommended"
                + " --scenario 'proposal A' --environment " + first.name() + " --out DIR");
        assertThat(MarkdownReport.of(onScenario, "w.bulkhead.json")).contains("`" + onScenario.exportCommand("w.bulkhead.json") + "`");
    }

    /**
     * Tenants placed alike for the same reason share one row that counts and names them: the sample's 57 tenants
     * fit in a handful of rows (the PDF once ran to 33 pages), and each tenant is named in exactly one row, the row of
     * its own placement.
     */
    @Test
    void alikeTenantsShareOneRowThatNamesEachOfThem() throws Exception {
        List<ProposalReport.PlacementGroup> groups = report.placementGroups();
        List<ProposalReport.TenantRow> tenants = report.placements();

        assertThat(groups.size()).isLessThanOrEqualTo(tenants.size() / 4);
        assertThat(groups.stream().mapToInt(g -> g.tenants().size()).sum()).isEqualTo(tenants.size());
        for (ProposalReport.TenantRow tenant : tenants) {
            assertThat(groups).filteredOn(g -> g.environment().equals(tenant.environment()) && g.tenants().contains(tenant.tenant()))
                    .singleElement().satisfies(g -> assertThat(g.placement()).isEqualTo(tenant.placement()));
        }
        assertThat(groups).anySatisfy(g -> assertThat(g.names()).startsWith(g.tenants().size() + " tenants: "));
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "ai-agent-saas.bulkhead.json"))) {
            // The report before its appendix of cost lines, which lists every line's arithmetic and is long by design.
            PDFTextStripper stripper = new PDFTextStripper();
            int body = 0;
            while (body < pdf.getNumberOfPages()) {
                stripper.setStartPage(body + 1);
                stripper.setEndPage(body + 1);
                if (stripper.getText(pdf).contains("Appendix: cost lines")) {
                    break;
                }
                body++;
            }
            assertThat(body).isLessThan(pdf.getNumberOfPages()).isLessThanOrEqualTo(12);
        }
    }
}
