package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Severity;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.terraform.TerraformExporter;
import dev.bulkhead.model.Tenant;
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
 * Review R12j, read as the bank's architect before its risk committee: the summary and the artefacts say which cluster
 * the mix needs that the Kubernetes export does not create and that the Terraform export does; the blocked flows need
 * their called tenant published through its cluster's ingress; the undecided PCI tenant short of its requirement is a
 * warning the mix resolves; the cost is split into infrastructure and operations time against the design as drawn; the
 * tenants connected to the regulated one are named as within its compliance scope, and the masked-data assumption is
 * stated in the summary. In every format.
 */
class CommitteeSummaryTest {
    private static final String FILE = "internal-platform.bulkhead.json";
    private static Analysis analysis;
    private static ProposalReport report;

    @BeforeAll
    static void bank() throws Exception {
        analysis = new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(Path.of("sample-models", FILE)));
        report = ProposalReport.of(analysis, null, null, LocalDate.of(2026, 12, 2));
    }

    private static String pdfText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, FILE))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSummaryAndTheArtefactsSayWhichClusterTheKubernetesExportLeavesToTheTerraformExport() throws Exception {
        assertThat(report.recommendation()).contains("Before applying it: the Terraform export must create the dedicated cluster of "
                + "prod / payments; the Kubernetes export does not.");
        String note = report.clustersToCreateNote(FILE);
        assertThat(note).contains("These files do not create the dedicated cluster the mix needs",
                "bulkhead export " + FILE + " --to terraform --option recommended --out DIR",
                "prod / payments (cluster gke-prod-payments-prod, calling modules/cluster-gke; its objects here are under "
                        + "prod/dedicated-payments-prod/)");
        // What the note claims is what the two exports write: the Kubernetes export's folder, the Terraform root's cluster.
        assertThat(report.artefacts().files()).anyMatch(path -> path.startsWith("prod/dedicated-payments-prod/"));
        ExportBundle terraform = new TerraformExporter().export(analysis, ExportSettings.of(ExportChoice.RECOMMENDED), progress -> { });
        String root = terraform.file("envs/prod/dedicated-payments-prod/main.tf");
        assertThat(root).contains("source = \"../../../modules/cluster-gke\"", "name               = \"gke-prod-payments-prod\"",
                "namespace = {");
        assertThat(terraform.files()).containsKey("modules/cluster-gke/main.tf");

        assertThat(MarkdownReport.of(report, FILE)).contains("`bulkhead export " + FILE + " --to terraform --option recommended --out DIR`",
                "gke-prod-payments-prod");
        assertThat(HtmlReport.of(report, FILE)).contains("<code>bulkhead export " + FILE + " --to terraform --option recommended "
                + "--out DIR</code>", "gke-prod-payments-prod");
        assertThat(pdfText()).contains("These files do not create the dedicated cluster", "cluster gke-prod-payments-prod");
    }

    @Test
    void theSummarySaysOnceThatTheBlockedFlowsNeedTheirCalledTenantPublishedThroughItsIngress() {
        assertThat(report.recommendation()).contains("would block 2 modelled flows (prod / checkout → prod / payments; prod / payments "
                + "→ prod / fraud-detection) until their rules are written, with address ranges, and the called tenant published "
                + "through its cluster's ingress.");
    }

    @Test
    void theUndecidedPaymentsTenantShortOfItsRequirementIsAWarningTheMixResolves() {
        Tenant prodPayments = analysis.model().all(Tenant.class).stream()
                .filter(t -> report.path(t.id()).equals("prod / payments")).findFirst().orElseThrow();
        List<Finding> unmet = analysis.findings().stream().filter(f -> f.code() == FindingCode.REQUIREMENT_UNMET).toList();
        assertThat(unmet).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo(prodPayments.id());
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(report.findings()).filteredOn(row -> row.code().equals(FindingCode.REQUIREMENT_UNMET.id())).singleElement()
                .satisfies(row -> {
                    assertThat(row.severity()).isEqualTo("warning");
                    assertThat(row.afterMix()).isEqualTo(ProposalReport.FindingRow.RESOLVED);
                });
        // Its one warning counted where the summary says what the mix leaves standing.
        assertThat(report.recommendation()).endsWith(" Applied, it resolves the design's 1 warning.");
    }

    @Test
    void theSummarySplitsInfrastructureFromOperationsTimeAgainstTheDesignAsDrawn() throws Exception {
        OptionResult mix = report.scope().option(OptionKey.RECOMMENDED);
        OptionResult current = report.scope().option(OptionKey.CURRENT);
        // By hand from the side-by-side table: $6,087.84 + $3,200.00 = $9,287.84, and $5,990.94 + $2,400.00 = $8,390.94.
        assertThat(mix.infrastructure().add(mix.operations())).isEqualByComparingTo(mix.monthlyCost());
        assertThat(Amounts.exact("$", mix.monthlyCost())).isEqualTo("$9,287.84");
        assertThat(Amounts.exact("$", current.monthlyCost())).isEqualTo("$8,390.94");
        String sentence = "$6,087.84 infrastructure + $3,200.00 operations time (4 clusters × 8 h × $100.00/h, assumed) = $9,287.84; "
                + "against the design as drawn ($8,390.94): +$96.90 + $800.00 = +$896.90 a month.";
        assertThat(report.recommendation()).contains(sentence);
        assertThat(MarkdownReport.of(report, FILE)).contains(sentence);
        assertThat(pdfText()).contains("+$96.90 + $800.00 = +$896.90 a month.");
    }

    @Test
    void aDropOfOperationsTimeIsSignedMinus() {
        assertThat(CostSplit.signed("$", new java.math.BigDecimal("-1200.50"))).isEqualTo("-$1,200.50");
        assertThat(CostSplit.signed("$", java.math.BigDecimal.ZERO)).isEqualTo("+$0.00");
    }

    @Test
    void theRequirementsNameWhatConnectsToTheRegulatedTenantAndTheSummaryStatesTheMaskedDataAssumption() {
        String connected = "Connected to a regulated tenant, and so within its compliance scope as systems connected to it (its "
                + "assessment covers them too): prod / checkout (calls prod / payments; under the mix a namespace in gke-prod); "
                + "prod / fraud-detection (called by prod / payments; under the mix a namespace in gke-prod).";
        // Dev's and staging's payments hold no regulated data: what connects to them is not in a compliance scope.
        assertThat(report.requirements().connectedToRegulated()).containsExactly(connected);
        assertThat(MarkdownReport.of(report, FILE)).contains(connected);
        assertThat(HtmlReport.of(report, FILE)).contains(connected.replace("'", "&#39;").replace("\"", "&quot;"));
        assertThat(report.recommendation()).contains("Assumed: dev and staging hold only masked or synthetic data, so payments there "
                + "is held as an internal team.");
    }
}
