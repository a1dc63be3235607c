package dev.bulkhead.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.testing.TestModels;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Snapshots taken after every edit answer lookups exactly like a model built from scratch, whether their
 * index was layered on the previous snapshot's or rebuilt, and they know what changed since earlier ones.
 */
class ModelIndexProperties {
    private final UndoProperties edits = new UndoProperties();

    @Property(tries = 200)
    void layeredIndexesAnswerLikeFlatOnes(@ForAll("edits") List<UndoProperties.EditOp> ops) {
        ModelDocument document = new ModelDocument(TestModels.small());
        Model earlier = document.snapshot();
        earlier.children(ElementId.of("cluster-eks-prod")); // index the first snapshot so the next ones layer
        List<Model> chain = new java.util.ArrayList<>(); // provenance holds snapshots weakly; keep them here
        java.util.Set<ElementId> everHeld = new java.util.HashSet<>(earlier.elements().keySet());
        for (UndoProperties.EditOp op : ops) {
            document.edit(op.toString(), tx -> op.apply(document.snapshot(), tx));
            Model layered = document.snapshot();
            chain.add(layered);
            everHeld.addAll(layered.elements().keySet());
            Model flat = Model.of(layered.settings(), layered.elements().values(), new HashMap<>(layered.layout()));
            for (Class<? extends Element> type : List.of(Environment.class, Cluster.class, NodePool.class, Tenant.class,
                    Agent.class, ExternalEndpoint.class, Connection.class)) {
                assertThat(layered.all(type)).isEqualTo(flat.all(type));
            }
            for (ElementId id : layered.elements().keySet()) {
                assertThat(layered.children(id)).as("children of %s", id).isEqualTo(flat.children(id));
                assertThat(layered.connectionsOf(id)).as("connections of %s", id).isEqualTo(flat.connectionsOf(id));
            }
            // Lookups by id go through the index once it is built (all() above built it): every id the document
            // ever held, removed ones included, answers as the snapshot's own sorted map does.
            for (ElementId id : everHeld) {
                assertThat(layered.find(id)).as("find %s", id).isEqualTo(Optional.ofNullable(layered.elements().get(id)));
                assertThat(layered.environmentOf(id)).as("environment of %s", id).isEqualTo(flat.environmentOf(id));
                assertThat(layered.clusterOf(id)).as("cluster of %s", id).isEqualTo(flat.clusterOf(id));
                assertThat(layered.tenantOf(id)).as("tenant of %s", id).isEqualTo(flat.tenantOf(id));
            }
        }
        Model last = document.snapshot();
        assertThat(chain).isNotNull();
        assertThat(last.changesSince(earlier)).hasValueSatisfying(changed -> {
            for (ElementId id : last.elements().keySet()) {
                if (!changed.contains(id)) {
                    assertThat(last.elements().get(id)).isSameAs(earlier.elements().get(id));
                }
            }
            for (ElementId id : earlier.elements().keySet()) {
                if (!last.elements().containsKey(id)) {
                    assertThat(changed).contains(id);
                }
            }
        });
    }

    @Provide
    net.jqwik.api.Arbitrary<List<UndoProperties.EditOp>> edits() {
        return edits.edits();
    }
}
