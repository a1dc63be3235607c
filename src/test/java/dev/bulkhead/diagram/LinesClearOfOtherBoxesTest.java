package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Element;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No connection drawn in an exported picture runs through a box that is not one of its ends (or what holds them):
 * drawn under the boxes, such a line vanished behind another tenant's card and seemed to end there (the architect's
 * review of {@code render --environment dev}). Checked on geometry: every segment of every line drawn against every
 * box drawn, for each sample environment's picture as {@code render --environment} draws it and for the whole model as
 * the report prints it (summarised clusters joined by straight lines).
 */
class LinesClearOfOtherBoxesTest {
    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform", "workshop-proposal"})
    void noLineOfAnEnvironmentsPictureCrossesABoxThatIsNotOneOfItsEnds(String sample) throws Exception {
        Model model = Placed.of(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));
        int lines = 0;
        for (Environment environment : model.all(Environment.class)) {
            DiagramPicture picture = DiagramPicture.of(SceneLayout.of(model), Decorations.NONE, DiagramTheme.of(false),
                    Set.of(environment.id()), null, false);
            lines += assertNoLineCrossesAnotherBox(picture, 1, DiagramPicture.closure(model, Set.of(environment.id())),
                    sample + " " + environment.name());
        }
        assertThat(lines).as("lines drawn").isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform"})
    void noLineOfTheReportsSummarisedPictureCrossesABoxThatIsNotOneOfItsEnds(String sample) throws Exception {
        Model model = Placed.of(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));
        DiagramPicture picture = DiagramPicture.of(SceneLayout.of(model), Decorations.NONE, DiagramTheme.of(false), null, null, true)
                .fittedTo(745, 463);

        assertThat(assertNoLineCrossesAnotherBox(picture, picture.printScale().orElseThrow(), null, sample + " report"))
                .as("lines drawn").isPositive();
    }

    /**
     * Every line drawn (a polyline, in the picture's units) against every box drawn: a segment may cross only the
     * boxes that hold one of the line's two end points (its ends and their containers). Returns how many lines.
     */
    private static int assertNoLineCrossesAnotherBox(DiagramPicture picture, double scale, Set<dev.bulkhead.model.ElementId> shown,
                                                      String what) {
        RecordingSurface surface = new RecordingSurface();
        picture.draw(surface.surface(), scale, 0, 0);
        List<Geometry> boxes = new ArrayList<>();
        for (Element element : picture.scene().drawOrder()) {
            Geometry box = picture.scene().bounds(element.id());
            if (box != null && (shown == null || shown.contains(element.id()))) {
                boxes.add(box);
            }
        }
        // Lines are recorded in scene units (the surface's transform places them), as the boxes are.
        int lines = 0;
        for (RecordingSurface.Call call : surface.log()) {
            if (call.method().equals("strokePolyline")) {
                double[] p = (double[]) call.args()[0];
                lines++;
                for (Geometry box : boxes) {
                    if (holds(box, p[0], p[1]) || holds(box, p[p.length - 2], p[p.length - 1])) {
                        continue;
                    }
                    Geometry inner = new Geometry(box.x() + 0.5, box.y() + 0.5, box.width() - 1, box.height() - 1);
                    for (int i = 0; i + 3 < p.length; i += 2) {
                        assertThat(ConnectionRouter.segmentCrosses(inner, p[i], p[i + 1], p[i + 2], p[i + 3]))
                                .as("%s: the line %s, segment %d, crosses the box %s", what, java.util.Arrays.toString(p), i / 2, box)
                                .isFalse();
                    }
                }
            }
        }
        return lines;
    }

    /** Whether a line's end point lies on or inside a box (a line starts on its end's border). */
    private static boolean holds(Geometry box, double x, double y) {
        return x >= box.x() - 0.5 && x <= box.maxX() + 0.5 && y >= box.y() - 0.5 && y <= box.maxY() + 0.5;
    }
}
