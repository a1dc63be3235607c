package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canvas at "Fit" (issue 12): every environment, cluster and external endpoint is named in type legible on screen,
 * and no name tag covers another. At 8% a generated 300-tenant model's cluster tags covered "dev" and "prod"; at 28%
 * internal-platform's endpoints (Card network gateway, SendGrid) were blank boxes. Checked on the geometry the renderer
 * draws for a canvas of the main window's size.
 */
class NamesAtFitTest {
    /** Pixels a name needs on screen to be read. */
    private static final double LEGIBLE = 11;
    /** The canvas's size in the main window at 1600 × 1000, less its scroll bars. */
    private static final double WIDTH = 1040;
    private static final double HEIGHT = 740;

    static Stream<Object[]> models() throws Exception {
        return Stream.of(
                new Object[] {"internal-platform", Placed.of(new ModelReader().read(Path.of("sample-models", "internal-platform.bulkhead.json")))},
                new Object[] {"300 tenants", Placed.of(GeneratedModels.platform(3, 2, 300, 120, 300, 42))});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void atFitEveryContainerAndEndpointIsNamedLegiblyAndNoNameCoversAnother(String name, Model model) {
        SceneLayout scene = SceneLayout.of(model);
        Geometry content = scene.contentBounds();
        // As the canvas's Fit frames the content.
        double fit = Math.min(WIDTH / content.width(), HEIGHT / content.height());
        assertThat(fit).as("the fit zoom, where the titles give way to tags").isLessThan(DiagramPainter.TAG_ZOOM);
        RecordingSurface surface = new RecordingSurface();
        DiagramRenderer renderer = new DiagramRenderer(DiagramTheme.of(false));

        renderer.draw(surface.surface(), WIDTH, HEIGHT, fit, -content.x() * fit, -content.y() * fit, scene, Decorations.NONE,
                DiagramRenderer.detail(fit), true);

        List<String> legible = new ArrayList<>();
        for (RecordingSurface.Call call : surface.log()) {
            if (call.method().equals("text") && ((DiagramFont) call.args()[1]).size() * fit >= LEGIBLE) {
                legible.add((String) call.args()[0]);
            }
        }
        List<Element> named = new ArrayList<>();
        named.addAll(model.all(Environment.class));
        named.addAll(model.all(Cluster.class));
        named.addAll(model.all(ExternalEndpoint.class));
        for (Element element : named) {
            assertThat(legible).as(element.kind() + " " + element.name() + " legible at " + fit).contains(element.name());
        }
        List<Geometry> tags = renderer.painter().placedTags();
        assertThat(tags).hasSizeGreaterThanOrEqualTo(named.size());
        for (int i = 0; i < tags.size(); i++) {
            assertThat(content.contains(tags.get(i))).as("tag " + i + " inside the drawing Fit frames").isTrue();
            for (int j = i + 1; j < tags.size(); j++) {
                assertThat(tags.get(i).intersects(tags.get(j))).as("tags " + i + " and " + j + " overlap: " + tags.get(i) + ", " + tags.get(j))
                        .isFalse();
            }
        }
    }

    /**
     * The architect's review of the canvas at Fit: internal-platform's "Card network gateway" tag, moved left to stay
     * inside the drawing, lay on prod's header. Framed as the canvas's Fit frames it (a 32-pixel margin), no endpoint's
     * tag covers an environment's or a cluster's header band.
     */
    @org.junit.jupiter.api.Test
    void atFitNoEndpointTagCoversAContainersHeader() throws Exception {
        Model model = Placed.of(new ModelReader().read(Path.of("sample-models", "internal-platform.bulkhead.json")));
        SceneLayout scene = SceneLayout.of(model);
        Geometry content = scene.contentBounds();
        double fit = Math.min((WIDTH - 64) / content.width(), (HEIGHT - 64) / content.height());
        RecordingSurface surface = new RecordingSurface();
        DiagramRenderer renderer = new DiagramRenderer(DiagramTheme.of(false));

        renderer.draw(surface.surface(), WIDTH, HEIGHT, fit, 32 - content.x() * fit, 32 - content.y() * fit, scene, Decorations.NONE,
                DiagramRenderer.detail(fit), true);

        List<Geometry> headers = new ArrayList<>();
        for (Element container : model.elements().values()) {
            if (container instanceof Environment || container instanceof Cluster) {
                Geometry box = scene.bounds(container.id());
                headers.add(new Geometry(box.x(), box.y(), box.width(), ElementSizes.header(container.kind())));
            }
        }
        int endpointTags = 0;
        for (RecordingSurface.Call call : surface.log()) {
            String text = call.method().equals("text") ? (String) call.args()[0] : null;
            if (text == null || model.all(ExternalEndpoint.class).stream().noneMatch(endpoint -> endpoint.name().equals(text))) {
                continue;
            }
            double x = (double) call.args()[2];
            double y = (double) call.args()[3];
            for (Geometry tag : renderer.painter().placedTags()) {
                if (tag.contains(x, y)) {
                    endpointTags++;
                    for (Geometry header : headers) {
                        assertThat(tag.intersects(header)).as("the tag of %s %s on the header %s", text, tag, header).isFalse();
                    }
                }
            }
        }
        assertThat(endpointTags).as("endpoint tags drawn").isEqualTo(model.all(ExternalEndpoint.class).size());
    }
}
