package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {
    @Test
    void placesEveryElementInsideItsContainerWithoutOverlappingItsSiblings() throws Exception {
        Model model = Placed.of(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
        SceneLayout scene = SceneLayout.of(model);

        for (Element element : model.elements().values()) {
            if (element.kind() == dev.bulkhead.model.ElementKind.CONNECTION) {
                continue;
            }
            assertThat(model.layoutOf(element.id())).as(element.name()).isPresent();
            Geometry box = scene.bounds(element.id());
            if (element.parentId() != null) {
                assertThat(scene.bounds(element.parentId()).contains(box)).as(element.name() + " inside its container").isTrue();
            }
            List<Element> siblings = element.parentId() == null ? List.of() : model.children(element.parentId());
            for (Element sibling : siblings) {
                if (!sibling.id().equals(element.id())) {
                    assertThat(box.intersects(scene.bounds(sibling.id()))).as(element.name() + " and " + sibling.name()).isFalse();
                }
            }
        }
    }

    @Test
    void neverMovesWhatTheUserPlaced() {
        Model generated = GeneratedModels.platform(2, 1, 12, 4, 6, 7);
        Model placed = Placed.of(generated);
        // The user moves one tenant; then a new tenant appears without a position.
        ElementId moved = placed.all(dev.bulkhead.model.Tenant.class).get(0).id();
        ModelDocument document = new ModelDocument(placed);
        document.edit("Move", tx -> tx.setLayout(moved, tx.layoutOf(moved).orElseThrow().withGeometry(
                tx.layoutOf(moved).orElseThrow().geometry().movedTo(500, 900))));
        dev.bulkhead.model.Tenant template = placed.get(moved, dev.bulkhead.model.Tenant.class);
        document.edit("Add", tx -> tx.add(new dev.bulkhead.model.Tenant(ElementId.of("tenant-new"), "new", template.cluster(),
                template.tenantKind(), "team-new", template.demand(), java.util.Map.of(), null)));
        Model before = document.snapshot();

        var changes = new AutoLayout(before).placeMissing().changes();

        assertThat(changes).containsKey(ElementId.of("tenant-new"));
        for (var change : changes.entrySet()) {
            ElementLayout old = before.layoutOf(change.getKey()).orElse(null);
            if (old != null) {
                // Only containers may change, and only by growing to hold the newcomer.
                assertThat(change.getValue().geometry().x()).isEqualTo(old.geometry().x());
                assertThat(change.getValue().geometry().y()).isEqualTo(old.geometry().y());
                assertThat(change.getValue().geometry().width()).isGreaterThanOrEqualTo(old.geometry().width());
                assertThat(change.getValue().geometry().height()).isGreaterThanOrEqualTo(old.geometry().height());
            }
        }
    }

    @Test
    void containersGrowAroundWhatIsMovedOutOfTheirBounds() {
        Model model = Placed.of(dev.bulkhead.testing.TestModels.small());
        ElementId tenant = ElementId.of("tenant-payments");
        ElementId cluster = ElementId.of("cluster-eks-prod");
        Geometry clusterBefore = model.layoutOf(cluster).orElseThrow().geometry();
        ModelDocument document = new ModelDocument(model);
        document.edit("Move far", tx -> tx.setLayout(tenant, tx.layoutOf(tenant).orElseThrow().withGeometry(
                tx.layoutOf(tenant).orElseThrow().geometry().movedTo(clusterBefore.width() + 300, 40))));

        var changes = new AutoLayout(document.snapshot()).growAround(List.of(tenant)).changes();

        Geometry grown = changes.get(cluster).geometry();
        assertThat(grown.width()).isGreaterThan(clusterBefore.width() + 300);
        assertThat(changes).containsKey(ElementId.of("env-prod"));
    }

    /**
     * A drop grows containers inside its edit, on the transaction's view, whose index is a layer on the last snapshot's
     * (ModelDocumentTest checks that): it grows them as on a snapshot of the same state indexed from scratch.
     */
    @Test
    void growingAroundAMoveInsideAnEditGrowsAsOnASnapshotOfTheSameState() {
        Model model = Placed.of(dev.bulkhead.testing.TestModels.small());
        ElementId tenant = ElementId.of("tenant-payments");
        Geometry clusterBefore = model.layoutOf(ElementId.of("cluster-eks-prod")).orElseThrow().geometry();
        ModelDocument document = new ModelDocument(model);
        document.snapshot().children(ElementId.of("env-prod")); // the last snapshot indexed, as the canvas leaves it
        java.util.Map<ElementId, dev.bulkhead.model.ElementLayout> grown = new java.util.HashMap<>();
        document.edit("Move far", tx -> {
            tx.setLayout(tenant, tx.layoutOf(tenant).orElseThrow().withGeometry(
                    tx.layoutOf(tenant).orElseThrow().geometry().movedTo(clusterBefore.width() + 300, 40)));
            grown.putAll(new AutoLayout(tx.viewUntilNextChange()).growAround(List.of(tenant)).changes());
        });
        ModelDocument fresh = new ModelDocument(model);
        fresh.edit("Move far", tx -> tx.setLayout(tenant, tx.layoutOf(tenant).orElseThrow().withGeometry(
                tx.layoutOf(tenant).orElseThrow().geometry().movedTo(clusterBefore.width() + 300, 40))));
        Model moved = fresh.snapshot();

        assertThat(grown).containsKeys(ElementId.of("cluster-eks-prod"), ElementId.of("env-prod"));
        assertThat(new AutoLayout(moved).growAround(List.of(tenant)).changes()).isEqualTo(grown);
    }
}
