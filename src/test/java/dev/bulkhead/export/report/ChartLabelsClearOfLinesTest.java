package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.RecordingSurface;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report's cost-versus-isolation chart keeps its labels off the grey line (the cheapest choice at each margin):
 * a reviewer found internal-platform's "Namespace · $8,307 + not priced" struck through by it.
 */
class ChartLabelsClearOfLinesTest {
    @ParameterizedTest
    @ValueSource(strings = {"internal-platform", "ai-agent-saas"})
    void noLabelIsCrossedByTheGreyLine(String sample) throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json"))), null, null, LocalDate.of(2026, 11, 30));
        RecordingSurface surface = new RecordingSurface();
        List<Geometry> labels = report.costIsolation().draw(surface.surface(), DiagramTheme.of(false), 0, 0,
                ReportFigures.CHART_WIDTH, ReportFigures.CHART_HEIGHT).labels();
        double[] line = surface.log().stream().filter(c -> c.method().equals("strokePolyline")).map(c -> (double[]) c.args()[0])
                .findFirst().orElseThrow();
        assertThat(labels).isNotEmpty();
        for (Geometry label : labels) {
            for (int i = 0; i + 3 < line.length; i += 2) {
                assertThat(crosses(line[i], line[i + 1], line[i + 2], line[i + 3], label))
                        .as("label %s crossed by segment %.0f,%.0f-%.0f,%.0f", label, line[i], line[i + 1], line[i + 2], line[i + 3])
                        .isFalse();
            }
        }
    }

    /**
     * Nor do labels sit on the chart's gridlines (the architect read "Namespace · $8,307" struck through by one): no
     * label's box is crossed by a gridline, unless it lies on a plate of the chart's background that hides the line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"internal-platform", "ai-agent-saas", "workshop-proposal", "workshop-starter"})
    void noLabelSitsOnAGridlineUnlessOnAPlate(String sample) throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json"))), null, null, LocalDate.of(2026, 11, 30));
        RecordingSurface surface = new RecordingSurface();
        List<Geometry> labels = report.costIsolation().draw(surface.surface(), DiagramTheme.of(false), 0, 0,
                ReportFigures.CHART_WIDTH, ReportFigures.CHART_HEIGHT).labels();
        List<RecordingSurface.Call> log = surface.log();
        List<double[]> gridlines = new java.util.ArrayList<>();
        List<Geometry> plates = new java.util.ArrayList<>();
        double width = 0;
        for (RecordingSurface.Call call : log) {
            if (call.method().equals("lineWidth")) {
                width = call.number(0);
            } else if (call.method().equals("strokeLine") && width == 0.6 && call.number(1) == call.number(3)) {
                gridlines.add(new double[] {call.number(0), call.number(1), call.number(2)});
            } else if (call.method().equals("fillRect")) {
                plates.add(new Geometry(call.number(0), call.number(1), call.number(2), call.number(3)));
            }
        }
        assertThat(gridlines).as("gridlines drawn").hasSizeGreaterThanOrEqualTo(2);
        assertThat(labels).isNotEmpty();
        for (Geometry label : labels) {
            for (double[] line : gridlines) {
                boolean crossed = line[1] > label.y() && line[1] < label.maxY() && line[0] < label.maxX() && line[2] > label.x();
                assertThat(crossed && !plates.contains(label)).as("%s: label %s on the gridline at y %.1f", sample, label, line[1])
                        .isFalse();
            }
        }
    }

    /** The grey line had no key: every format's caption says what it is, in the compare window's words. */
    @org.junit.jupiter.api.Test
    void everyFormatSaysWhatTheGreyLineIs() throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json"))), null, null, LocalDate.of(2026, 11, 30));
        String key = "the grey line joins the cheapest choice at each margin";
        assertThat(MarkdownReport.of(report, "m.bulkhead.json")).contains(key);
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).contains(key);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(key);
        }
    }

    /** Whether the segment passes through the box: sampled every half unit, enough for boxes of text height. */
    private static boolean crosses(double x0, double y0, double x1, double y1, Geometry box) {
        int steps = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
        for (int k = 0; k <= steps; k++) {
            double t = steps == 0 ? 0 : (double) k / steps;
            double x = x0 + (x1 - x0) * t;
            double y = y0 + (y1 - y0) * t;
            if (x > box.x() && x < box.x() + box.width() && y > box.y() && y < box.y() + box.height()) {
                return true;
            }
        }
        return false;
    }
}
