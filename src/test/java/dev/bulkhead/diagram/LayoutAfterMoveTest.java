package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelEvent;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.testing.GeneratedModels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * A drop updates the scene layout in place for what it moved (issue 16) instead of laying the whole model out again:
 * after any sequence of random drops, the updated layout is the one laid out from scratch, box for box and route for
 * route, and so are its hit tests and look-ups.
 */
class LayoutAfterMoveTest {
    private static final Model MODEL = Placed.of(GeneratedModels.platform(2, 2, 120, 60, 150, 7));

    @RepeatedTest(8)
    void afterRandomDropsTheUpdatedLayoutEqualsOneLaidOutFromScratch(RepetitionInfo repetition) {
        Random random = new Random(1_000 + repetition.getCurrentRepetition());
        ModelDocument document = new ModelDocument(MODEL);
        AtomicReference<Set<ElementId>> changed = new AtomicReference<>();
        document.addListener(event -> {
            if (event instanceof ModelEvent.Edited edited) {
                changed.set(edited.summary().layoutChanged());
            }
        });
        SceneLayout scene = SceneLayout.of(document.snapshot());
        routeAround(scene, random);
        for (int drop = 0; drop < 6; drop++) {
            List<Element> moving = pick(document.snapshot(), random);
            double dx = Math.round(random.nextGaussian() * 300);
            double dy = Math.round(random.nextGaussian() * 200);
            move(document, moving, dx, dy);

            SceneLayout updated = SceneLayout.afterLayoutChange(document.snapshot(), scene, changed.get());

            assertThat(updated.damage()).as("updated in place, not laid out again").isNotNull();
            assertSameLayout(updated, SceneLayout.of(document.snapshot()), random);
            scene = updated;
            routeAround(scene, random);
        }
    }

    @Test
    void whatMovedIsDamagedWithItsConnectionsAndNothingElse() {
        ModelDocument document = new ModelDocument(MODEL);
        SceneLayout before = SceneLayout.of(document.snapshot());
        before.routeAll(MODEL.all(Connection.class).stream().map(Connection::id).toList());
        Tenant tenant = MODEL.all(Tenant.class).get(3);
        move(document, List.of(tenant), 96, 48);

        SceneLayout after = SceneLayout.afterLayoutChange(document.snapshot(), before, Set.of(tenant.id()));

        List<Geometry> expected = new ArrayList<>();
        for (ElementId id : subtree(MODEL, tenant.id())) {
            expected.add(before.bounds(id));
            expected.add(after.bounds(id));
        }
        assertThat(after.damage().boxes()).containsExactlyInAnyOrderElementsOf(expected);
        for (Connection connection : document.snapshot().connectionsOf(tenant.id())) {
            assertThat(after.damage().oldRoutes()).as(connection.id().value()).containsKey(connection.id());
            assertThat(after.damage().oldRoutes().get(connection.id())).isEqualTo(before.route(connection.id()));
        }
        assertThat(after.damage().oldRoutes().size()).as("most routes are kept").isLessThan(MODEL.all(Connection.class).size() / 2);
    }

    @Test
    void anEditThatIsNotAMoveLaysTheModelOutAgain() {
        ModelDocument document = new ModelDocument(MODEL);
        SceneLayout before = SceneLayout.of(document.snapshot());
        Cluster cluster = MODEL.all(Cluster.class).get(0);
        document.edit("Collapse", tx -> {
            ElementLayout layout = tx.layoutOf(cluster.id()).orElseThrow();
            tx.setLayout(cluster.id(), new ElementLayout(layout.geometry(), true));
        });

        SceneLayout after = SceneLayout.afterLayoutChange(document.snapshot(), before, Set.of(cluster.id()));

        assertThat(after.damage()).as("collapsing hides what the cluster holds: laid out from scratch").isNull();
        assertSameLayout(after, SceneLayout.of(document.snapshot()), new Random(3));
    }

