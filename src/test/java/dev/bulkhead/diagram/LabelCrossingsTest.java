package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Review R12h: a port label was placed where another route crossed its own, and could be read as that line's. A label
 * moves along its own line off the other lines that cross it; lines alongside it (a shared corridor) do not move it,
 * and a label crossed everywhere on its line stays on it rather than float beside it.
 */
class LabelCrossingsTest {
    private static final ElementId ACROSS = new ElementId("across");
    private static final ElementId DOWN = new ElementId("down");
    private static final ElementId ALONGSIDE = new ElementId("alongside");
    private static final double[] ACROSS_ROUTE = {0, 100, 400, 100};

    private static Geometry place(LabelCrossings crossings) {
        return LabelPlacement.place(ACROSS_ROUTE, 60, 18, area -> List.of(), area -> List.of(),
                (box, across) -> crossings.through(box, ACROSS, across));
    }

    @Test
    void aLabelMovesAlongItsLineOffAnotherRouteThatCrossesItsMiddle() {
        Geometry middle = LabelPlacement.place(ACROSS_ROUTE, 60, 18, area -> List.of());
        assertThat(crossesX(middle, 200)).as("without the crossings, the middle: over the other line").isTrue();

        Geometry placed = place(LabelCrossings.of(Map.of(ACROSS, ACROSS_ROUTE, DOWN, new double[] {200, 0, 200, 200})));
        assertThat(crossesX(placed, 200)).as("the label crosses the other line").isFalse();
        assertThat(placed.y() + placed.height() / 2).as("still on its own line").isEqualTo(100);
    }

    @Test
    void aLineAlongsideDoesNotMoveTheLabel() {
        Geometry placed = place(LabelCrossings.of(Map.of(ACROSS, ACROSS_ROUTE, ALONGSIDE, new double[] {0, 104, 400, 104})));
        assertThat(placed).isEqualTo(LabelPlacement.place(ACROSS_ROUTE, 60, 18, area -> List.of()));
    }

    @Test
    void aLabelCrossedEverywhereOnItsLineStaysOnItWhereFewestCross() {
        // Lines down at every place tried but one (0.9 of the way, x = 360), which two cross.
        java.util.Map<ElementId, double[]> routes = new java.util.HashMap<>(Map.of(ACROSS, ACROSS_ROUTE));
        double[] tried = {0.5, 0.35, 0.65, 0.2, 0.8, 0.1};
        for (int i = 0; i < tried.length; i++) {
            for (int copy = 0; copy < 3; copy++) {
                routes.put(new ElementId("d" + i + "-" + copy), new double[] {400 * tried[i] + copy, 0, 400 * tried[i] + copy, 200});
            }
        }
        routes.put(new ElementId("e1"), new double[] {360, 0, 360, 200});
        routes.put(new ElementId("e2"), new double[] {362, 0, 362, 200});
        Geometry placed = place(LabelCrossings.of(routes));
        assertThat(placed.y() + placed.height() / 2).as("on its line").isEqualTo(100);
        assertThat(placed.x() + placed.width() / 2).as("where the fewest cross").isEqualTo(360);
    }

    /**
     * Issue 16: indexed only where a view's labels can be, a long line is not put in the hundreds of cells beyond it,
     * and a label there counts the lines that cross it as it would with every cell indexed.
     */
    @Test
    void crossingsIndexedForAnAreaCountWithinItAsEverywhere() {
        Map<ElementId, double[]> routes = Map.of(ACROSS, ACROSS_ROUTE, DOWN, new double[] {200, -100_000, 200, 100_000},
                ALONGSIDE, new double[] {-50_000, 104, 50_000, 104});
        LabelCrossings everywhere = LabelCrossings.of(routes, null);
        LabelCrossings inView = LabelCrossings.of(routes, new Geometry(0, 0, 400, 400));

        assertThat(inView.cellsIndexed()).as("cells of the area only").isLessThanOrEqualTo(4);
        assertThat(everywhere.cellsIndexed()).as("a long line everywhere").isGreaterThan(700);
        Geometry label = new Geometry(170, 91, 60, 18);
        assertThat(inView.through(label, ACROSS, true)).isEqualTo(everywhere.through(label, ACROSS, true)).isEqualTo(1);
        assertThat(place(inView)).isEqualTo(place(everywhere));
    }

    private static boolean crossesX(Geometry box, double x) {
        return box.x() < x && box.maxX() > x;
    }
}
