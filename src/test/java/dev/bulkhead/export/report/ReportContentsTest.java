package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelNotes;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * One list of sections drives the body's headings and every format's contents (review R12f, 6): the PDF's contents
 * ordered sections otherwise than its body, left out Prices and the appendix and had no page numbers; the PDF had no
 * bookmarks; HTML and Markdown had no contents and no "Each tenant's placement" heading.
 */
class ReportContentsTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    private static List<ProposalReport> reports() throws Exception {
        Model bank = new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json"));
        ModelDocument noted = new ModelDocument(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
        noted.edit("Add a note", tx -> tx.setSettings(tx.settings().withNotes(ModelNotes.NONE.withNote(
                new CanvasNote("note-1", "Reserved instances after the audit", new Geometry(0, 0, 200, 80))))));
        return List.of(ProposalReport.of(ANALYZER.analyze(bank), null, null, LocalDate.of(2026, 12, 1)),
                ProposalReport.of(ANALYZER.analyze(noted.snapshot()), null, null, LocalDate.of(2026, 12, 1)));
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void thePdfListsEverySectionInBodyOrderWithTheRightPageAndBookmarksEach() throws Exception {
        for (ProposalReport report : reports()) {
            List<String> sections = ReportSections.of(report);
            assertThat(sections).contains(ReportSections.PRICES, ReportSections.APPENDIX, ReportSections.PLACEMENT);
            try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setEndPage(1);
                List<String> lines = stripper.getText(pdf).lines().map(String::strip).toList();
                int at = lines.indexOf(ReportSections.CONTENTS);
                assertThat(at).as("a contents list on page 1").isPositive();
                List<PDOutlineItem> bookmarks = new ArrayList<>();
                pdf.getDocumentCatalog().getDocumentOutline().children().forEach(bookmarks::add);
                assertThat(bookmarks).extracting(PDOutlineItem::getTitle).isEqualTo(sections);
                int previous = 1;
                for (int i = 0; i < sections.size(); i++) {
                    String line = lines.get(at + 1 + i);
                    assertThat(line).as("contents entry %d", i).startsWith(sections.get(i)).matches(".* \\d+");
                    int page = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
                    assertThat(page).as(line).isGreaterThanOrEqualTo(previous);
                    previous = page;
                    PDFTextStripper onPage = new PDFTextStripper();
                    onPage.setStartPage(page);
                    onPage.setEndPage(page);
                    assertThat(onPage.getText(pdf).lines().map(String::strip)).as("page %d has the heading", page).contains(sections.get(i));
                    PDPageDestination target = (PDPageDestination) bookmarks.get(i).getDestination();
                    assertThat(pdf.getPages().indexOf(target.getPage()) + 1).as("bookmark " + sections.get(i)).isEqualTo(page);
                }
            }
        }
    }

    @Test
    void htmlAndMarkdownListEverySectionAsALinkToItsHeadingInBodyOrder() throws Exception {
        for (ProposalReport report : reports()) {
            List<String> sections = ReportSections.of(report);
            List<String> anchors = sections.stream().map(ReportSections::anchor).toList();
            assertThat(anchors).contains("each-tenants-placement", "totals-per-environment-per-month", "appendix-cost-lines");

            String html = HtmlReport.of(report, "m.bulkhead.json").replace("&#39;", "'");
            assertThat(all(Pattern.compile("<li><a href=\"#([^\"]+)\">"), html)).isEqualTo(anchors);
            List<String> headings = all(Pattern.compile("<h2 id=\"([^\"]+)\">"), html);
            assertThat(headings.subList(1, headings.size())).as("the body's headings after the contents").isEqualTo(anchors);

            String markdown = MarkdownReport.of(report, "m.bulkhead.json");
            assertThat(all(Pattern.compile("(?m)^- \\[[^]]+]\\(#([^)]+)\\)$"), markdown)).isEqualTo(anchors);
            assertThat(all(Pattern.compile("(?m)^## (.+)$"), markdown)).as("Markdown's headings")
                    .isEqualTo(java.util.stream.Stream.concat(java.util.stream.Stream.of("Summary", ReportSections.CONTENTS), sections.stream()).toList());
        }
    }
}