    /**
     * The canvas benchmark's drop (issue 16): 200 tenants of six clusters nudged right and down at 100%, each cluster
     * and environment grown around them as the canvas's move does. Only the tenants, their agents and the containers
     * that grew are placed again, not the thousands of elements the containers hold.
     */
    @Test
    void aDropThatGrowsItsContainersRePlacesOnlyWhatMovedOnScreen() {
        ModelDocument document = new ModelDocument(Placed.of(GeneratedModels.platform(3, 2, 1_400, 580, 2_000, 42)));
        SceneLayout before = SceneLayout.of(document.snapshot());
        before.routeAll(document.snapshot().all(Connection.class).stream().map(Connection::id).toList());
        List<Element> tenants = new ArrayList<>(document.snapshot().all(Tenant.class).subList(0, 200));
        AtomicReference<Set<ElementId>> changed = new AtomicReference<>();
        document.addListener(event -> {
            if (event instanceof ModelEvent.Edited edited) {
                changed.set(edited.summary().layoutChanged());
            }
        });
        moveAndGrow(document, tenants, 24, 16);

        SceneLayout after = SceneLayout.afterLayoutChange(document.snapshot(), before, changed.get());

        SceneLayout fresh = SceneLayout.of(document.snapshot());
        List<Geometry> movedOnScreen = new ArrayList<>();
        int grown = 0;
        for (Element element : document.snapshot().elements().values()) {
            Geometry was = before.bounds(element.id());
            Geometry is = fresh.bounds(element.id());
            if (was != null && !was.equals(is)) {
                movedOnScreen.add(was);
                movedOnScreen.add(is);
                grown += element instanceof Cluster || element instanceof dev.bulkhead.model.Environment ? 1 : 0;
            }
        }
        assertThat(grown).as("the drop grew containers, as the benchmark's does").isPositive();
        assertThat(after.damage()).as("updated in place, not laid out again").isNotNull();
        assertThat(after.damage().boxes()).as("only what moved on screen").containsExactlyInAnyOrderElementsOf(movedOnScreen);
        for (Element tenant : tenants) {
            for (Connection connection : document.snapshot().connectionsOf(tenant.id())) {
                assertThat(after.damage().oldRoutes()).as(connection.id().value()).containsKey(connection.id());
            }
        }
        assertThat(after.damage().oldRoutes().size()).as("routes away from the drop are kept")
                .isLessThan(document.snapshot().all(Connection.class).size() / 2);
        assertSameLayout(after, fresh, new Random(5));
    }

    @Test
    void aDropIntoAnotherClusterLaysTheModelOutAgain() {
        ModelDocument document = new ModelDocument(MODEL);
        SceneLayout before = SceneLayout.of(document.snapshot());
        Cluster target = MODEL.all(Cluster.class).get(1);
        List<Tenant> moving = MODEL.all(Tenant.class).stream().filter(t -> !t.parentId().equals(target.id())).limit(10).toList();
        document.edit("Move into " + target.name(), tx -> moving.forEach(tenant ->
                dev.bulkhead.edit.Reparenting.moveInto(tx, tenant, target.id())));

        SceneLayout after = SceneLayout.afterLayoutChange(document.snapshot(), before,
                moving.stream().map(Tenant::id).toList());

        assertThat(after.damage()).as("the tenants are drawn in another place of the drawing order: laid out again").isNull();
        assertSameLayout(after, SceneLayout.of(document.snapshot()), new Random(4));
    }

    @Test
    void aDropOfMoreThanHalfTheModelLaysItOutAgain() {
        ModelDocument document = new ModelDocument(MODEL);
        SceneLayout before = SceneLayout.of(document.snapshot());
        List<Element> clusters = new ArrayList<>(MODEL.all(Cluster.class).subList(0, 3));
        move(document, clusters, 48, 24);

        SceneLayout after = SceneLayout.afterLayoutChange(document.snapshot(), before,
                clusters.stream().map(Element::id).toList());

        assertThat(after.damage()).as("three clusters of four moved: laid out from scratch").isNull();
        assertSameLayout(after, SceneLayout.of(document.snapshot()), new Random(6));
    }

