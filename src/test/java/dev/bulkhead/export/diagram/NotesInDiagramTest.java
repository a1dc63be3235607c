package dev.bulkhead.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.diagram.DiagramExport.Format;
import dev.bulkhead.export.diagram.DiagramExport.Options;
import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelNotes;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Canvas notes are drawn in exported diagrams, as text a reader can find, and grow the picture to hold them. */
class NotesInDiagramTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    private static Model withNote(Model model, Geometry box) {
        ModelDocument document = new ModelDocument(model);
        ModelNotes notes = ModelNotes.NONE.withNote(new CanvasNote("note-1", "Reserved instances\nafter the audit", box));
        document.edit("Add a note", tx -> tx.setSettings(tx.settings().withNotes(notes)));
        return document.snapshot();
    }

    private static Options options(Format format) {
        return Options.of(format).withDate(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theSvgHasTheNotesTextAsTextElementsOneALine() throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"));
        Analysis analysis = ANALYZER.analyze(withNote(model, new Geometry(-400, -300, 260, 90)));

        byte[] svg = DiagramExport.render(analysis, options(Format.SVG));

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        List<String> texts = texts(document.getElementsByTagName("text"));
        assertThat(texts).contains("Reserved instances", "after the audit");
        // The note lies above and left of every element: the picture grew to hold it.
        byte[] without = DiagramExport.render(ANALYZER.analyze(model), options(Format.SVG));
        assertThat(width(svg)).isGreaterThan(width(without));
        assertThat(texts(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(without))
                .getElementsByTagName("text"))).doesNotContain("Reserved instances");
    }

    @Test
    void thePdfHasTheNotesText() throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"));
        byte[] pdf = DiagramExport.render(ANALYZER.analyze(withNote(model, new Geometry(-400, -300, 260, 90))),
                options(Format.PDF));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Reserved instances").contains("after the audit");
        }
    }

    private static double width(byte[] svg) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        return Double.parseDouble(document.getDocumentElement().getAttribute("width").replace("px", ""));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
