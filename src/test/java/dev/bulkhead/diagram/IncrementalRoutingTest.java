package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.testing.GeneratedModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After an edit the canvas lays out the new snapshot keeping the previous layout's routes that the edit cannot have
 * changed (issue 16: a drop re-routes what it touched, not 10,000 connections). Kept or routed again, every route is
 * the one a fresh layout computes.
 */
class IncrementalRoutingTest {
    private final Model model = Placed.of(GeneratedModels.platform(2, 2, 120, 60, 150, 7));

    @Test
    void afterMovingTenantsEveryRouteIsTheOneAFreshLayoutComputesAndMostAreKept() {
        SceneLayout before = routedEverything(SceneLayout.of(model));
        List<Tenant> moved = model.all(Tenant.class).subList(0, 5);
        Model after = move(model, moved, 48, 24);

        SceneLayout incremental = SceneLayout.of(after, before);
        int kept = incremental.routedCount();
        SceneLayout fresh = routedEverything(SceneLayout.of(after));
        routedEverything(incremental);

        for (Connection connection : after.all(Connection.class)) {
            assertThat(incremental.route(connection.id())).as(connection.id().value()).isEqualTo(fresh.route(connection.id()));
        }
        assertThat(kept).as("routes kept from before the move").isGreaterThan(fresh.routedCount() / 2)
                .isLessThan(fresh.routedCount());
    }

    @Test
    void aRouteWhoseEndMovedOrThatLookedWhereAShapeMovedIsRoutedAgain() {
        SceneLayout before = routedEverything(SceneLayout.of(model));
        Tenant tenant = model.all(Tenant.class).get(3);
        Model after = move(model, List.of(tenant), 0, 200);

        SceneLayout incremental = SceneLayout.of(after, before);

        for (Connection connection : after.connectionsOf(tenant.id())) {
            assertThat(incremental.hasRoute(connection.id())).as("a connection of the moved tenant").isFalse();
        }
        // Any other route that passed over where the tenant was (or now is) is not kept either.
        Geometry was = before.bounds(tenant.id());
        Geometry now = incremental.bounds(tenant.id());
        for (Connection connection : after.all(Connection.class)) {
            double[] route = before.route(connection.id());
            if (route != null && !after.connectionsOf(tenant.id()).contains(connection) && (crosses(route, was) || crosses(route, now))) {
                assertThat(incremental.hasRoute(connection.id())).as(connection.id().value() + " crosses the moved tenant").isFalse();
            }
        }
    }

    @Test
    void theSameSnapshotLaidOutAgainKeepsEveryRoute() {
        SceneLayout before = routedEverything(SceneLayout.of(model));

        SceneLayout again = SceneLayout.of(model, before);

        assertThat(again.routedCount()).isEqualTo(before.routedCount()).isPositive();
    }

    private static SceneLayout routedEverything(SceneLayout scene) {
        scene.routeAll(scene.model().all(Connection.class).stream().map(Connection::id).toList());
        return scene;
    }

    private static boolean crosses(double[] route, Geometry box) {
        for (int i = 0; i + 3 < route.length; i += 2) {
            if (ConnectionRouter.segmentCrosses(box, route[i], route[i + 1], route[i + 2], route[i + 3])) {
                return true;
            }
        }
        return false;
    }

    private static Model move(Model model, List<Tenant> tenants, double dx, double dy) {
        ModelDocument document = new ModelDocument(model);
        document.edit("Move", tx -> {
            for (Tenant tenant : tenants) {
                ElementId id = tenant.id();
                ElementLayout layout = tx.layoutOf(id).orElseThrow();
                Geometry g = layout.geometry();
                tx.setLayout(id, new ElementLayout(new Geometry(g.x() + dx, g.y() + dy, g.width(), g.height()), layout.collapsed()));
            }
        });
        return document.snapshot();
    }
}
