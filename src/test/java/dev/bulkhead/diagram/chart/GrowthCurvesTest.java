package dev.bulkhead.diagram.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.SensitivityCurve;
import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.RecordingSurface;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The growth chart of a one-tenant scope, where options share a line (the recommended mix is all-namespace, and
 * vCluster costs what Dedicated does): each crossover is reported once, every option's line stays visible, and the
 * crossover dots are not in the findings' orange.
 */
class GrowthCurvesTest {
    private static final DiagramTheme THEME = DiagramTheme.of(false);

    /** Namespace and Recommended flat at 59; vCluster and Dedicated one line rising through it. */
    private static GrowthCurves sharedLines() {
        List<SensitivityCurve.Point> points = new ArrayList<>();
        double[][] costs = {{59, 30}, {59, 90}, {59, 150}};
        for (int i = 0; i < costs.length; i++) {
            Map<OptionKey, Double> at = new EnumMap<>(OptionKey.class);
            at.put(OptionKey.NAMESPACE, costs[i][0]);
            at.put(OptionKey.RECOMMENDED, costs[i][0]);
            at.put(OptionKey.VCLUSTER, costs[i][1]);
            at.put(OptionKey.DEDICATED, costs[i][1]);
            points.add(new SensitivityCurve.Point(i + 1, at));
        }
        Map<OptionKey, Double> today = new EnumMap<>(points.get(0).costs());
        return GrowthCurves.of(new SensitivityCurve(points, 1), today);
    }

    @Test
    void aCrossoverOfLinesThatCoincideIsReportedOnceNamingEveryOption() {
        List<GrowthCurves.Crossing> crossings = sharedLines().crossings();

        assertThat(crossings).hasSize(1);
        assertThat(crossings.get(0).text())
                .isEqualTo("Namespace and Recommended mix become cheaper than vCluster and Dedicated at about 2 tenants");
        assertThat(crossings.get(0).cost()).isEqualTo(59.0);
    }

    /** vCluster and Recommended with the given costs at 1, 2, 3, ... tenants; Namespace and Dedicated far apart. */
    private static GrowthCurves twoOptions(double[] vcluster, double[] recommended) {
        List<SensitivityCurve.Point> points = new ArrayList<>();
        for (int i = 0; i < vcluster.length; i++) {
            Map<OptionKey, Double> at = new EnumMap<>(OptionKey.class);
            at.put(OptionKey.NAMESPACE, 10.0 + i);
            at.put(OptionKey.VCLUSTER, vcluster[i]);
            at.put(OptionKey.DEDICATED, 10_000.0 + i);
            at.put(OptionKey.RECOMMENDED, recommended[i]);
            points.add(new SensitivityCurve.Point(i + 1, at));
        }
        return GrowthCurves.of(new SensitivityCurve(points, 1), new EnumMap<>(points.get(0).costs()));
    }

    @Test
    void curvesThatRunLevelForASampleDoNotCrossThere() {
        // vCluster is cheaper throughout but for one sample where the mix undercuts it by 0.1 %: the review's 75/76.
        GrowthCurves level = twoOptions(new double[] {1000, 1500, 2000, 2500}, new double[] {1050, 1540, 1998, 2600});

        assertThat(level.crossings()).isEmpty();
    }

    @Test
    void curvesThatClearlyChangeOrderCrossOnceWhereTheyLastMet() {
        // The mix is 5 % dearer, runs level with vCluster for two samples, then is clearly cheaper: one crossover,
        // between the samples where the difference changed sign (3 and 4 tenants: 1998 − 2000 < 0 < 2502 − 2500).
        GrowthCurves clear = twoOptions(new double[] {1000, 1500, 2000, 2500, 3000}, new double[] {1050, 1501, 2002, 2498, 2700});

        assertThat(clear.crossings()).extracting(GrowthCurves.Crossing::text)
                .containsExactly("Recommended mix becomes cheaper than vCluster at about 4 tenants");
    }

