package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.diagram.svg.SvgSurface;
import dev.bulkhead.export.diagram.MarginCheck;
import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelNotes;
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

/**
 * Every page of the PDF report keeps its text inside its margins, however long a list or a cell (review R12f, 1: on
 * a 250-tenant model the findings cell of 150 blocked flows ran off the foot of page 15 and most of it was lost), and
 * a list the report shortens names or counts each of its items in every format.
 */
class ReportMarginsTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    /** A findings cell's blocked flows, whether the report lists each or only the first ({@link DesignFindings#blockedIn}). */
    private static final Pattern BLOCKED = Pattern.compile("(\\d+) blocked by the mix's exported policies \\([^)]*\\): (.*)");

    private static ProposalReport report(Model model) {
        return ProposalReport.of(ANALYZER.analyze(model), null, null, LocalDate.of(2026, 12, 1));
    }

    @Test
    void everyPageOfTheLargeModelAndTheSamplesStaysInsideItsMarginsAndEveryBlockedFlowIsNamedOrCounted() throws Exception {
        List<ProposalReport> reports = List.of(report(GeneratedModels.platform(3, 2, 250, 120, 250, 42)),
                report(new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json"))),
                report(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"))));
        for (ProposalReport report : reports) {
            try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
                MarginCheck.assertInsideMargins(pdf);
                String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                String markdown = MarkdownReport.of(report, "m.bulkhead.json");
                String html = HtmlReport.of(report, "m.bulkhead.json");
                for (ProposalReport.FindingRow row : report.findings()) {
                    Matcher blocked = BLOCKED.matcher(row.afterMix());
                    if (!row.code().equals(FindingCode.CROSS_TENANT_CONNECTION.id()) || !blocked.find()) {
                        continue;
                    }
                    List<String> named = List.of(blocked.group(2).split("; "));
                    int counted = 0;
                    if (named.get(named.size() - 1).matches("and \\d+ more")) {
                        counted = Integer.parseInt(named.get(named.size() - 1).replaceAll("\\D", ""));
                        named = named.subList(0, named.size() - 1);
                    }
                    assertThat(named.size() + counted).as(report.title() + ": flows named and counted").isEqualTo(Integer.parseInt(blocked.group(1)));
                    assertThat(report.artefacts().blockedFlows()).as("the named flows are the export's").containsAll(named);
                    assertThat(flat).as("the PDF's findings cell, whole").contains(row.afterMix().replaceAll("\\s+", ""));
                    assertThat(markdown).contains(row.afterMix());
                    assertThat(html).contains(SvgSurface.escape(row.afterMix()));
                }
                // The list the shortened cells point to, in every format: whole, or its first and the file with each.
                for (String flow : report.blockedListed()) {
                    assertThat(flat).contains(flow.replaceAll("\\s+", ""));
                    assertThat(markdown).contains(flow);
                    assertThat(html).contains(SvgSurface.escape(flow));
                }
                String others = report.blockedOthers(ReportFiles.blockedFile(ReportFiles.DEFAULT_BASE));
                assertThat(report.blockedListed().size() + (others == null ? 0 : Integer.parseInt(others.replaceAll("^\\D*(\\d+) more.*", "$1"))))
                        .as(report.title() + ": blocked ends listed and counted").isEqualTo(report.artefacts().blocked().size());
                if (others != null) {
                    assertThat(flat).contains(others.replaceAll("\\s+", ""));
                    assertThat(markdown).contains(others);
                    assertThat(html).contains(SvgSurface.escape(others));
                }
            }
        }
    }

    /** A cell longer than a page (a note of 250 lines) goes on over the next pages, every line kept. */
    /** Lines of a note: within a note's 2,000 characters, and three pages of a table cell's lines. */
    private static final int LINES = 250;

    @Test
    void aCellLongerThanAPageGoesOnOverTheNextPages() throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"));
        StringBuilder note = new StringBuilder();
        for (int i = 1; i <= LINES; i++) {
            note.append("line").append(i).append('\n');
        }
        ModelDocument document = new ModelDocument(model);
        ModelNotes notes = ModelNotes.NONE.withNote(new CanvasNote("note-1", note.toString().strip(), new Geometry(0, 0, 200, 80)));
        document.edit("Add a long note", tx -> tx.setSettings(tx.settings().withNotes(notes)));
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report(document.snapshot()), "m.bulkhead.json"))) {
            MarginCheck.assertInsideMargins(pdf);
            java.util.Set<String> words = java.util.Set.copyOf(java.util.Arrays.asList(new PDFTextStripper().getText(pdf).split("\\s+")));
            for (int i = 1; i <= LINES; i++) {
                assertThat(words).contains("line" + i);
            }
        }
    }
}
