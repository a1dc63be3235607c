package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Geometry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Connections stay visible between touching boxes, and their labels go where they cover nothing. */
class ConnectionDrawingTest {
    private static double length(double[] route) {
        double total = 0;
        for (int i = 0; i + 3 < route.length; i += 2) {
            total += Math.hypot(route[i + 2] - route[i], route[i + 3] - route[i + 1]);
        }
        return total;
    }

    @Test
    void aConnectionBetweenTouchingBoxesGoesAroundThemAndCanBeSeen() {
        Geometry left = new Geometry(0, 100, 120, 60);
        Geometry right = new Geometry(124, 100, 120, 60);

        double[] route = ConnectionRouter.route(left, right, (area, except) -> List.of(), Set.of());

        assertThat(length(route)).isGreaterThan(3 * ConnectionRouter.MIN_VISIBLE);
        for (int i = 0; i + 3 < route.length; i += 2) {
            double midX = (route[i] + route[i + 2]) / 2;
            double midY = (route[i + 1] + route[i + 3]) / 2;
            assertThat(left.contains(new Geometry(midX, midY, 0.5, 0.5)) && right.contains(new Geometry(midX, midY, 0.5, 0.5)))
                    .isFalse();
        }
    }

    @Test
    void boxesFarApartAreJoinedStraight() {
        double[] route = ConnectionRouter.route(new Geometry(0, 0, 100, 50), new Geometry(300, 0, 100, 50),
                (area, except) -> List.of(), Set.of());

        assertThat(route).containsExactly(100, 25, 300, 25);
    }

    @Test
    void aLabelMovesAlongItsRouteOffABoxInTheMiddleAndOffOtherLabels() {
        double[] route = {0, 0, 400, 0};
        Geometry inTheMiddle = new Geometry(170, -20, 60, 40);
        Geometry earlierLabel = new Geometry(110, -9, 60, 18);

        Geometry label = LabelPlacement.place(route, 50, 18, area -> List.of(inTheMiddle, earlierLabel));

        assertThat(LabelPlacement.overlap(label, inTheMiddle)).isZero();
        assertThat(LabelPlacement.overlap(label, earlierLabel)).isZero();
        assertThat(label.y()).isEqualTo(-9);
    }

    @Test
    void whenEveryPlaceIsTakenTheLabelCoversTheLeast() {
        double[] route = {0, 0, 100, 0};
        Geometry wall = new Geometry(-10, -50, 120, 100);
        Geometry worse = new Geometry(40, -9, 20, 18);

        Geometry label = LabelPlacement.place(route, 20, 18, area -> List.of(wall, worse));

        assertThat(LabelPlacement.overlap(label, worse)).isZero();
    }
}