    private static void assertSameLayout(SceneLayout updated, SceneLayout fresh, Random random) {
        Model model = fresh.model();
        assertThat(updated.drawOrder()).isEqualTo(fresh.drawOrder());
        assertThat(updated.contentBounds()).isEqualTo(fresh.contentBounds());
        for (Element element : model.elements().values()) {
            ElementId id = element.id();
            assertThat(updated.bounds(id)).as("bounds of " + id.value()).isEqualTo(fresh.bounds(id));
            assertThat(updated.visibleBoundsOf(id)).as("visible bounds of " + id.value()).isEqualTo(fresh.visibleBoundsOf(id));
            assertThat(updated.depth(id)).as("depth of " + id.value()).isEqualTo(fresh.depth(id));
        }
        for (Connection connection : model.all(Connection.class)) {
            assertThat(updated.route(connection.id())).as("route of " + connection.id().value()).isEqualTo(fresh.route(connection.id()));
        }
        Geometry all = fresh.contentBounds();
        for (int probe = 0; probe < 200; probe++) {
            double x = all.x() + random.nextDouble() * all.width();
            double y = all.y() + random.nextDouble() * all.height();
            assertThat(updated.elementAt(x, y)).as("element at " + x + "," + y).isEqualTo(fresh.elementAt(x, y));
            Geometry area = new Geometry(x, y, 50 + random.nextDouble() * 900, 50 + random.nextDouble() * 600);
            assertThat(updated.elementsIn(area)).isEqualTo(fresh.elementsIn(area));
            assertThat(new HashSet<>(updated.connectionsIn(area))).isEqualTo(new HashSet<>(fresh.connectionsIn(area)));
            assertThat(updated.connectionAt(x, y, 6)).isEqualTo(fresh.connectionAt(x, y, 6));
        }
    }

    /** Routes what a view somewhere on the model shows, as the canvas does: the rest stays unrouted. */
    private static void routeAround(SceneLayout scene, Random random) {
        Geometry all = scene.contentBounds();
        Geometry view = new Geometry(all.x() + random.nextDouble() * all.width() / 2, all.y() + random.nextDouble() * all.height() / 2,
                1600, 1000);
        scene.routeAll(scene.connectionsIn(view));
    }

    /**
     * A drop's selection: a few tenants, or a few agents, or a cluster with everything in it (one: more would move
     * over half of this small model, which is laid out from scratch).
     */
    private static List<Element> pick(Model model, Random random) {
        int kind = random.nextInt(3);
        List<Element> candidates = switch (kind) {
            case 0 -> new ArrayList<>(model.all(Tenant.class));
            case 1 -> new ArrayList<>(model.all(dev.bulkhead.model.Agent.class));
            default -> new ArrayList<>(model.all(Cluster.class));
        };
        java.util.Collections.shuffle(candidates, random);
        return candidates.subList(0, kind == 2 ? 1 : 1 + random.nextInt(12));
    }

    private static void move(ModelDocument document, List<Element> elements, double dx, double dy) {
        document.edit("Move", tx -> {
            for (Element element : elements) {
                ElementLayout layout = tx.layoutOf(element.id()).orElseThrow();
                Geometry g = layout.geometry();
                tx.setLayout(element.id(), new ElementLayout(new Geometry(g.x() + dx, g.y() + dy, g.width(), g.height()),
                        layout.collapsed()));
            }
        });
    }

    /** Moves elements and grows the containers above them until they hold them, as the canvas's drop does. */
    private static void moveAndGrow(ModelDocument document, List<Element> elements, double dx, double dy) {
        document.edit("Move", tx -> {
            for (Element element : elements) {
                ElementLayout layout = tx.layoutOf(element.id()).orElseThrow();
                Geometry g = layout.geometry();
                tx.setLayout(element.id(), layout.withGeometry(g.movedTo(g.x() + dx, g.y() + dy)));
            }
            AutoLayout grow = new AutoLayout(tx.view()).growAround(elements.stream().map(Element::id).toList());
            grow.changes().forEach(tx::setLayout);
        });
    }

    private static List<ElementId> subtree(Model model, ElementId root) {
        List<ElementId> ids = new ArrayList<>(List.of(root));
        for (Element child : model.children(root)) {
            ids.addAll(subtree(model, child.id()));
        }
        return ids;
    }
}
