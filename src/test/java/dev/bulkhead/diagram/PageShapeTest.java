package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A picture fitted to a page takes the page's shape before anything is summarised (issue 12, a bank architect's
 * review): a cluster laid out ten tenants across was summarised on A4, its names collapsed into a count, while half
 * the page stayed blank. On the page its tenants are put in rows shaped for the page, every name printed at 6 pt or
 * more, the page filled, and the picture is still the model: every box inside its container, no two boxes on each
 * other, no line through a box that is not one of its ends.
 */
class PageShapeTest {
    private static PagePlan.Page page(Model model, PageSpec.Paper paper, boolean landscape, boolean oneEnvironment) {
        DiagramExport.Options options = DiagramExport.Options.of(DiagramExport.Format.PDF).withLegend(true);
        if (oneEnvironment) {
            options = options.withEnvironment(model.all(Environment.class).get(0));
        }
        DiagramPicture picture = DiagramExport.picture(new Analyzer(ReferenceData.bundled()).analyze(model), options);
        return PagePlan.of(picture, new PageSpec(paper, landscape, false)).pages().get(0);
    }

    /** The smallest size, in points as printed, each text is drawn at, and the lines drawn (in scene units). */
    private static Map<String, Double> printed(PagePlan.Page page, List<double[]> lines) {
        RecordingSurface surface = new RecordingSurface();
        page.picture().draw(surface.surface(), page.scale(), 0, 0);
        Map<String, Double> points = new HashMap<>();
        double current = 1;
        for (RecordingSurface.Call call : surface.log()) {
            if (call.method().equals("transform")) {
                current = call.number(0);
            } else if (call.method().equals("text")) {
                double size = ((DiagramFont) call.args()[1]).size() * current;
                points.merge((String) call.args()[0], size, Math::min);
            } else if (call.method().equals("strokePolyline")) {
                lines.add((double[]) call.args()[0]);
            }
        }
        return points;
    }

    /**
     * One cluster of 40 tenants, laid out eight across as the canvas places them: before this re-flow, summarised
     * on every page below, its picture covering 26-38% of the page across and 36-52% down.
     */
    @ParameterizedTest(name = "{0} landscape {1}, one environment {2}")
    @CsvSource({"A4, true, false", "A4, false, false", "LETTER, true, false", "A4, true, true"})
    void aWideClusterIsPutInRowsForThePageWithEveryTenantNamedLegibly(PageSpec.Paper paper, boolean landscape, boolean oneEnvironment) {
        Model model = GeneratedModels.platform(1, 1, 40, 0, 20, 42);
        PagePlan.Page page = page(model, paper, landscape, oneEnvironment);
        List<double[]> lines = new ArrayList<>();
        Map<String, Double> points = printed(page, lines);

        assertThat(page.picture().summarised()).as("clusters summarised").isEmpty();
        for (Tenant tenant : model.all(Tenant.class)) {
            assertThat(points.get(tenant.name())).as("tenant %s printed, points", tenant.name()).isNotNull()
                    .isGreaterThanOrEqualTo(DiagramPainter.READABLE_NAME - 1e-6);
        }
        double across = page.picture().width() * page.scale() / (page.width() - 2 * page.margin());
        double down = page.picture().height() * page.scale() / (page.height() - 2 * page.margin());
        assertThat(across).as("share of the printable width used").isGreaterThanOrEqualTo(0.7);
        assertThat(down).as("share of the printable height used").isGreaterThanOrEqualTo(0.7);
        assertStillTheModel(page.picture(), model, lines);
    }

    /**
     * Review 12f, 2: a fitted picture was never printed above a unit per CSS pixel, so a model fitted to A4 filled a
     * third of the page (the bank's bottom 40% empty), and the 250-tenant model came out as the same narrow column on
     * a landscape page as on a portrait one. The picture is enlarged until it reaches the printable width or height,
     * and on a landscape page the arrangement chosen is wider than tall.
     */
    @ParameterizedTest(name = "{0} landscape {1}")
    @CsvSource({"internal-platform, true", "internal-platform, false", "generated-250, true", "generated-250, false"})
    void aFittedPictureReachesTheEdgeOfThePageInTheArrangementForItsOrientation(String sample, boolean landscape) throws Exception {
        Model model = sample.equals("generated-250") ? GeneratedModels.platform(3, 2, 250, 120, 250, 42)
                : new dev.bulkhead.persistence.ModelReader().read(java.nio.file.Path.of("sample-models", sample + ".bulkhead.json"));
        PagePlan.Page page = page(model, PageSpec.Paper.A4, landscape, false);

        double printedWidth = page.picture().width() * page.scale();
        double printedHeight = page.picture().height() * page.scale();
        double across = printedWidth / (page.width() - 2 * page.margin());
        double down = printedHeight / (page.height() - 2 * page.margin());
        assertThat(Math.max(across, down)).as("share of the printable width or height reached (%.2f across, %.2f down)", across, down)
                .isGreaterThan(0.98);
        if (landscape) {
            assertThat(printedWidth).as("the picture's width on a landscape page").isGreaterThan(printedHeight);
        }
    }

    private static void assertStillTheModel(DiagramPicture picture, Model model, List<double[]> lines) {
        SceneLayout scene = picture.scene();
        List<Geometry> boxes = new ArrayList<>();
        for (Element element : model.elements().values()) {
            if (element instanceof Connection) {
                continue;
            }
            Geometry box = scene.bounds(element.id());
            assertThat(box).as("%s drawn", element.name()).isNotNull();
            boxes.add(box);
            if (element.parentId() != null) {
                assertThat(scene.bounds(element.parentId()).contains(box)).as("%s inside its container", element.name()).isTrue();
                for (Element sibling : model.children(element.parentId())) {
                    if (!sibling.id().equals(element.id())) {
                        assertThat(scene.bounds(sibling.id()).intersects(box)).as("%s on %s", element.name(), sibling.name()).isFalse();
                    }
                }
            }
        }
        assertThat(lines).as("lines drawn").hasSize(model.all(Connection.class).size());
        for (double[] p : lines) {
            for (Geometry box : boxes) {
                if (box.contains(p[0], p[1]) || box.contains(p[p.length - 2], p[p.length - 1])) {
                    continue;
                }
                Geometry inner = new Geometry(box.x() + 0.5, box.y() + 0.5, box.width() - 1, box.height() - 1);
                for (int i = 0; i + 3 < p.length; i += 2) {
                    assertThat(ConnectionRouter.segmentCrosses(inner, p[i], p[i + 1], p[i + 2], p[i + 3]))
                            .as("line %s crosses %s", java.util.Arrays.toString(p), box).isFalse();
                }
            }
        }
    }
}
