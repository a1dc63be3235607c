package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.PictureRoutes;
import dev.bulkhead.diagram.svg.SvgDiagram;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.persistence.ModelFileException;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An architect's review: the picture of the recommended mix drew every modelled connection as a plain arrow, the flows
 * its exported network policies would block too, and a committee read those as working. The mix's picture draws each
 * blocked connection dashed in the danger colour, or counts it in red where a box stands for it; the pictures of the
 * design as drawn do not.
 */
class MixBlockedFlowsTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 2);
    private static final String DANGER = DiagramTheme.of(false).colour("-bh-danger").hex();
    private static final Pattern POLYLINE = Pattern.compile("<polyline points=\"([^\"]*)\"([^>]*)/>");
    private static final Pattern TEXT = Pattern.compile("<text [^>]*fill=\"(#[0-9a-fA-F]{6})\"[^>]*>([^<]*)</text>");

    /** Each sample's report, made once: a report fits its pictures once, and the large sample's take seconds. */
    private static final Map<String, ProposalReport> REPORTS = new ConcurrentHashMap<>();

    private static ProposalReport report(String sample) {
        return REPORTS.computeIfAbsent(sample, name -> {
            try {
                return ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                        new ModelReader().read(Path.of("sample-models/" + name + ".bulkhead.json"))), null, null, DATE);
            } catch (ModelFileException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static DiagramPages.Page mixPage(ProposalReport report) {
        DiagramPages.Page page = report.diagramPages().get(report.diagramPages().size() - 1);
        assertThat(page.heading()).isEqualTo(DiagramPages.FURTHER + DiagramPages.MIX);
        return page;
    }

    /**
     * The report's page fits its picture to a landscape page, which summarises each cluster of these samples in a box of
     * counts: every blocked flow of theirs runs inside a cluster, so each box counts those inside it in red, and the
     * caption's count is what the boxes add up to.
     */
    @ParameterizedTest
    @CsvSource({"ai-agent-saas, 45", "internal-platform, 2"})
    void theMixsPageCountsEachBlockedConnectionInRedAndItsCaptionSaysHowMany(String sample, int count) throws Exception {
        ProposalReport report = report(sample);
        Set<ElementId> blocked = report.artefacts().blockedConnections();
        assertThat(blocked).as("the sample still shows the case").hasSize(count);
        DiagramPages.Page mix = mixPage(report);
        assertThat(mix.picture().blocked()).isEqualTo(blocked);
        assertThat(mix.picture().summarised()).as("the sample's page still summarises its clusters").isNotEmpty();

        assertThat(mix.caption()).contains(" " + count + " connections are drawn as blocked (" + DiagramPages.DRAWN_BLOCKED + "): "
                + "the mix's exported policies block their flows until their rules are written; '" + ReportSections.ARTEFACTS + "' ");
        String svg = ReportFigures.diagramSvg(report, mix);
        assertThat(countedInRed(svg)).isEqualTo(count);
        assertThat(dashedInDanger(svg)).as("no blocked flow of these samples is drawn on a line of its own").isEmpty();
        assertThat(texts(svg)).as("the legend").contains("blocked flow");
    }

    /**
     * Drawn in full (the picture the report fits to its page, before fitting), each blocked connection's route is a
     * dashed line in the danger colour, and every other connection's a solid line in the connections' colour.
     */
    @ParameterizedTest
    @CsvSource({"ai-agent-saas, 45", "internal-platform, 2"})
    void inFullEachBlockedConnectionIsDashedInTheDangerColourAndNoOtherIs(String sample, int count) throws Exception {
        ProposalReport report = report(sample);
        Set<ElementId> blocked = report.artefacts().blockedConnections();
        DiagramPicture picture = DiagramExport.picture(report.mixApplied(), report.diagramOptions().withBlocked(blocked));
        assertThat(picture.summarised()).isEmpty();
        String svg = SvgDiagram.of(picture, "mix");

        List<double[]> dashed = dashedInDanger(svg);
        assertThat(dashed).hasSize(count);
        List<double[]> solid = polylines(svg, attributes -> attributes.contains("stroke=\""
                + DiagramTheme.of(false).colour("-bh-connection").hex() + "\"") && !attributes.contains("stroke-dasharray"));
        for (Connection connection : report.mixApplied().model().all(Connection.class)) {
            double[] route = PictureRoutes.route(picture, connection.id());
            boolean isBlocked = blocked.contains(connection.id());
            assertThat(dashed.stream().anyMatch(p -> same(p, route))).as("%s dashed", connection.id()).isEqualTo(isBlocked);
            assertThat(solid.stream().anyMatch(p -> same(p, route))).as("%s solid", connection.id()).isEqualTo(!isBlocked);
        }
        assertThat(texts(svg)).contains("blocked flow");
    }

    /** The pictures of the design as drawn, in the report and in full, draw nothing as blocked. */
    @ParameterizedTest
    @CsvSource({"ai-agent-saas", "internal-platform"})
    void theDesignAsDrawnHasNoBlockedConnection(String sample) throws Exception {
        ProposalReport report = report(sample);
        List<DiagramPages.Page> pages = report.diagramPages();
        List<String> svgs = new ArrayList<>();
        for (DiagramPages.Page page : pages.subList(0, pages.size() - 1)) {
            assertThat(page.picture().blocked()).isEmpty();
            svgs.add(ReportFigures.diagramSvg(report, page));
        }
        svgs.add(SvgDiagram.of(report.diagram(), "as drawn"));
        for (String svg : svgs) {
            assertThat(dashedInDanger(svg)).isEmpty();
            assertThat(texts(svg)).noneMatch(text -> text.contains("blocked"));
        }
    }

    /**
     * Four lines of caption went on to a page of their own under a picture fitted to leave room for three: the caption
     * that counts the blocked connections is printed on the picture's page.
     */
    @Test
    void theCaptionIsPrintedUnderThePictureOnItsPage() throws Exception {
        ProposalReport report = report("ai-agent-saas");
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "ai-agent-saas.bulkhead.json"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            String mixPage = null;
            for (int page = 1; page <= pdf.getNumberOfPages() && mixPage == null; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ").strip();
                // Its number, then its heading (the contents name it too).
                mixPage = text.matches("\\d+ " + Pattern.quote(DiagramPages.FURTHER + DiagramPages.MIX) + " .*") ? text : null;
            }
            assertThat(mixPage).contains("45 connections are drawn as blocked")
                    .contains("'" + ReportSections.ARTEFACTS + "' lists the first and names the file with each.");
        }
    }

    /**
     * What the red texts of a picture count as blocked: a summary's "36 of them blocked", "all of them blocked" (of the
     * connections inside, counted on the line above) and "it is blocked", and a chip's "13 connections to X, 2 blocked".
     */
    private static int countedInRed(String svg) {
        int counted = 0;
        int inside = 0;
        Matcher text = TEXT.matcher(svg);
        while (text.find()) {
            String words = text.group(2);
            Matcher insideCount = Pattern.compile("(\\d+) connections? inside").matcher(words);
            if (insideCount.matches()) {
                inside = Integer.parseInt(insideCount.group(1));
            }
            if (!text.group(1).equalsIgnoreCase(DANGER)) {
                continue;
            }
            Matcher some = Pattern.compile("(?:.*, )?(\\d+)(?: of them)? blocked").matcher(words);
            Matcher all = Pattern.compile("(\\d+) connections? to .*, all blocked").matcher(words);
            if (some.matches()) {
                counted += Integer.parseInt(some.group(1));
            } else if (words.equals("all of them blocked")) {
                counted += inside;
            } else if (words.equals("it is blocked") || words.matches("1 connection to .*, blocked")) {
                counted++;
            } else if (all.matches()) {
                counted += Integer.parseInt(all.group(1));
            }
        }
        return counted;
    }

    /** The points of each dashed line in the danger colour. */
    private static List<double[]> dashedInDanger(String svg) {
        return polylines(svg, attributes -> attributes.contains("stroke=\"" + DANGER + "\"") && attributes.contains("stroke-dasharray"));
    }

    private static List<double[]> polylines(String svg, java.util.function.Predicate<String> attributes) {
        List<double[]> lines = new ArrayList<>();
        Matcher line = POLYLINE.matcher(svg);
        while (line.find()) {
            if (attributes.test(line.group(2))) {
                lines.add(java.util.Arrays.stream(line.group(1).split("[ ,]")).mapToDouble(Double::parseDouble).toArray());
            }
        }
        return lines;
    }

    private static Set<String> texts(String svg) {
        Set<String> texts = new HashSet<>();
        Matcher text = TEXT.matcher(svg);
        while (text.find()) {
            texts.add(text.group(2));
        }
        return texts;
    }

    /** Whether a line drawn in the SVG (its points to a hundredth) is a route. */
    private static boolean same(double[] drawn, double[] route) {
        if (route == null || drawn.length != route.length) {
            return false;
        }
        for (int i = 0; i < route.length; i++) {
            if (Math.abs(drawn[i] - route[i]) > 0.006) {
                return false;
            }
        }
        return true;
    }
}