    @Test
    void aLineOnAnotherIsDashedOverItAndTheKeySaysWhichItFollows() {
        RecordingSurface surface = new RecordingSurface();

        sharedLines().draw(surface.surface(), THEME, "$", 0, 0, 720, 300);

        List<Colour> solid = new ArrayList<>();
        List<Colour> dashed = new ArrayList<>();
        Colour stroke = null;
        boolean dashes = false;
        for (RecordingSurface.Call call : surface.log()) {
            switch (call.method()) {
                case "stroke" -> stroke = (Colour) call.args()[0];
                case "dashes" -> dashes = call.number(0) > 0;
                case "strokePolyline" -> (dashes ? dashed : solid).add(stroke);
                default -> { }
            }
        }
        assertThat(solid).containsExactly(colour(OptionKey.NAMESPACE), colour(OptionKey.VCLUSTER));
        assertThat(dashed).as("drawn over the line each lies on").containsExactly(colour(OptionKey.DEDICATED),
                colour(OptionKey.RECOMMENDED));
        List<String> texts = surface.log().stream().filter(c -> c.method().equals("text")).map(c -> (String) c.args()[0]).toList();
        assertThat(texts).contains("same as vCluster", "same as Namespace");
    }

    @Test
    void theCrossoverMarkIsANeutralRingInNoOptionsOrTheFindingsColour() {
        RecordingSurface surface = new RecordingSurface();

        sharedLines().draw(surface.surface(), THEME, "$", 0, 0, 720, 300);

        Colour fill = null;
        Colour stroke = null;
        List<Colour> marks = new ArrayList<>();
        for (RecordingSurface.Call call : surface.log()) {
            switch (call.method()) {
                case "fill" -> fill = (Colour) call.args()[0];
                case "stroke" -> stroke = (Colour) call.args()[0];
                case "fillOval" -> marks.add(fill);
                case "strokeOval" -> marks.add(stroke);
                default -> { }
            }
        }
        assertThat(marks).as("the crossover and its key, filled and ringed").hasSize(4)
                .containsOnly(THEME.colour("-bh-surface"), THEME.colour("-bh-border-strong"))
                .doesNotContain(THEME.colour("-bh-warning"));
        for (OptionKey key : OptionKey.COMPARED) {
            assertThat(marks).doesNotContain(colour(key));
        }
    }

    private static Colour colour(OptionKey key) {
        return CostIsolationPlot.colour(THEME, key);
    }

    /** The architect's case: the highest cost $606k, an axis that ran to $800k. */
    @Test
    void theCostAxisEndsAtTheFirstNiceStepAboveTheHighestCost() {
        double[] vcluster = {200_000, 400_000, 606_000};
        double[] recommended = {150_000, 300_000, 450_000};
        RecordingSurface surface = new RecordingSurface();
        twoOptions(vcluster, recommended).draw(surface.surface(), THEME, "$", 0, 0, 720, 300);

        List<String> ticks = new ArrayList<>();
        for (RecordingSurface.Call call : surface.log()) {
            // The cost axis's tick labels stand right-aligned 8 units left of the plot (x + 64).
            if (call.method().equals("text") && call.args()[4] == dev.bulkhead.diagram.DrawingSurface.Align.RIGHT
                    && call.number(2) == 56) {
                ticks.add((String) call.args()[0]);
            }
        }
        assertThat(ticks).containsExactly("$0", "$100k", "$200k", "$300k", "$400k", "$500k", "$600k", "$700k");
    }

    @Test
    void niceStepsGiveFourToEightTicksWithTheLowestTopAboveTheHighest() {
        assertThat(CostScale.niceSteps(606_000)).isEqualTo(new CostScale.Steps(100_000, 700_000));
        assertThat(CostScale.niceSteps(59)).isEqualTo(new CostScale.Steps(10, 60));
        assertThat(CostScale.niceSteps(1_000)).isEqualTo(new CostScale.Steps(200, 1_200));
        for (double highest : new double[] {0.3, 7, 59, 150, 999, 4_321, 87_430, 606_000, 2_500_000}) {
            CostScale.Steps steps = CostScale.niceSteps(highest);
            assertThat(steps.top()).as("top for %s", highest).isGreaterThan(highest).isLessThanOrEqualTo(highest + steps.step() * (1 + 1e-9));
            assertThat(Math.round(steps.top() / steps.step())).as("ticks for %s", highest).isBetween(4L, 8L);
        }
    }
}
