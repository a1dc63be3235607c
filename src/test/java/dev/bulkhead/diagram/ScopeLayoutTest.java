package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A picture of one environment is laid out around what it shows: the external endpoints it talks to stand just right
 * of it (on the canvas they may sit beside another environment thousands of units away, which left the picture
 * mostly empty), and the picture is no wider than the environment, that column and its margins. Every sample, every
 * environment.
 */
class ScopeLayoutTest {
    /** Routes may bend a little outside the boxes, and finding badges stick out. */
    private static final double SLACK = 64;

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform", "workshop-proposal", "workshop-starter"})
    void eachEnvironmentsEndpointsStandBesideItAndThePictureFitsAroundBoth(String sample) throws Exception {
        Model model = Placed.of(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));
        for (Environment environment : model.all(Environment.class)) {
            Set<dev.bulkhead.model.ElementId> shown = DiagramPicture.closure(model, Set.of(environment.id()));
            Model arranged = ScopeLayout.around(model, Set.of(environment.id()), shown);
            SceneLayout scene = SceneLayout.of(arranged);
            Geometry box = scene.bounds(environment.id());
            double widest = 0;
            for (ExternalEndpoint endpoint : model.all(ExternalEndpoint.class)) {
                if (shown.contains(endpoint.id())) {
                    Geometry at = scene.bounds(endpoint.id());
                    assertThat(at.x()).as("%s beside %s", endpoint.name(), environment.name())
                            .isEqualTo(box.maxX() + ScopeLayout.GAP);
                    assertThat(at.y()).as("%s no higher than %s", endpoint.name(), environment.name()).isGreaterThanOrEqualTo(box.y());
                    widest = Math.max(widest, at.width());
                }
            }
            assertThat(scene.bounds(environment.id())).as("the environment itself stays put")
                    .isEqualTo(SceneLayout.of(model).bounds(environment.id()));

            DiagramPicture picture = DiagramPicture.of(SceneLayout.of(model), Decorations.NONE, DiagramTheme.of(false),
                    Set.of(environment.id()), null, false);

            double expected = box.width() + (widest > 0 ? ScopeLayout.GAP + widest : 0) + 2 * DiagramPicture.PADDING;
            assertThat(picture.width()).as("the picture of %s %s", sample, environment.name()).isLessThanOrEqualTo(expected + SLACK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas"})
    void theModelDrawnInFullKeepsItsEndpointsWhereTheUserPutThem(String sample) throws Exception {
        Model model = Placed.of(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));

        Model arranged = ScopeLayout.around(model, Set.of(), DiagramPicture.closure(model, Set.of()));

        assertThat(arranged).isSameAs(model);
    }
}
