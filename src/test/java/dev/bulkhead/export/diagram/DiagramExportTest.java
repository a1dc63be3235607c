package dev.bulkhead.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.export.diagram.DiagramExport.Format;
import dev.bulkhead.export.diagram.DiagramExport.Options;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The diagram as SVG, PNG and PDF, checked as a reader of the file would: parsed, extracted, measured. */
class DiagramExportTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 30);
    private static Analysis analysis;

    @BeforeAll
    static void analyseTheSample() throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"));
        analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
    }

    private static Options options(Format format) {
        return Options.of(format).withDate(DATE);
    }

    @Test
    void svgParsesAsXmlWithATextForEveryElementNameAndNoForeignObjectOrBitmap() throws Exception {
        byte[] svg = DiagramExport.render(analysis, options(Format.SVG).withLegend(true));

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("foreignObject").getLength()).isZero();
        assertThat(document.getElementsByTagName("image").getLength()).isZero();
        List<String> texts = texts(document.getElementsByTagName("text"));
        for (Element element : analysis.model().elements().values()) {
            if (!(element instanceof Connection)) {
                assertThat(texts).as("a <text> naming " + element.kind() + " " + element.name())
                        .anyMatch(text -> text.equals(element.name()) || text.endsWith(" " + element.name()));
            }
        }
        // Icons are vector paths, and the text names a font stack that starts with the app's font.
        assertThat(document.getElementsByTagName("path").getLength()).isGreaterThan(analysis.model().elements().size() / 2);
        assertThat(document.getDocumentElement().getAttribute("font-family")).startsWith("Inter,");
    }

    @Test
    void svgOfOneEnvironmentLeavesTheOthersOut() throws Exception {
        Environment dev = analysis.model().all(Environment.class).stream().filter(e -> e.name().equals("dev")).findFirst().orElseThrow();
        byte[] svg = DiagramExport.render(analysis, options(Format.SVG).withEnvironment(dev));

        List<String> texts = texts(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg)).getElementsByTagName("text"));
        assertThat(texts).contains("ENVIRONMENT · dev").doesNotContain("ENVIRONMENT · prod", "ENVIRONMENT · staging");
        assertThat(texts).anyMatch(t -> t.contains("environment dev"));
    }

    @Test
    void oneEnvironmentKeepsTheExternalEndpointsItConnectsToWithTheConnections() throws Exception {
        Model model = analysis.model();
        Environment prod = model.all(Environment.class).stream().filter(e -> e.name().equals("prod")).findFirst().orElseThrow();
        Set<ElementId> inProd = model.elements().values().stream()
                .filter(e -> model.environmentOf(e.id()).map(env -> env.id().equals(prod.id())).orElse(false))
                .map(Element::id).collect(Collectors.toSet());
        List<Connection> egress = model.all(Connection.class).stream()
                .filter(c -> inProd.contains(c.from()) && model.find(c.to()).orElseThrow() instanceof ExternalEndpoint)
                .toList();
        assertThat(egress).as("prod's connections to external endpoints in the sample").isNotEmpty();

        byte[] svg = DiagramExport.render(analysis, options(Format.SVG).withEnvironment(prod));

        List<String> texts = texts(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg)).getElementsByTagName("text"));
        for (Connection connection : egress) {
            ExternalEndpoint endpoint = model.get(connection.to(), ExternalEndpoint.class);
            assertThat(texts).as("the endpoint " + endpoint.name()).contains(endpoint.name());
            assertThat(texts).as("the label of " + connection.name()).contains(connection.portLabel());
        }
        // Endpoints prod does not talk to stay out.
        for (ExternalEndpoint endpoint : model.all(ExternalEndpoint.class)) {
            boolean reached = model.all(Connection.class).stream().anyMatch(c -> c.to().equals(endpoint.id()) && inProd.contains(c.from())
                    || c.from().equals(endpoint.id()) && inProd.contains(c.to()));
            assertThat(texts.contains(endpoint.name())).as("endpoint " + endpoint.name() + " in prod's picture").isEqualTo(reached);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void pngDimensionsFollowTheScale(int scale) throws Exception {
        Options options = options(Format.PNG).withScale(scale);
        DiagramPicture picture = DiagramExport.picture(analysis, options);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DiagramExport.render(analysis, options)));

        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(picture.width() * scale));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(picture.height() * scale));
    }

    @Test
    void pdfHasEveryTenantNameAsRealText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(DiagramExport.render(analysis, options(Format.PDF)))) {
            String text = new PDFTextStripper().getText(pdf);
            for (Tenant tenant : analysis.model().all(Tenant.class)) {
                assertThat(text).as("the PDF's text").contains(tenant.name());
            }
            assertThat(text).contains(analysis.model().settings().name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a4", "a4 landscape", "letter", "letter landscape", "a4 tile", "letter landscape tile"})
    void pdfPagesKeepEveryTextInsideTheirMargins(String page) throws Exception {
        PageSpec spec = new PageSpec(PageSpec.Paper.parse(page.split(" ")[0]), page.contains("landscape"), page.contains("tile"));
        try (PDDocument pdf = Loader.loadPDF(DiagramExport.render(analysis, options(Format.PDF).withPage(spec).withLegend(true)))) {
            if (spec.tile()) {
                assertThat(pdf.getNumberOfPages()).as("tiles").isGreaterThan(1);
            } else {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            }
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDPage p = pdf.getPage(i);
                assertThat(p.getMediaBox().getWidth()).isCloseTo((float) spec.pageWidth(), org.assertj.core.data.Offset.offset(0.5f));
                for (TextPosition glyph : glyphs(pdf, i + 1)) {
                    double margin = PageSpec.MARGIN;
                    // Text positions are top-down; a glyph clipped away by a tile's margin box still counts, so only
                    // fitted pages must have all their text inside; tiles must have some.
                    if (!spec.tile()) {
                        assertThat(glyph.getX()).as("x of '" + glyph.getUnicode() + "' on page " + (i + 1))
                                .isBetween((float) margin - 0.5f, (float) (spec.pageWidth() - margin));
                        assertThat(glyph.getY()).as("baseline of '" + glyph.getUnicode() + "'")
                                .isBetween((float) margin, (float) (spec.pageHeight() - margin));
                    }
                }
            }
            MarginCheck.assertInsideMargins(pdf, spec);
        }
    }

    @Test
    void darkThemePaintsTheDarkCanvasColour() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DiagramExport.render(analysis,
                options(Format.PNG).withScale(1).withDark(true))));
        int corner = image.getRGB(2, 2) & 0xffffff;
        int expected = Integer.parseInt(dev.bulkhead.diagram.DiagramTheme.of(true).colour("-bh-canvas").hex().substring(1), 16);
        assertThat(Integer.toHexString(corner)).isEqualTo(Integer.toHexString(expected));
    }

    private static List<TextPosition> glyphs(PDDocument pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
