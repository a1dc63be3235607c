package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report's diagram as a risk committee reads it on paper: every name on the diagram page at least 6 pt, the
 * picture filling most of its page, and the HTML and Markdown figures the very picture the PDF prints (same size,
 * same detail), not the full detail shrunk by the browser.
 */
class ReportDiagramTest {
    private static final double LEGIBLE_POINTS = 6;

    private static ProposalReport report(String sample) throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));
        return ProposalReport.of(analysis, null, null, LocalDate.of(2026, 11, 30));
    }

    private static List<Element> named(ProposalReport report) {
        return Stream.of(Environment.class, Cluster.class, ExternalEndpoint.class)
                .flatMap(type -> report.model().all(type).stream()).map(Element.class::cast).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform"})
    void everyTextOnThePdfsDiagramPageIsAtLeastSixPointsAndNamesEachContainerAndEndpoint(String sample) throws Exception {
        ProposalReport report = report(sample);
        DiagramPage page = diagramPage(report, sample);

        assertThat(page.text()).contains("The model");
        for (TextPosition glyph : page.glyphs()) {
            assertThat((double) glyph.getFontSizeInPt()).as("'%s' on the diagram page", glyph.getUnicode())
                    .isGreaterThanOrEqualTo(LEGIBLE_POINTS - 1e-6);
        }
        for (Element element : named(report)) {
            assertThat(page.text()).as("the diagram names %s", element.name()).contains(element.name());
        }
    }

    /**
     * Review 12f, 3: the bank's clusters read "12 tenants: 12 undecided" beside a recommendation, with "undecided"
     * explained nowhere. The diagram page's legend says what it means.
     */
    @org.junit.jupiter.api.Test
    void theDiagramPageSaysWhatUndecidedMeans() throws Exception {
        DiagramPage page = diagramPage(report("internal-platform"), "internal-platform");

        assertThat(page.text()).contains("undecided");
        assertThat(page.text().replaceAll("\\s+", " ")).contains("undecided: no option chosen in the model yet");
    }

    /** The text and the glyphs of the report PDF's page 2, its diagram. */
    private record DiagramPage(String text, List<TextPosition> glyphs) {
    }

    private static DiagramPage diagramPage(ProposalReport report, String sample) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, sample + ".bulkhead.json"))) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    glyphs.addAll(positions);
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            return new DiagramPage(stripper.getText(pdf), glyphs);
        }
    }

    /** A small model keeps its detail: its environments shrink around their clusters and stack, rather than summarise. */
    @org.junit.jupiter.api.Test
    void aSmallModelsDiagramNamesEveryTenantAtSixPointsOrMore() throws Exception {
        ProposalReport report = report("workshop-proposal");
        DiagramPage page = diagramPage(report, "workshop-proposal");

        assertThat(page.glyphs()).allMatch(glyph -> glyph.getFontSizeInPt() >= LEGIBLE_POINTS - 1e-6);
        for (dev.bulkhead.model.Tenant tenant : report.model().all(dev.bulkhead.model.Tenant.class)) {
            assertThat(page.text()).as("the diagram names tenant %s", tenant.name()).contains(tenant.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform"})
    void theDiagramFillsMostOfItsPage(String sample) throws Exception {
        DiagramPicture picture = ReportFigures.diagram(report(sample));
        double scale = picture.printScale().orElseThrow();

        double filled = picture.width() * scale * picture.height() * scale / (PdfReport.DIAGRAM_WIDTH * PdfReport.DIAGRAM_HEIGHT);

        // Compact cluster summaries can leave a picture that prints at full size (a unit a CSS pixel) and still leaves room.
        if (scale < 0.75 - 1e-9) {
            assertThat(filled).as("share of the page's drawing area").isGreaterThan(0.6);
        }
    }

    /** The SVG's text sizes as printed (a CSS pixel three quarters of a point), through the groups' scales. */
    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform"})
    void htmlAndMarkdownShowThePdfsPictureAtItsPrintedSize(String sample) throws Exception {
        ProposalReport report = report(sample);
        DiagramPicture picture = ReportFigures.diagram(report);
        String svg = ReportFigures.diagramSvg(report);

        double pixels = picture.width() * picture.printScale().orElseThrow() / PageSpec.POINTS_PER_UNIT;
        Matcher width = Pattern.compile("<svg[^>]* width=\"([0-9.]+)\"").matcher(svg);
        assertThat(width.find()).isTrue();
        assertThat(Double.parseDouble(width.group(1))).isCloseTo(Math.ceil(pixels), org.assertj.core.data.Offset.offset(1.0));
        List<Double> printed = printedSizes(svg);
        assertThat(printed).isNotEmpty().allMatch(points -> points >= LEGIBLE_POINTS - 1e-6);
        assertThat(HtmlReport.of(report, sample + ".bulkhead.json")).contains(svg.substring(svg.indexOf("<svg"), svg.indexOf("<svg") + 200));
        for (Element element : named(report)) {
            // A name tag or summary (">eks-prod<"), or a title drawn in full ("ENVIRONMENT · dev", "CLUSTER eks-dev").
            assertThat(svg).containsPattern("[> ]" + Pattern.quote(element.name()) + "<");
        }
    }

    private static List<Double> printedSizes(String svg) {
        List<Double> sizes = new ArrayList<>();
        Deque<Double> scales = new ArrayDeque<>();
        scales.push(1.0);
        Matcher tag = Pattern.compile("<g( transform=\"matrix\\(([0-9.eE-]+) )?[^>]*>|</g>|<text[^>]* font-size=\"([0-9.]+)\"").matcher(svg);
        while (tag.find()) {
            if (tag.group().equals("</g>")) {
                scales.pop();
            } else if (tag.group().startsWith("<g")) {
                scales.push(tag.group(2) != null ? Double.parseDouble(tag.group(2)) : scales.peek());
            } else {
                sizes.add(Double.parseDouble(tag.group(3)) * scales.peek() * PageSpec.POINTS_PER_UNIT);
            }
        }
        return sizes;
    }
}
