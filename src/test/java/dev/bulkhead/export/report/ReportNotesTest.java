package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelNotes;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The report lists the model's notes (canvas notes and element notes), and has no notes section without any. */
class ReportNotesTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    @Test
    void canvasAndElementNotesAreListedInMarkdownHtmlAndPdf() throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"));
        Tenant tenant = model.all(Tenant.class).get(0);
        ModelDocument document = new ModelDocument(model);
        ModelNotes notes = ModelNotes.NONE.withNote(new CanvasNote("note-1", "Reserved instances\nafter the audit",
                new Geometry(0, 0, 200, 80))).withElementNote(tenant.id(), "Owner <on leave> in March");
        document.edit("Add notes", tx -> tx.setSettings(tx.settings().withNotes(notes)));
        ProposalReport report = ProposalReport.of(ANALYZER.analyze(document.snapshot()), null, "Ada", LocalDate.of(2026, 11, 30));

        assertThat(report.notes()).containsExactly(new ProposalReport.NoteRow("Canvas note", "Reserved instances\nafter the audit"),
                new ProposalReport.NoteRow("Tenant " + tenant.name(), "Owner <on leave> in March"));
        assertThat(MarkdownReport.of(report, "m.bulkhead.json")).contains("## Notes")
                .contains("| Canvas note | Reserved instances after the audit |")
                .contains("| Tenant " + tenant.name() + " | Owner <on leave> in March |");
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).contains("<h2 id=\"notes\">Notes</h2>")
                .contains("Reserved instances<br>after the audit").contains("Owner &lt;on leave&gt; in March")
                // the report's diagram draws the canvas note
                .contains(">Reserved instances</text>");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Notes", "Reserved instances", "after the audit", "Tenant " + tenant.name(), "Owner <on leave> in March");
        }
    }

    @Test
    void aModelWithoutNotesHasNoNotesSection() throws Exception {
        Analysis analysis = ANALYZER.analyze(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
        ProposalReport report = ProposalReport.of(analysis, null, "Ada", LocalDate.of(2026, 11, 30));

        assertThat(report.notes()).isEmpty();
        assertThat(MarkdownReport.of(report, "m.bulkhead.json")).doesNotContain("## Notes");
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).doesNotContain("<h2 id=\"notes\">Notes</h2>");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            // Neither a heading nor a contents entry ("Notes 9").
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).lines().map(String::strip))
                    .noneMatch(line -> line.matches("Notes( \\d+)?"));
        }
    }
}
