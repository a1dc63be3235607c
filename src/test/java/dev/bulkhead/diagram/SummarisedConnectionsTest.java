package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A picture printed too small for the tenants' names summarises each cluster by a tag with its counts; the
 * connections to the cards it leaves out are drawn to the cluster's border (never into the summary box, where they
 * would point at nothing), those between the same two boxes once with their count.
 */
class SummarisedConnectionsTest {
    @Test
    void connectionsStopAtTheBorderOfTheClusterThatSummarisesTheirEnds() throws Exception {
        Model model = Placed.of(new ModelReader().read(Path.of("sample-models", "ai-agent-saas.bulkhead.json")));
        DiagramPicture picture = DiagramPicture.of(SceneLayout.of(model), Decorations.NONE, DiagramTheme.of(false), null, null, true)
                .fittedTo(745, 463);
        assertThat(picture.summarised()).as("the clusters summarised at this size").isNotEmpty();
        RecordingSurface surface = new RecordingSurface();

        picture.draw(surface.surface(), picture.printScale().orElseThrow(), 0, 0);

        List<RecordingSurface.Call> lines = surface.log().stream().filter(c -> c.method().equals("strokePolyline")).toList();
        assertThat(lines).as("the connections out of the clusters").isNotEmpty();
        for (RecordingSurface.Call line : lines) {
            double[] p = (double[]) line.args()[0];
            for (int end : new int[] {0, p.length - 2}) {
                for (dev.bulkhead.model.ElementId summarised : picture.summarised()) {
                    Cluster cluster = model.get(summarised, Cluster.class);
                    Geometry box = picture.scene().bounds(cluster.id());
                    boolean inside = p[end] > box.x() + 1 && p[end] < box.maxX() - 1 && p[end + 1] > box.y() + 1
                            && p[end + 1] < box.maxY() - 1;
                    assertThat(inside).as("a line's end inside %s", cluster.name()).isFalse();
                }
            }
        }
        assertThat(surface.log()).as("the 13 connections from prod's agents to the LLM API, counted once")
                .anyMatch(c -> c.method().equals("text") && ((String) c.args()[0]).matches("\\d+ connections"));
    }

    /** One outline per endpoint with its name inside (no tag over it), and the count chip clear of every box. */
    @Test
    void eachEndpointIsOneBoxAndTheCountChipSitsClearOfTheBoxes() throws Exception {
        Model model = Placed.of(new ModelReader().read(Path.of("sample-models", "ai-agent-saas.bulkhead.json")));
        DiagramPicture picture = DiagramPicture.of(SceneLayout.of(model), Decorations.NONE, DiagramTheme.of(false), null, null, true)
                .fittedTo(745, 463);
        RecordingSurface surface = new RecordingSurface();

        picture.draw(surface.surface(), picture.printScale().orElseThrow(), 0, 0);

        List<RecordingSurface.Call> outlines = surface.log().stream().filter(c -> c.method().equals("strokeRoundRect")).toList();
        List<Geometry> boxes = new java.util.ArrayList<>();
        for (dev.bulkhead.model.ExternalEndpoint endpoint : model.all(dev.bulkhead.model.ExternalEndpoint.class)) {
            Geometry box = picture.scene().bounds(endpoint.id());
            boxes.add(box);
            long drawn = outlines.stream().filter(c -> c.number(0) >= box.x() - 1 && c.number(0) < box.maxX()
                    && c.number(1) >= box.y() - 1 && c.number(1) < box.maxY()).count();
            assertThat(drawn).as("outlines drawn at %s", endpoint.name()).isEqualTo(1);
        }
        model.all(Cluster.class).forEach(cluster -> boxes.add(picture.scene().bounds(cluster.id())));
        model.all(dev.bulkhead.model.Environment.class).forEach(environment -> boxes.add(picture.scene().bounds(environment.id())));
        int count = surface.log().indexOf(surface.log().stream()
                .filter(c -> c.method().equals("text") && ((String) c.args()[0]).matches("\\d+ connections")).findFirst().orElseThrow());
        RecordingSurface.Call chip = surface.log().subList(0, count).stream().filter(c -> c.method().equals("strokeRoundRect"))
                .reduce((first, second) -> second).orElseThrow();
        Geometry chipBox = new Geometry(chip.number(0), chip.number(1), chip.number(2), chip.number(3));
        for (Geometry box : boxes) {
            assertThat(box.intersects(chipBox) && !box.contains(chipBox)).as("the chip %s across the border of %s", chipBox, box).isFalse();
        }
    }
}
