package dev.bulkhead.diagram.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.RecordingSurface;
import dev.bulkhead.diagram.chart.ScenarioPairPlot.Series;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two-scenario chart as a file or the screen draws it: the legend draws each kind of mark exactly as the plot does
 * (the as-modelled marks hollow), every mark on the plot has its legend entry, and no mark or label covers another.
 */
class ScenarioPairPlotTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private static final DiagramTheme THEME = DiagramTheme.of(false);

    private record Drawn(RecordingSurface surface, ScenarioPairPlot.Layout layout) {
    }

    private static Drawn draw(String first, String second, double width, double height) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
        Analysis a = ANALYZER.analyze(model.inScenario(first));
        Analysis b = ANALYZER.analyze(model.inScenario(second));
        RecordingSurface surface = new RecordingSurface();
        ScenarioPairPlot plot = new ScenarioPairPlot(first, a.whole(), second, b.whole(), a.pricing().symbol());
        return new Drawn(surface, plot.draw(surface.surface(), THEME, 0, 0, width, height));
    }

    /**
     * The calls that draw the mark centred at (x, y), from its fill colour to its outline, with every coordinate made
     * relative to the centre: equal lists are equal drawings, wherever they are.
     */
    private static List<String> markAt(RecordingSurface surface, double x, double y) {
        List<RecordingSurface.Call> log = surface.log();
        for (int i = 0; i + 4 < log.size(); i++) {
            RecordingSurface.Call shape = log.get(i + 3);
            boolean here = shape.method().equals("fillOval") && near(shape.number(0) + shape.number(2) / 2, x)
                    && near(shape.number(1) + shape.number(3) / 2, y)
                    || shape.method().equals("fillPolygon") && near(((double[]) shape.args()[0])[0], x)
                    && near(((double[]) shape.args()[1])[1], y);
            if (here && log.get(i).method().equals("fill")) {
                List<String> calls = new ArrayList<>();
                for (RecordingSurface.Call call : log.subList(i, i + 5)) {
                    calls.add(call.method() + relative(call, x, y));
                }
                return calls;
            }
        }
        throw new AssertionError("no mark drawn at " + x + ", " + y);
    }

    private static String relative(RecordingSurface.Call call, double x, double y) {
        return switch (call.method()) {
            case "fillOval", "strokeOval" -> List.of(round(call.number(0) - x), round(call.number(1) - y), round(call.number(2)),
                    round(call.number(3))).toString();
            case "fillPolygon" -> shifted((double[]) call.args()[0], x) + shifted((double[]) call.args()[1], y);
            case "strokePolyline" -> {
                double[] points = ((double[]) call.args()[0]).clone();
                for (int i = 0; i < points.length; i++) {
                    points[i] -= i % 2 == 0 ? x : y;
                }
                yield shifted(points, 0);
            }
            default -> List.of(call.args()).toString();
        };
    }

    private static String shifted(double[] values, double by) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(round(v - by));
        }
        return out.toString();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-6;
    }

    private static boolean overlap(Geometry a, Geometry b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    @ParameterizedTest
    @CsvSource({"current,proposal A,900,560", "proposal A,current,900,560", "current,proposal A,520,420", "current,current,900,560"})
    void theLegendDrawsEveryMarkAsThePlotDoesAndTheModelledMarksAreHollow(String first, String second, double width,
                                                                       double height) throws Exception {
        Drawn drawn = draw(first, second, width, height);
        ScenarioPairPlot.Layout layout = drawn.layout();

        assertThat(layout.marks()).hasSize(10);
        for (ScenarioPairPlot.Mark mark : layout.marks()) {
            ScenarioPairPlot.LegendMark legend = layout.legendMarks().stream()
                    .filter(l -> l.series() == mark.point().series() && l.key() == mark.point().key()).findFirst()
                    .orElseThrow(() -> new AssertionError("no legend entry for " + mark.point()));
            assertThat(markAt(drawn.surface(), legend.x(), legend.y())).as("legend of %s", mark.point())
                    .isEqualTo(markAt(drawn.surface(), mark.x(), mark.y()));
            if (mark.point().asModelled()) {
                // Hollow: filled with the background, outlined in the text colour.
                assertThat(markAt(drawn.surface(), mark.x(), mark.y()).get(0)).isEqualTo("fill" + List.of(THEME.colour("-bh-surface")));
                assertThat(markAt(drawn.surface(), mark.x(), mark.y()).get(1)).isEqualTo("stroke" + List.of(THEME.colour("-bh-text")));
            } else {
                Colour option = CostIsolationPlot.colour(THEME, mark.point().key());
                assertThat(markAt(drawn.surface(), mark.x(), mark.y()).get(0)).isEqualTo("fill" + List.of(option));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"current,proposal A,900,560", "proposal A,current,900,560", "current,proposal A,520,420", "current,current,900,560"})
    void marksLabelsAndTheLegendNeverCoverEachOther(String first, String second, double width, double height) throws Exception {
        ScenarioPairPlot.Layout layout = draw(first, second, width, height).layout();

        List<Geometry> boxes = new ArrayList<>();
        layout.marks().forEach(m -> boxes.add(m.box()));
        boxes.addAll(layout.labels());
        layout.legendMarks().forEach(m -> boxes.add(m.box()));
        boxes.addAll(layout.legendTexts());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("%s and %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
        assertThat(layout.labels()).as("both scenarios as modelled are labelled").hasSize(2);
        for (Geometry box : boxes) {
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.maxX()).isLessThanOrEqualTo(width);
            assertThat(box.maxY()).isLessThanOrEqualTo(height);
        }
    }

    @ParameterizedTest
    @CsvSource({"current,proposal A", "current,current"})
    void marksSetSideBySideStayNearTheirOwnPlace(String first, String second) throws Exception {
        ScenarioPairPlot.Layout layout = draw(first, second, 900, 560).layout();
        // The options cost the same in both scenarios here: without setting them apart the diamonds would hide the circles.
        long shared = layout.marks().stream().filter(m -> m.point().series() == Series.FIRST && !m.point().asModelled())
                .filter(m -> layout.marks().stream().anyMatch(n -> n.point().series() == Series.SECOND && n.point().key() == m.point().key()
                        && n.point().cost() == m.point().cost() && n.point().margin() == m.point().margin())).count();
        assertThat(shared).as("options plotted at one place in both scenarios").isPositive();
        for (ScenarioPairPlot.Mark mark : layout.marks()) {
            assertThat(mark.y()).isBetween(layout.plotArea().y(), layout.plotArea().maxY());
            assertThat(mark.box().x()).isGreaterThanOrEqualTo(layout.plotArea().x() - 12);
            assertThat(mark.box().maxX()).isLessThanOrEqualTo(layout.plotArea().maxX() + 12);
        }
        assertThat(layout.marks().stream().map(m -> m.point().key()).distinct()).contains(OptionKey.CURRENT);
    }

    /**
     * Each scenario's label lies nearer its own mark than any other mark (the options' marks beside it included), or a
     * leader line joins it to its mark: the rule the cost-versus-isolation chart's labels follow, through the same code.
     */
    @ParameterizedTest
    @CsvSource({"current,proposal A,900,560", "proposal A,current,900,560", "current,proposal A,520,420",
        "current,proposal A,420,320"})
    void eachScenarioLabelIsNearestItsOwnMarkOrLedToIt(String first, String second, double width, double height) throws Exception {
        Drawn drawn = draw(first, second, width, height);
        List<RecordingSurface.Call> log = drawn.surface().log();
        DiagramFont font = DiagramFont.semiBold(13);
        int labelled = 0;
        for (ScenarioPairPlot.Mark mark : drawn.layout().marks()) {
            if (!mark.point().asModelled()) {
                continue;
            }
            String prefix = mark.point().scenario() + " · ";
            RecordingSurface.Call text = log.stream().filter(c -> c.method().equals("text") && ((String) c.args()[0]).startsWith(prefix))
                    .findFirst().orElse(null);
            if (text == null) {
                continue; // no free spot anywhere: the legend names it
            }
            labelled++;
            String label = (String) text.args()[0];
            Geometry box = new Geometry(text.number(2), text.number(3) - 9, InterMetrics.width(label, font) + 2, 18);
            boolean nearestOwn = drawn.layout().marks().stream().filter(m -> m != mark).allMatch(m ->
                    CostIsolationPlotLabelsTest.distance(box, mark.x(), mark.y()) < CostIsolationPlotLabelsTest.distance(box, m.x(), m.y()));
            assertThat(nearestOwn || CostIsolationPlotLabelsTest.ledTo(log, new double[] {mark.x(), mark.y()}, box, 20))
                    .as("'%s' at %s is nearest its own mark (%.0f, %.0f) or led to it", label, box, mark.x(), mark.y()).isTrue();
        }
        assertThat(labelled).as("scenario labels drawn").isPositive();
    }
}
