package dev.bulkhead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.testing.TestModels;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDocumentTest {
    private static final ElementId CLUSTER = ElementId.of("cluster-eks-prod");
    private static final ElementId SEARCH = ElementId.of("tenant-search");
    private static final ElementId PAYMENTS = ElementId.of("tenant-payments");

    private final Model original = TestModels.small();
    private final ModelDocument document = new ModelDocument(original);

    /** Temporary steps taken back put the earlier redo back and say so, so that a Redo menu names what Redo applies. */
    @Test
    void undoingTemporaryStepsRestoresTheRedoAndAnnouncesTheHistoryChange() {
        Tenant search = document.snapshot().get(SEARCH, Tenant.class);
        document.edit("Rename search", tx -> tx.replace(search.withName("search-v2")));
        document.undo();
        ModelDocument.RedoMark mark = document.redoMark();
        document.edit("Temporary", tx -> tx.replace(search.withName("search-tmp")));
        List<ModelEvent> events = new ArrayList<>();
        String[] redoSeen = new String[1];
        document.addListener(event -> {
            events.add(event);
            redoSeen[0] = document.history().redoName().orElse("");
        });

        document.undoTemporary(1, mark);

        assertThat(events).last().isInstanceOf(ModelEvent.HistoryChanged.class);
        assertThat(redoSeen[0]).as("what a listener reads when told").isEqualTo("Rename search");
        document.redo();
        assertThat(document.snapshot().get(SEARCH, Tenant.class).name()).isEqualTo("search-v2");
    }

    @Test
    void renameThenUndoRestoresNameAndRedoAppliesItAgain() {
        Tenant search = document.snapshot().get(SEARCH, Tenant.class);

        document.edit("Rename search", tx -> tx.replace(search.withName("search-v2")));

        assertThat(document.snapshot().get(SEARCH, Tenant.class).name()).isEqualTo("search-v2");
        assertThat(document.history().undoName()).contains("Rename search");
        document.undo();
        assertThat(document.snapshot()).isEqualTo(original);
        assertThat(document.history().redoName()).contains("Rename search");
        document.redo();
        assertThat(document.snapshot().get(SEARCH, Tenant.class).name()).isEqualTo("search-v2");
    }

    @Test
    void aTransactionsViewShowsItsChangesSoFarWithoutBreakingTheSnapshotChain() {
        Model before = document.snapshot();
        Tenant search = before.get(SEARCH, Tenant.class);
        Model[] seen = new Model[1];

        document.edit("Rename search", tx -> {
            tx.replace(search.withName("search-v2"));
            seen[0] = tx.view();
        });

        assertThat(seen[0].get(SEARCH, Tenant.class).name()).isEqualTo("search-v2");
        // The next snapshot still knows exactly what changed since the one before the edit.
        assertThat(document.snapshot().changesSince(before)).contains(java.util.Set.of(SEARCH));
    }

    /**
     * The view read in place shows the changes so far, as {@link Transaction#view} does without copying the maps, and
     * looks children and connections up in a layer on the last snapshot's index, not in an index of every element
     * (growing containers after a drop asks it for children, issue 16).
     */
    @Test
    void aViewReadInPlaceShowsTheChangesSoFarAndIndexesThemAsALayer() {
        Model before = document.snapshot();
        Tenant search = before.get(SEARCH, Tenant.class);
        before.children(search.parentId()); // indexed, as the canvas and the analysis leave the last snapshot
        String[] seen = new String[2];
        boolean[] layered = new boolean[1];

        document.edit("Rename search", tx -> {
            tx.replace(search.withName("search-v2"));
            Model view = tx.viewUntilNextChange();
            seen[0] = view.get(SEARCH, Tenant.class).name();
            seen[1] = view.children(search.parentId()).stream().filter(e -> e.id().equals(SEARCH)).findFirst().orElseThrow().name();
            layered[0] = view.isIndexedAsLayer();
        });

        assertThat(seen).containsExactly("search-v2", "search-v2");
        assertThat(layered[0]).as("looked up in a layer on the last snapshot's index").isTrue();
        assertThat(document.snapshot().changesSince(before)).contains(java.util.Set.of(SEARCH));
    }

    @Test
    void removingATenantTakesItsConnectionsAndLayoutAlongAndUndoBringsAllBack() {
        document.edit("Place", tx -> tx.setLayout(PAYMENTS, ElementLayout.at(new Geometry(10, 10, 100, 60))));
        Model placed = document.snapshot();

        document.edit("Delete payments", tx -> tx.remove(PAYMENTS));

        Model after = document.snapshot();
        assertThat(after.find(PAYMENTS)).isEmpty();
        assertThat(after.all(Connection.class)).isEmpty();
        assertThat(after.layoutOf(PAYMENTS)).isEmpty();
        document.undo();
        assertThat(document.snapshot()).isEqualTo(placed);
    }

    @Test
    void removingATenantUnDedicatesItsPool() {
        ElementId pool = ElementId.of("pool-general");
        document.edit("Dedicate", tx -> tx.replace(document.snapshot().get(pool, NodePool.class).withDedicatedTo(PAYMENTS)));

        document.edit("Delete payments", tx -> tx.remove(PAYMENTS));

        assertThat(document.snapshot().get(pool, NodePool.class).dedicatedTo()).isNull();
    }

    @Test
    void anEditThatBreaksARuleIsRefusedAndLeavesTheDocumentUnchanged() {
        Tenant search = document.snapshot().get(SEARCH, Tenant.class);

        assertThatThrownBy(() -> document.edit("Bad", tx -> {
            tx.replace(search.withName("renamed"));
            tx.replace(search.withName("renamed").withParent(ElementId.of("cluster-missing")));
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");

        assertThat(document.snapshot()).isEqualTo(original);
        assertThat(document.history().canUndo()).isFalse();
    }

    @Test
    void aTenantCannotBeNestedInAnEnvironment() {
        Tenant search = document.snapshot().get(SEARCH, Tenant.class);

        assertThatThrownBy(() -> document.edit("Move", tx -> tx.replace(search.withParent(ElementId.of("env-prod")))))
                .hasMessageContaining("must be inside a cluster");
    }

    @Test
    void movingATenantAwayFromItsDedicatedPoolIsRefused() {
        TestModels b = TestModels.builder();
        ElementId env = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId a = b.cluster(env, "a", Provider.EKS);
        ElementId other = b.cluster(env, "b", Provider.EKS);
        ElementId tenant = b.tenant(a, "t", TenantKind.REGULATED, ResourceDemand.NONE);
        b.put(new NodePool(ElementId.of("pool-d"), "d", a, "m6i.xlarge", 4, 16, null, 1, 3,
                new java.util.TreeMap<>(), List.of(), tenant));
        ModelDocument doc = new ModelDocument(b.build());
        Tenant t = doc.snapshot().get(tenant, Tenant.class);

        assertThatThrownBy(() -> doc.edit("Move", tx -> tx.replace(t.withParent(other))))
                .hasMessageContaining("of another cluster");
        assertThat(doc.snapshot().get(tenant, Tenant.class).cluster()).isEqualTo(a);
    }

    @Test
    void aBodyThatThrowsRollsBackEverythingItDid() {
        assertThatThrownBy(() -> document.edit("Half", tx -> {
            tx.remove(SEARCH);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(document.snapshot()).isEqualTo(original);
    }

    @Test
    void listenersHearOneEventPerEditAndCannotEditThemselves() {
        List<ModelEvent> events = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        document.addListener(event -> {
            events.add(event);
            try {
                document.edit("Sneaky", tx -> tx.remove(SEARCH));
            } catch (IllegalStateException e) {
                refused.add(e);
            }
        });

        document.edit("Two changes", tx -> {
            tx.replace(document.snapshot().get(SEARCH, Tenant.class).withName("a"));
            tx.setLayout(SEARCH, ElementLayout.at(new Geometry(0, 0, 10, 10)));
        });

        assertThat(events).hasSize(1);
        ModelEvent.Edited edited = (ModelEvent.Edited) events.get(0);
        assertThat(edited.summary().updated()).containsExactly(SEARCH);
        assertThat(edited.summary().layoutChanged()).containsExactly(SEARCH);
        assertThat(refused).hasSize(1);
        assertThat(document.snapshot().find(SEARCH)).isPresent();
    }

    @Test
    void dirtyFollowsTheSavePointThroughUndoAndRedo() {
        assertThat(document.history().isDirty()).isFalse();
        document.edit("Rename", tx -> tx.replace(document.snapshot().get(SEARCH, Tenant.class).withName("x")));
        assertThat(document.history().isDirty()).isTrue();
        document.markSaved();
        assertThat(document.history().isDirty()).isFalse();
        document.undo();
        assertThat(document.history().isDirty()).isTrue();
        document.redo();
        assertThat(document.history().isDirty()).isFalse();
    }

    @Test
    void nudgesWithTheSameKeyMergeIntoOneStepWithinTheWindow() {
        MutableClock clock = new MutableClock();
        ModelDocument doc = new ModelDocument(original, clock, 100);
        doc.edit("Place", tx -> tx.setLayout(SEARCH, ElementLayout.at(new Geometry(0, 0, 10, 10))));
        for (int i = 1; i <= 5; i++) {
            double x = i;
            doc.edit("Nudge", "nudge", tx -> tx.setLayout(SEARCH, ElementLayout.at(new Geometry(x, 0, 10, 10))));
            clock.advance(200);
        }
        assertThat(doc.history().undoSize()).isEqualTo(2);

        clock.advance(UndoHistory.MERGE_WINDOW_MILLIS + 1);
        doc.edit("Nudge", "nudge", tx -> tx.setLayout(SEARCH, ElementLayout.at(new Geometry(9, 0, 10, 10))));
        assertThat(doc.history().undoSize()).isEqualTo(3);

        doc.undo();
        doc.undo();
        assertThat(doc.snapshot().layoutOf(SEARCH).orElseThrow().geometry().x()).isZero();
    }

    @Test
    void historyIsBoundedAndForgetsTheOldestSteps() {
        ModelDocument doc = new ModelDocument(original, Clock.systemUTC(), 3);
        for (int i = 0; i < 5; i++) {
            String name = "n" + i;
            doc.edit("Rename " + i, tx -> tx.replace(doc.snapshot().get(SEARCH, Tenant.class).withName(name)));
        }
        assertThat(doc.history().undoSize()).isEqualTo(3);
        while (doc.history().canUndo()) {
            doc.undo();
        }
        assertThat(doc.snapshot().get(SEARCH, Tenant.class).name()).isEqualTo("n1");
    }

    @Test
    void anEmptyEditRecordsNoStep() {
        boolean changed = document.edit("Nothing", tx -> tx.replace(document.snapshot().get(SEARCH, Tenant.class)));

        assertThat(changed).isFalse();
        assertThat(document.history().canUndo()).isFalse();
    }

    @Test
    void replacingTheModelClearsHistoryAndAnnounces() {
        List<ModelEvent> events = new ArrayList<>();
        document.edit("Rename", tx -> tx.replace(document.snapshot().get(SEARCH, Tenant.class).withName("x")));
        document.addListener(events::add);

        document.replace(Model.empty());

        assertThat(document.snapshot().elements()).isEmpty();
        assertThat(document.history().canUndo()).isFalse();
        assertThat(document.history().isDirty()).isFalse();
        assertThat(events).containsExactly(new ModelEvent.Replaced());
    }

    @Test
    void snapshotIsImmutableAndStableBetweenEdits() {
        Model first = document.snapshot();
        assertThat(document.snapshot()).isSameAs(first);
        assertThatThrownBy(() -> first.elements().clear()).isInstanceOf(UnsupportedOperationException.class);
        document.edit("Rename", tx -> tx.replace(first.get(SEARCH, Tenant.class).withName("x")));
        assertThat(first.get(SEARCH, Tenant.class).name()).isEqualTo("search");
    }

    @Test
    void derivedLookupsFollowContainment() {
        Model model = document.snapshot();
        assertThat(model.children(CLUSTER)).extracting(Element::id)
                .containsExactly(ElementId.of("pool-general"), PAYMENTS, SEARCH);
        assertThat(model.environmentOf(SEARCH)).map(Environment::name).contains("prod");
        assertThat(model.connectionsOf(PAYMENTS)).hasSize(1);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private long millis = 1_000_000;

        void advance(long delta) {
            millis += delta;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
