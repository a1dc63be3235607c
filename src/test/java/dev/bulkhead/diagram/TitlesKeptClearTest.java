package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The architect's review of the fitted pictures: a line through "ENVIRONMENT · dev" and "13 connections" on an
 * environment's title. An environment's or cluster's title is a no-go area: no count chip, label plate or tag sits on
 * its text, and no connection line crosses it (its own environment's neither).
 */
class TitlesKeptClearTest {

    @ParameterizedTest
    @CsvSource({"internal-platform, A4, true", "internal-platform, A4, false", "internal-platform, LETTER, true",
            "internal-platform, LETTER, false", "ai-agent-saas, A4, true", "ai-agent-saas, A4, false",
            "ai-agent-saas, LETTER, true", "ai-agent-saas, LETTER, false", "internal-platform, FIT_PICTURE, false",
            "ai-agent-saas, FIT_PICTURE, false"})
    void noChipLabelOrLineCrossesAnEnvironmentOrClusterTitle(String sample, PageSpec.Paper paper, boolean landscape) throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));
        DiagramPicture picture = DiagramExport.picture(analysis, DiagramExport.Options.of(DiagramExport.Format.PDF));
        PagePlan.Page page = PagePlan.of(picture, new PageSpec(paper, landscape, false)).pages().get(0);
        RecordingSurface drawn = new RecordingSurface();
        page.picture().draw(drawn.surface(), 1, 0, 0);
        Drawing drawing = Drawing.of(drawn.log(), picture.theme().colour("-bh-connection"));

        assertThat(drawing.titles).as("%s: titles drawn", sample).isNotEmpty();
        assertThat(drawing.lines).as("%s: lines drawn", sample).isNotEmpty();
        for (Geometry title : drawing.titles) {
            for (Geometry plate : drawing.plates) {
                assertThat(plate.intersects(title)).as("%s on %s %s: plate %s on title %s", sample, paper, landscape, plate, title)
                        .isFalse();
            }
            for (double[] line : drawing.lines) {
                for (int i = 0; i + 3 < line.length; i += 2) {
                    assertThat(ConnectionRouter.segmentCrosses(title, line[i], line[i + 1], line[i + 2], line[i + 3]))
                            .as("%s on %s %s: line %s through title %s", sample, paper, landscape, Arrays.toString(line), title)
                            .isFalse();
                }
            }
        }
    }

    /** What the scene's drawing calls put where: title texts, plates with text on them (chips, labels, tags), connection lines. */
    private static final class Drawing {
        final List<Geometry> titles = new ArrayList<>();
        final List<Geometry> plates = new ArrayList<>();
        final List<double[]> lines = new ArrayList<>();

        static Drawing of(List<RecordingSurface.Call> log, Colour connection) {
            Drawing drawing = new Drawing();
            // Only the scene's calls compare: the title block and legend are drawn under transforms of their own.
            Object sceneTransform = null;
            Object transform = null;
            Object stroke = null;
            for (int i = 0; i < log.size(); i++) {
                RecordingSurface.Call call = log.get(i);
                switch (call.method()) {
                    case "transform" -> transform = List.of(call.args());
                    case "stroke" -> stroke = call.args()[0];
                    case "text" -> {
                        String text = (String) call.args()[0];
                        if (call.args()[4] == Align.LEFT && (text.startsWith("ENVIRONMENT · ") || text.startsWith("CLUSTER "))) {
                            DiagramFont font = (DiagramFont) call.args()[1];
                            double limit = call.number(5);
                            double width = InterMetrics.width(text, font);
                            width = limit > 0 ? Math.min(width, limit) : width;
                            drawing.titles.add(new Geometry(call.number(2), call.number(3) - font.size() / 2, width, font.size()));
                            sceneTransform = transform;
                        }
                    }
                    default -> {
                    }
                }
                // A plate: a filled and outlined rounded box with a text straight on it (a chip, a port label, a tag).
                if (call.method().equals("fillRoundRect") && i + 5 < log.size() && log.get(i + 3).method().equals("strokeRoundRect")
                        && log.get(i + 5).method().equals("text")) {
                    String text = (String) log.get(i + 5).args()[0];
                    if (!text.startsWith("ENVIRONMENT · ") && !text.startsWith("CLUSTER ")) {
                        drawing.plates.add(new Geometry(call.number(0), call.number(1), call.number(2), call.number(3)));
                    }
                }
                if (call.method().equals("strokePolyline") && connection.equals(stroke)) {
                    drawing.lines.add((double[]) call.args()[0]);
                }
            }
            assertThat(sceneTransform).as("the scene's transform").isNotNull();
            return drawing;
        }
    }
}
