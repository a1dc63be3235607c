package dev.bulkhead.diagram.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CostScaleTest {
    @Test
    void aWideSpreadOfCostsIsShownOnALogAxisWithOneTwoFiveTicks() {
        CostScale scale = CostScale.covering(List.of(4_120.0, 6_880.0, 21_460.0, 9_930.0, 80_000.0));

        assertThat(scale.isLog()).isTrue();
        assertThat(scale.ticks()).contains(5_000.0, 10_000.0, 20_000.0, 50_000.0);
        assertThat(scale.position(4_120)).isBetween(0.0, 0.5);
        assertThat(scale.position(80_000)).isBetween(0.5, 1.0);
    }

    @Test
    void costsCloseTogetherAreShownOnALinearAxisFromZero() {
        CostScale scale = CostScale.covering(List.of(24_548.0, 59_635.0, 87_430.0, 64_332.0));

        assertThat(scale.isLog()).isFalse();
        assertThat(scale.ticks().get(0)).isZero();
        assertThat(scale.position(0)).isZero();
        assertThat(scale.position(87_430)).isLessThan(1.0);
    }

    /** Review 12e: a growth axis stepped by $250k labelled its $1.25M line "$1.3M". */
    @Test
    void everyNiceTickIsLabelledWithItsOwnValue() {
        for (double highest = 90; highest < 5e7; highest *= 1.37) {
            CostScale.Steps steps = CostScale.niceSteps(highest);
            for (double tick = steps.step(); tick <= steps.top() + 1e-6; tick += steps.step()) {
                String label = Amounts.compact("$", tick).substring(1);
                double multiplier = label.endsWith("M") ? 1e6 : label.endsWith("k") ? 1e3 : 1;
                double read = Double.parseDouble(label.replaceAll("[kM]$", "")) * multiplier;
                assertThat(read).as("tick %s of steps %s labelled %s", tick, steps, label).isCloseTo(tick, org.assertj.core.data.Offset.offset(tick * 1e-9));
            }
        }
        assertThat(Amounts.compact("$", 1_250_000)).isEqualTo("$1.25M");
        assertThat(Amounts.compact("$", 1_500_000)).isEqualTo("$1.5M");
        assertThat(Amounts.compact("$", 700_000)).isEqualTo("$700k");
    }

    @Test
    void nothingToPlotStillGivesAUsableAxis() {
        CostScale scale = CostScale.covering(List.of(0.0, 0.0));

        assertThat(scale.isLog()).isFalse();
        assertThat(scale.ticks()).isNotEmpty();
    }
}
