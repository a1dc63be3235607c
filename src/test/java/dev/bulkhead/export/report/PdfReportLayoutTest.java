package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Environment;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF report's pages as a reader turns them. */
class PdfReportLayoutTest {
    private static final List<String> HEADINGS = List.of(ReportSections.COST_ISOLATION, ReportSections.RECOMMENDATION,
            ReportSections.SIDE_BY_SIDE, ReportSections.PLACEMENT, ReportSections.REQUIREMENTS, ReportSections.TOTALS,
            ReportSections.GROWTH, ReportSections.ASSUMPTIONS, ReportSections.PRICES, ReportSections.NOTES, ReportSections.FINDINGS,
            ReportSections.ARTEFACTS, ReportSections.APPENDIX);

    /**
     * No page ends with a section heading whose first block (a chart, a table's first rows, a paragraph's first line)
     * went on to the next page: a reviewer found internal-platform's "Growth" at the foot of a page, its chart overleaf.
     * The page's text in drawing order ends with what was drawn last on it (its number is drawn first).
     */
    @Test
    void noPageEndsWithASectionHeading() throws Exception {
        int pages = 0;
        for (String sample : List.of("internal-platform", "ai-agent-saas")) {
            Analysis analysis = new Analyzer(ReferenceData.bundled())
                    .analyze(new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json")));
            List<Environment> scopes = new ArrayList<>(analysis.model().all(Environment.class));
            scopes.add(null);
            for (Environment scope : scopes) {
                ProposalReport report = ProposalReport.of(analysis, scope, null, LocalDate.of(2026, 11, 30));
                try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, sample + ".bulkhead.json"))) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                        stripper.setStartPage(page);
                        stripper.setEndPage(page);
                        List<String> lines = stripper.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                        assertThat(HEADINGS).as("%s %s page %d ends with %s", sample, report.scopeLabel(), page, last)
                                .doesNotContain(last);
                        pages++;
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(20);
    }
}
