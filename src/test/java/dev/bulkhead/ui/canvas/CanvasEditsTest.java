package dev.bulkhead.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.Placed;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.testing.TestModels;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanvasEditsTest {
    private static final ElementId PROD = ElementId.of("env-prod");
    private static final ElementId SHARED = ElementId.of("cluster-shared");
    private static final ElementId OTHER = ElementId.of("cluster-other");
    private static final ElementId PAYMENTS = ElementId.of("tenant-payments");
    private static final ElementId SEARCH = ElementId.of("tenant-search");
    private static final ElementId GPU = ElementId.of("pool-gpu");

    private ModelDocument document;
    private CanvasEdits edits;
    private Model original;

    @BeforeEach
    void setUp() {
        TestModels b = TestModels.builder();
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId shared = b.cluster(prod, "shared", Provider.EKS);
        ElementId other = b.cluster(prod, "other", Provider.EKS);
        b.pool(shared, "general", 4, 16, 3, 20);
        b.pool(other, "general-2", 4, 16, 3, 20);
        ElementId payments = b.tenant(shared, "payments", TenantKind.REGULATED, new ResourceDemand(8, 16, 120, 200));
        b.tenant(shared, "search", TenantKind.INTERNAL_TEAM, new ResourceDemand(4, 8, 40, 50));
        b.agent(payments, "reviewer", TrustLevel.UNTRUSTED, SandboxRuntime.GVISOR);
        NodePool gpu = b.put(new NodePool(GPU, "gpu", shared, "g5.xlarge", 4, 16, null, 1, 4, new java.util.TreeMap<>(),
                List.of(), payments));
        b.connect(ElementId.of("tenant-search"), payments, 443);
        original = Placed.of(b.build());
        document = new ModelDocument(original);
        edits = new CanvasEdits(document);
        assertThat(gpu.dedicatedTo()).isEqualTo(PAYMENTS);
    }

    private SceneLayout scene() {
        return SceneLayout.of(document.snapshot());
    }

    private Geometry bounds(ElementId id) {
        return scene().bounds(id);
    }

    @Test
    void createsATenantWhereItIsDroppedInsideACluster() {
        Geometry cluster = bounds(OTHER);

        CanvasEdits.Outcome outcome = edits.create(ElementKind.TENANT, cluster.x() + 40, cluster.y() + 60, scene(), true);

        assertThat(outcome.applied()).isTrue();
        Tenant created = document.snapshot().get(outcome.created().get(0), Tenant.class);
        assertThat(created.cluster()).isEqualTo(OTHER);
        assertThat(bounds(OTHER).contains(bounds(created.id()))).isTrue();
        assertThat(document.history().undoName()).contains("Add tenant");
        document.undo();
        assertThat(document.snapshot()).isEqualTo(original);
    }

    @Test
    void refusesATenantDroppedOutsideAnyClusterWithAHint() {
        CanvasEdits.Outcome outcome = edits.create(ElementKind.TENANT, -5000, -5000, scene(), true);

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.message()).isEqualTo("Drop a tenant inside a cluster");
        assertThat(document.snapshot()).isEqualTo(original);
    }

    @Test
    void aNewClusterComesWithANodePoolSoThatItCanBeCostedAtOnce() {
        Geometry prod = bounds(PROD);
        CanvasEdits.Outcome outcome = edits.create(ElementKind.CLUSTER, prod.x() + 30, prod.maxY() - 30, scene(), false);

        ElementId cluster = outcome.created().get(0);
        assertThat(document.snapshot().children(cluster, NodePool.class)).hasSize(1);
        assertThat(bounds(PROD).contains(bounds(cluster))).isTrue();
    }

    @Test
    void movingATenantIntoAnotherClusterTakesItsAgentsAndReleasesItsDedicatedPool() {
        Geometry tenant = bounds(PAYMENTS);
        Geometry target = bounds(OTHER);
        double dx = target.x() + 30 - tenant.x();
        double dy = target.y() + 50 - tenant.y();

        CanvasEdits.Outcome outcome = edits.move(List.of(PAYMENTS), dx, dy, target.x() + 40, target.y() + 60, scene(), true);

        Model after = document.snapshot();
        assertThat(outcome.applied()).isTrue();
        assertThat(after.get(PAYMENTS, Tenant.class).cluster()).isEqualTo(OTHER);
        assertThat(after.get(ElementId.of("agent-reviewer"), Agent.class).tenant()).isEqualTo(PAYMENTS);
        assertThat(after.get(GPU, NodePool.class).dedicatedTo()).isNull();
        assertThat(outcome.message()).contains("gpu").contains("shared");
        assertThat(bounds(OTHER).contains(bounds(PAYMENTS))).isTrue();
        document.undo();
        assertThat(document.snapshot()).isEqualTo(original);
    }

    @Test
    void aTenantDroppedWhereNoClusterIsIsRefusedAndNothingChanges() {
        CanvasEdits.Outcome outcome = edits.move(List.of(PAYMENTS), 10_000, 10_000, 10_000, 10_000, scene(), true);

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.message()).isEqualTo("Drop a tenant inside a cluster");
        assertThat(document.snapshot()).isEqualTo(original);
    }

    @Test
    void movingAContainerMovesWhatIsInsideIt() {
        Geometry agentBefore = bounds(ElementId.of("agent-reviewer"));
        Geometry tenant = bounds(PAYMENTS);

        edits.move(List.of(PAYMENTS), 16, 8, tenant.x() + 16 + 5, tenant.y() + 8 + 5, scene(), false);

        Geometry agentAfter = bounds(ElementId.of("agent-reviewer"));
        assertThat(agentAfter.x() - agentBefore.x()).isEqualTo(bounds(PAYMENTS).x() - tenant.x());
        assertThat(agentAfter.y() - agentBefore.y()).isEqualTo(bounds(PAYMENTS).y() - tenant.y());
    }

    @Test
    void repeatedNudgesUndoAsOneStep() {
        Geometry before = bounds(SEARCH);
        edits.nudge(List.of(SEARCH), 8, 0);
        edits.nudge(List.of(SEARCH), 8, 0);
        edits.nudge(List.of(SEARCH), 0, 8);

        assertThat(bounds(SEARCH).x()).isEqualTo(before.x() + 16);
        assertThat(document.history().undoSize()).isEqualTo(1);
        document.undo();
        assertThat(document.snapshot()).isEqualTo(original);
    }

    @Test
    void aContainerIsNeverResizedSmallerThanItsContents() {
        Geometry cluster = bounds(SHARED);

        edits.resize(SHARED, new Geometry(cluster.x(), cluster.y(), 90, 50), scene(), true);

        Geometry after = bounds(SHARED);
        for (Element child : document.snapshot().children(SHARED)) {
            assertThat(after.contains(bounds(child.id()))).as(child.name()).isTrue();
        }
    }

    @Test
    void connectsAndReconnectsTenantsButRefusesAClusterEnd() {
        CanvasEdits.Outcome connected = edits.connect(PAYMENTS, SEARCH);
        ElementId id = connected.created().get(0);
        assertThat(document.snapshot().get(id, Connection.class).from()).isEqualTo(PAYMENTS);

        edits.reconnect(id, false, ElementId.of("agent-reviewer"));
        assertThat(document.snapshot().get(id, Connection.class).to()).isEqualTo(ElementId.of("agent-reviewer"));

        CanvasEdits.Outcome refused = edits.connect(PAYMENTS, SHARED);
        assertThat(refused.applied()).isFalse();
        assertThat(refused.message()).contains("tenants, agents and external endpoints");
        assertThat(edits.connect(PAYMENTS, PAYMENTS).applied()).isFalse();
    }

    @Test
    void pastingACopyGivesNewIdsAndKeepsReferencesInsideTheCopiedSet() {
        Model before = document.snapshot();
        CanvasClipboard clipboard = CanvasClipboard.of(before, List.of(PAYMENTS, SEARCH));

        CanvasEdits.Outcome pasted = edits.paste(clipboard, null);

        Model after = document.snapshot();
        assertThat(pasted.created()).hasSize(2).doesNotContain(PAYMENTS, SEARCH);
        Tenant copy = after.get(pasted.created().get(0), Tenant.class);
        assertThat(copy.cluster()).isEqualTo(SHARED);
        assertThat(after.children(copy.id(), Agent.class)).hasSize(1);
        // The search→payments connection was inside the copied set: its copy joins the two copies.
        List<Connection> copiedConnections = after.all(Connection.class).stream()
                .filter(c -> !before.elements().containsKey(c.id())).toList();
        assertThat(copiedConnections).hasSize(1);
        assertThat(pasted.created()).contains(copiedConnections.get(0).from(), copiedConnections.get(0).to());
        assertThat(document.history().undoSize()).isEqualTo(1);
    }

    @Test
    void deletingATenantTakesItsAgentsConnectionsAndPoolDedicationInOneStep() {
        edits.delete(List.of(PAYMENTS));

        Model after = document.snapshot();
        assertThat(after.find(PAYMENTS)).isEmpty();
        assertThat(after.find(ElementId.of("agent-reviewer"))).isEmpty();
        assertThat(after.all(Connection.class)).isEmpty();
        assertThat(after.get(GPU, NodePool.class).dedicatedTo()).isNull();
        document.undo();
        assertThat(document.snapshot()).isEqualTo(original);
    }

    @Test
    void alignsAndDistributesSiblingsOfOneContainer() {
        edits.align(List.of(PAYMENTS, SEARCH), CanvasEdits.Alignment.TOP);
        Model model = document.snapshot();
        assertThat(model.layoutOf(PAYMENTS).orElseThrow().geometry().y()).isEqualTo(model.layoutOf(SEARCH).orElseThrow().geometry().y());

        CanvasEdits.Outcome refused = edits.align(List.of(PAYMENTS, OTHER), CanvasEdits.Alignment.LEFT);
        assertThat(refused.applied()).isFalse();
        assertThat(edits.distribute(List.of(PAYMENTS, SEARCH), true).applied()).isFalse();
    }

    @Test
    void renameRefusesAnEmptyNameAndKeepsTheOldOne() {
        assertThat(edits.rename(SEARCH, "discovery").applied()).isTrue();
        assertThat(document.snapshot().find(SEARCH).orElseThrow().name()).isEqualTo("discovery");
        assertThat(document.history().undoName()).contains("Rename search to discovery");

        CanvasEdits.Outcome refused = edits.rename(SEARCH, "   ");
        assertThat(refused.applied()).isFalse();
        assertThat(document.snapshot().find(SEARCH).orElseThrow().name()).isEqualTo("discovery");
    }

    @Test
    void collapsingAndExpandingIsOneStepEach() {
        edits.toggleCollapsed(List.of(PAYMENTS));
        assertThat(document.snapshot().layoutOf(PAYMENTS).orElseThrow().collapsed()).isTrue();
        assertThat(scene().bounds(ElementId.of("agent-reviewer"))).isNull();
        edits.toggleCollapsed(List.of(PAYMENTS));
        assertThat(document.snapshot().layoutOf(PAYMENTS).orElseThrow().collapsed()).isFalse();
        assertThat(document.history().undoSize()).isEqualTo(2);
    }

    @Test
    void movingIntoAContainerFromTheInspectorPlacesItBelowWhatIsThere() {
        edits.moveInto(SEARCH, OTHER);

        assertThat(document.snapshot().get(SEARCH, Tenant.class).cluster()).isEqualTo(OTHER);
        assertThat(bounds(OTHER).contains(bounds(SEARCH))).isTrue();
        assertThat(edits.moveInto(SEARCH, PROD).applied()).isFalse();
    }

    @Test
    void tidyLaysOutAContainersContentsWithoutOverlap() {
        edits.nudge(List.of(SEARCH), -200, 0);
        edits.tidy(List.of(SHARED));

        List<Element> children = document.snapshot().children(SHARED);
        for (Element a : children) {
            for (Element b : children) {
                if (a != b) {
                    assertThat(bounds(a.id()).intersects(bounds(b.id()))).as(a.name() + " overlaps " + b.name()).isFalse();
                }
            }
        }
    }
}
