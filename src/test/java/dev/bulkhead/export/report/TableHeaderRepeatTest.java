package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Review R12i: the bank's side-by-side table broke across two pages and its last rows ("Isolation score",
 * "Requirements") stood on the second with no column names. A table that goes on over a page starts that page with its
 * header again.
 */
class TableHeaderRepeatTest {
    @Test
    void aTableGoingOnOverAPageRepeatsItsHeaderThere() throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json"))), null, null, LocalDate.of(2026, 12, 2));
        String header = String.join(" ", report.table().columns());
        String first = report.table().rows().get(0).label() + " " + report.table().rows().get(0).cells().get(0).text();
        int pagesWithTheTable = 0;
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                // The first and the last row of the side-by-side table (no other text has these): wherever one stands, the
                // column names stand above it.
                if (text.contains(first) || text.contains("Blast radius of a compromised agent")) {
                    pagesWithTheTable++;
                    assertThat(text).as("page %d", page).contains(header);
                }
            }
        }
        assertThat(pagesWithTheTable).as("the side-by-side table still goes on over a page in this sample").isGreaterThan(1);
    }
}
