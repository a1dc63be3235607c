package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.ui.compare.CompareWindow;
import dev.bulkhead.diagram.chart.CostIsolationPlot;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The compare chart never contradicts the verdict: on every sample and every scope, an option that fails nobody
 * ("0 unmet", the tick) is drawn on or above the dashed "every requirement met" line, and an option that fails
 * some tenant is drawn below it, as laid out on screen.
 */
class ChartAgreesWithVerdictTest extends WindowTest {
    private static final List<String> SAMPLES = List.of("ai-agent-saas", "internal-platform", "workshop-starter");
    /** A failing option sits at least one whole margin point below the line: far more than this many pixels. */
    private static final double CLEARLY_BELOW = 10;

    @Test
    void onEverySampleAndScopeNoOptionMeetingEveryoneIsBelowTheLineAndEveryFailingOneIs(FxRobot robot) throws Exception {
        CompareWindow compare = null;
        int checked = 0;
        for (String sample : SAMPLES) {
            onFx(() -> window.files().openSample(sample + ".bulkhead.json"));
            waitForAnalysis();
            if (compare == null) {
                robot.clickOn("#compare-button");
                compare = window.compareWindow();
            }
            CompareWindow shown = compare;
            waitUntil(() -> shown.stage().isShowing());
            Analysis analysis = window.analysis().latest();
            List<ElementId> scopes = new ArrayList<>();
            scopes.add(null);
            model().all(Environment.class).forEach(e -> scopes.add(e.id()));
            for (ElementId scope : scopes) {
                ScopeAnalysis expected = analysis.scope(scope);
                onFx(() -> {
                    shown.setScope(scope);
                    shown.chart().applyCss();
                    shown.chart().layout();
                });
                List<CostIsolationPlot.Point> points = fx(() -> shown.chart().points());
                if (expected.tenantCount() == 0) {
                    assertThat(points).isEmpty();
                    continue;
                }
                double line = fx(() -> shown.chart().thresholdY());
                for (CostIsolationPlot.Point point : points) {
                    OptionResult result = expected.option(point.key());
                    String where = sample + ", " + expected.label() + ", " + point.key().label();
                    assertThat(point.unmet()).as("unmet %s", where).isEqualTo(result.unmetRequirements());
                    double y = fx(() -> ((Circle) shown.chart().lookup("#point-" + point.key().key())).getCenterY());
                    if (point.unmet() == 0) {
                        assertThat(y).as("%s meets everyone: drawn at %s, the line at %s", where, y, line)
                                .isLessThanOrEqualTo(line + 0.5);
                    } else {
                        assertThat(y).as("%s fails %d: drawn at %s, the line at %s", where, point.unmet(), y, line)
                                .isGreaterThan(line + CLEARLY_BELOW);
                    }
                    checked++;
                }
            }
        }
        // Three samples, each with the whole model and its environments, five points each.
        assertThat(checked).isGreaterThanOrEqualTo(3 * 2 * 5);
    }
}
