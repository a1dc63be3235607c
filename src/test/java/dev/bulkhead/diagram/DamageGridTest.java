package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The damage of a drop is asked about every piece of every nearby route's search (issue 16: a third of a 200-tenant
 * drop's scene update at 10,000 elements). It must answer as a check of every area would, looking up only cells
 * that can hold damage.
 */
class DamageGridTest {
    @Test
    void answersAsCheckingEveryDamagedAreaWould() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            List<Geometry> damaged = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                damaged.add(box(random, 3000));
            }
            DamageGrid grid = new DamageGrid(damaged);
            for (int p = 0; p < 50; p++) {
                Geometry piece = box(random, 8000);
                boolean expected = damaged.stream().anyMatch(area -> area.intersects(piece));
                assertThat(grid.meets(piece)).as("%s against %s", piece, damaged).isEqualTo(expected);
            }
        }
    }

    @Test
    void aLongRunBesideADropLooksUpOnlyTheCellsTheDamageSpans() {
        // 200 tenants dropped within one cell; a route's straight run crosses 40 cells of a 10,000-element model.
        DamageGrid grid = new DamageGrid(List.of(new Geometry(20_100, 300, 200, 120), new Geometry(20_150, 600, 200, 120)));
        Geometry run = new Geometry(0, 450, 40 * DamageGrid.CELL, 8);

        assertThat(grid.cellsLookedUp(run)).isEqualTo(1);
        assertThat(grid.cellsLookedUp(new Geometry(0, 5000, 40 * DamageGrid.CELL, 8))).isZero();
        assertThat(grid.meets(new Geometry(0, 340, 40 * DamageGrid.CELL, 8))).isTrue();
        assertThat(grid.meets(run)).isFalse();
    }

    @Test
    void noDamageMeetsNothing() {
        DamageGrid grid = new DamageGrid(List.of());
        assertThat(grid.isEmpty()).isTrue();
        assertThat(grid.meets(new Geometry(-1e6, -1e6, 2e6, 2e6))).isFalse();
        assertThat(grid.cellsLookedUp(new Geometry(-1e6, -1e6, 2e6, 2e6))).isZero();
    }

    private static Geometry box(Random random, int extent) {
        return new Geometry(random.nextInt(extent) - 500, random.nextInt(extent) - 500, 1 + random.nextInt(2500), 1 + random.nextInt(600));
    }
}
