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
        assertThat(surface.log()).as("the 13 connections from prod's agents to the LLM API, counted once and named")
                .anyMatch(c -> c.method().equals("text") && c.args()[0].equals("13 connections to LLM provider API"));
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
                .filter(c -> c.method().equals("text") && ((String) c.args()[0]).matches("\\d+ connections? to .+")).findFirst().orElseThrow());
        RecordingSurface.Call chip = surface.log().subList(0, count).stream().filter(c -> c.method().equals("strokeRoundRect"))
                .reduce((first, second) -> second).orElseThrow();
        Geometry chipBox = new Geometry(chip.number(0), chip.number(1), chip.number(2), chip.number(3));
        for (Geometry box : boxes) {
            assertThat(box.intersects(chipBox) && !box.contains(chipBox)).as("the chip %s across the border of %s", chipBox, box).isFalse();
        }
    }

    /**
     * Review R12g: connections both ways between two summaries were two lines over each other, their arrowheads a
     * diamond in the gap, and each count sat under the box its connections went to, read as that box's own. Now one
     * line, and each direction's chip names where it goes and stands by the box it comes from.
     */
    @Test
    void connectionsBothWaysShareOneLineAndEachChipNamesWhereItsConnectionsGo() throws Exception {
        Model model = Placed.of(dev.bulkhead.testing.GeneratedModels.platform(3, 2, 1_400, 580, 2_000, 42));
        DiagramPicture picture = DiagramPicture.of(SceneLayout.of(model), Decorations.NONE, DiagramTheme.of(false), null, null, true)
                .fittedTo(745, 463);
        Cluster a = cluster(model, "cluster-0-0");
        Cluster b = cluster(model, "cluster-0-1");
        assertThat(picture.summarised()).contains(a.id(), b.id());
        RecordingSurface surface = new RecordingSurface();

        picture.draw(surface.surface(), picture.printScale().orElseThrow(), 0, 0);

        long there = between(model, a, b);
        long back = between(model, b, a);
        assertThat(there).as("the generated model still connects the two both ways").isPositive();
        assertThat(back).isPositive();
        Geometry boxA = picture.scene().bounds(a.id());
        Geometry boxB = picture.scene().bounds(b.id());
        long lines = surface.log().stream().filter(c -> c.method().equals("strokePolyline")).map(c -> (double[]) c.args()[0])
                .filter(p -> near(boxA, p[0], p[1]) && near(boxB, p[p.length - 2], p[p.length - 1])
                        || near(boxB, p[0], p[1]) && near(boxA, p[p.length - 2], p[p.length - 1]))
                .count();
        assertThat(lines).as("lines between the two boxes").isEqualTo(1);
        assertThat(chip(surface, there + " connections to cluster-0-1")).as("the chip of a's connections, by a")
                .satisfies(chip -> assertThat(chip.x()).isBetween(boxA.x() - 1, boxA.maxX()));
        assertThat(chip(surface, back + " connections to cluster-0-0")).as("the chip of b's connections, by b")
                .satisfies(chip -> assertThat(chip.x()).isBetween(boxB.x() - 1, boxB.maxX()));
    }

    private static Cluster cluster(Model model, String name) {
        return model.all(Cluster.class).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** Connections from what {@code from} holds to what {@code to} holds. */
    private static long between(Model model, Cluster from, Cluster to) {
        return model.all(dev.bulkhead.model.Connection.class).stream()
                .filter(c -> model.clusterOf(c.from()).map(Cluster::id).filter(from.id()::equals).isPresent()
                        && model.clusterOf(c.to()).map(Cluster::id).filter(to.id()::equals).isPresent())
                .count();
    }

    private static boolean near(Geometry box, double x, double y) {
        return x >= box.x() - 1 && x <= box.maxX() + 1 && y >= box.y() - 1 && y <= box.maxY() + 1;
    }

    /** The outline drawn for the chip whose text is {@code text} (the last rounded rectangle before it). */
    private static Geometry chip(RecordingSurface surface, String text) {
        int at = surface.log().indexOf(surface.log().stream().filter(c -> c.method().equals("text") && c.args()[0].equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no chip '" + text + "'")));
        RecordingSurface.Call chip = surface.log().subList(0, at).stream().filter(c -> c.method().equals("strokeRoundRect"))
                .reduce((first, second) -> second).orElseThrow();
        return new Geometry(chip.number(0), chip.number(1), chip.number(2), chip.number(3));
    }
}
