package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Presentation mode draws the canvas to be read across a room: at any zoom every text the renderer draws is at
 * least the reading size on screen, each element is named (wrapped, or cut short with an ellipsis, never squeezed),
 * and drawing as usual afterwards brings the small print back. Checked on what the renderer asks a surface to draw.
 */
class ReadingSizeTest {
    private static final double READING = 24;

    private static List<RecordingSurface.Call> texts(DiagramRenderer renderer, Model model, double zoom) {
        RecordingSurface surface = new RecordingSurface();
        SceneLayout scene = SceneLayout.of(model);
        Geometry all = scene.contentBounds();
        renderer.draw(surface.surface(), 4000, 3000, zoom, -all.x() * zoom + 10, -all.y() * zoom + 10, scene, Decorations.NONE,
                renderer.painter().isReading() ? 0 : DiagramRenderer.detail(zoom), true);
        return surface.log().stream().filter(c -> c.method().equals("text")).toList();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.5, 0.8, 1.0, 1.4})
    void everyTextIsAtLeastTheReadingSizeAndEveryTenantIsNamed(double zoom) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
        DiagramRenderer renderer = new DiagramRenderer(DiagramTheme.of(false));
        renderer.painter().reading(READING);

        List<RecordingSurface.Call> texts = texts(renderer, model, zoom);

        assertThat(texts).isNotEmpty();
        for (RecordingSurface.Call text : texts) {
            DiagramFont font = (DiagramFont) text.args()[1];
            assertThat(font.size() * zoom).as("'%s' on screen", text.args()[0]).isGreaterThanOrEqualTo(READING - 1e-9);
            assertThat(text.number(5)).as("'%s' is never squeezed", text.args()[0]).isLessThanOrEqualTo(0);
        }
        List<String> drawn = texts.stream().map(t -> (String) t.args()[0]).toList();
        assertThat(drawn).as("a letter and an ellipsis tell the room nothing").noneMatch(t -> t.endsWith("…") && t.length() <= 3);
        for (dev.bulkhead.model.Environment environment : model.all(dev.bulkhead.model.Environment.class)) {
            assertThat(drawn).contains(environment.name());
        }
        if (zoom < 0.5) {
            return; // a tenant's card is narrower on screen than a name in this type: the containers name the view
        }
        for (Tenant tenant : model.all(Tenant.class)) {
            // Its name, or the name's first line or start: "partner-" of "partner-acme", "tutor-sand…".
            String start = tenant.name().substring(0, Math.min(3, tenant.name().length()));
            assertThat(drawn).as("the name of %s", tenant.name()).anyMatch(t -> t.startsWith(start));
        }
    }

    /** The sample story's canvas steps print every name whole on the projector (review 14e: "partner-…", "tutor-sa…" at 80%). */
    @org.junit.jupiter.api.Test
    void everyCanvasStepOfTheSampleStoryPrintsEveryNameWhole() throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
        for (dev.bulkhead.model.StoryStep step : model.stories().all().get(0).steps()) {
            if (step.view().compare()) {
                continue;
            }
            DiagramRenderer renderer = new DiagramRenderer(DiagramTheme.of(false));
            renderer.painter().reading(READING);
            List<String> drawn = texts(renderer, model.inScenario(step.scenario()), step.view().zoom()).stream()
                    .map(t -> (String) t.args()[0]).toList();
            assertThat(drawn).as("step at %s%% in %s", Math.round(step.view().zoom() * 100), step.scenario()).noneMatch(t -> t.contains("…"));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.8, 1.0})
    void eachNameFitsItsElementOnScreen(double zoom) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
        DiagramRenderer renderer = new DiagramRenderer(DiagramTheme.of(false));
        renderer.painter().reading(READING);
        SceneLayout scene = SceneLayout.of(model);
        Geometry all = scene.contentBounds();
        List<RecordingSurface.Call> texts = texts(renderer, model, zoom);

        for (Element element : model.elements().values()) {
            if (element.kind() == dev.bulkhead.model.ElementKind.CONNECTION) {
                continue;
            }
            Geometry box = scene.bounds(element.id());
            for (RecordingSurface.Call text : texts) {
                double x = text.number(2);
                double y = text.number(3);
                if (box.contains(x, y) && ((String) text.args()[0]).startsWith(element.name().substring(0, 1))
                        && element.name().startsWith(((String) text.args()[0]).replace("…", "").strip())) {
                    double width = InterMetrics.width((String) text.args()[0], (DiagramFont) text.args()[1]);
                    assertThat(x + width).as("'%s' inside %s", text.args()[0], element.name()).isLessThanOrEqualTo(box.maxX() + 1e-6);
                }
            }
        }
        assertThat(all.width()).isPositive();
    }

    /**
     * A card whose label runs to two lines or more keeps its fact (a tenant's option, an agent's runtime) as one of
     * them: a wrapped name must not take the line that tells the room what the card is.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.8, 1.0, 1.5})
    void aWrappedNameLeavesItsCardTheLineOfItsOptionOrRuntime(double zoom) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
        DiagramRenderer renderer = new DiagramRenderer(DiagramTheme.of(false));
        renderer.painter().reading(READING);
        SceneLayout scene = SceneLayout.of(model);
        List<RecordingSurface.Call> texts = texts(renderer, model, zoom);

        int labelsOfTwoLines = 0;
        for (Element element : model.elements().values()) {
            String fact = element instanceof Tenant tenant ? dev.bulkhead.model.TenancyOption.labelOf(DiagramPainter.effectiveOption(model, tenant))
                    : element instanceof dev.bulkhead.model.Agent agent ? agent.runtime().label() : null;
            if (fact == null) {
                continue;
            }
            Geometry box = scene.bounds(element.id());
            List<Geometry> children = model.children(element.id()).stream().map(c -> scene.bounds(c.id())).toList();
            List<String> label = texts.stream().filter(t -> box.contains(t.number(2), t.number(3))
                    && children.stream().noneMatch(c -> c.contains(t.number(2), t.number(3)))).map(t -> (String) t.args()[0]).toList();
            if (label.size() >= 2) {
                labelsOfTwoLines++;
                assertThat(label).as("the label of %s at zoom %s", element.name(), zoom)
                        .anyMatch(line -> fact.startsWith(line.replace("…", "")));
            }
        }
        assertThat(labelsOfTwoLines).as("cards with a label of two lines or more").isPositive();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0})
    void turnedOffTheUsualDetailReturns(double zoom) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
        DiagramRenderer renderer = new DiagramRenderer(DiagramTheme.of(false));
        renderer.painter().reading(READING);
        texts(renderer, model, zoom);
        renderer.painter().reading(0);

        List<RecordingSurface.Call> texts = texts(renderer, model, zoom);

        List<Double> sizes = new ArrayList<>();
        texts.forEach(t -> sizes.add(((DiagramFont) t.args()[1]).size()));
        assertThat(sizes).as("small print is back").anyMatch(size -> size < 12);
        assertThat(texts.stream().map(t -> (String) t.args()[0])).anyMatch(t -> t.startsWith("ENVIRONMENT · "));
    }
}
