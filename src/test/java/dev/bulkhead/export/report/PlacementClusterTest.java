package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Review R12g, 1: a large model's diagram pages show clusters as counts and say their tenants are listed in "Each
 * tenant's placement", but that table named only the environment, so "where does tenant-114 run?" had no answer in
 * the PDF. Each row now says the environment and the cluster of its tenants, in every format.
 */
class PlacementClusterTest {
    @Test
    void everyTenantsRowNamesTheClusterItIsModelledIn() throws Exception {
        Model model = GeneratedModels.platform(3, 2, 150, 60, 150, 42);
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(model), null, null, LocalDate.of(2026, 12, 1));

        for (Tenant tenant : model.all(Tenant.class)) {
            String cluster = model.find(tenant.parentId()).orElseThrow().name();
            String environment = model.environmentOf(tenant.id()).orElseThrow().name();
            assertThat(report.placementGroups()).filteredOn(row -> row.tenants().contains(tenant.name())).singleElement()
                    .satisfies(row -> assertThat(row.where()).isEqualTo(environment + " · " + cluster));
        }
        String markdown = MarkdownReport.of(report, "m.bulkhead.json");
        assertThat(markdown).contains("| Tenants | Environment · cluster | Placement | Why |");
        report.placementGroups().forEach(row -> assertThat(markdown).contains("| " + row.names() + " | " + row.where() + " |"));
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Environment · cluster").contains("dev · cluster-0-0").contains("prod · cluster-2-1");
        }
    }
}
