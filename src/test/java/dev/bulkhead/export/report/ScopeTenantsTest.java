package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Environment;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Every format says how many tenants the report covers and how the environments make them up, as the compare view's
 * header does (review R12f, 8: "Twelve product teams" beside "35 → namespace, 1 → dedicated cluster", 36 unexplained).
 */
class ScopeTenantsTest {
    @Test
    void theTitleSaysHowManyTenantsAreInScopeAndWhere() throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json")));
        ProposalReport whole = ProposalReport.of(analysis, null, null, LocalDate.of(2026, 12, 1));
        String line = "Whole model · 36 tenants: 12 in dev, 12 in staging, 12 in prod";
        assertThat(whole.scopeWithTenants()).isEqualTo(line);
        assertThat(MarkdownReport.of(whole, "m.bulkhead.json")).contains(line);
        assertThat(HtmlReport.of(whole, "m.bulkhead.json")).contains(line);
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(whole, "m.bulkhead.json"))) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf)).contains("Scope: " + line);
        }
        Environment prod = analysis.model().all(Environment.class).stream().filter(e -> e.name().equals("prod")).findFirst().orElseThrow();
        assertThat(ProposalReport.of(analysis, prod, null, LocalDate.of(2026, 12, 1)).scopeWithTenants())
                .isEqualTo("Environment prod · 12 tenants");
    }
}
