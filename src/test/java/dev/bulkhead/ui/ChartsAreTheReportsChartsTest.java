package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.diagram.RecordingSurface;
import dev.bulkhead.export.report.ProposalReport;
import dev.bulkhead.model.Environment;
import dev.bulkhead.ui.compare.CompareWindow;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The compare window's charts are the report's charts: drawn at the same size from the same analysis, the app's
 * cost-versus-isolation chart and growth chart issue exactly the drawing calls the report's do.
 */
class ChartsAreTheReportsChartsTest extends WindowTest {
    private CompareWindow compare;

    @BeforeEach
    void openTheSampleAndCompare(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("ai-agent-saas.bulkhead.json"));
        waitForAnalysis();
        robot.clickOn("#compare-button");
        compare = window.compareWindow();
        waitUntil(() -> compare.stage().isShowing() && compare.chart().points().size() == 5
                && !compare.sensitivity().crossoverTexts().isEmpty() && compare.sensitivity().chart().getWidth() > 0);
    }

    @Test
    void theCostIsolationChartDrawsWhatTheReportDraws() {
        ProposalReport report = ProposalReport.of(window.analysis().latest(), null, "test", LocalDate.of(2026, 1, 1));
        RecordingSurface app = new RecordingSurface();
        RecordingSurface file = new RecordingSurface();
        double[] size = fx(() -> {
            compare.chart().draw(app.surface(), compare.chart().theme());
            return new double[] {Math.floor(compare.chart().getWidth()), Math.floor(compare.chart().getHeight())};
        });

        report.costIsolation().draw(file.surface(), fx(() -> compare.chart().theme()), 0, 0, size[0], size[1]);

        assertThat(app.calls()).isEqualTo(file.calls());
        assertThat(app.calls()).anyMatch(c -> c.startsWith("text(" + OptionKey.DEDICATED.label() + " · $"))
                .anyMatch(c -> c.startsWith("text(on or above: every requirement met"));
    }

    @Test
    void theGrowthChartDrawsWhatTheReportDraws() {
        ProposalReport report = ProposalReport.of(window.analysis().latest(), null, "test", LocalDate.of(2026, 1, 1));
        RecordingSurface app = new RecordingSurface();
        RecordingSurface file = new RecordingSurface();
        double[] size = fx(() -> {
            compare.sensitivity().chart().draw(app.surface(), compare.chart().theme());
            return new double[] {Math.floor(compare.sensitivity().chart().getWidth()),
                Math.floor(compare.sensitivity().chart().getHeight())};
        });

        report.growth().draw(file.surface(), fx(() -> compare.chart().theme()), report.symbol(), 0, 0, size[0], size[1]);

        assertThat(app.calls()).isEqualTo(file.calls());
        // The sample's curves only run level for a moment (GrowthCurves.LEVEL), so it has no crossover to draw;
        // GrowthCurvesTest draws crossovers.
        assertThat(app.calls()).anyMatch(c -> c.startsWith("strokePolyline(")).anyMatch(c -> c.startsWith("text(Namespace"));
    }

    /** The comparison can tell charts apart: another scope's chart is another drawing. */
    @Test
    void anotherScopesChartIsAnotherDrawing(FxRobot robot) throws Exception {
        ProposalReport whole = ProposalReport.of(window.analysis().latest(), null, "test", LocalDate.of(2026, 1, 1));
        Environment prod = model().all(Environment.class).stream().filter(e -> e.name().equals("prod")).findFirst().orElseThrow();
        robot.clickOn("#scope-" + prod.id().value());
        waitUntil(() -> prod.id().equals(compare.scope()));
        RecordingSurface app = new RecordingSurface();
        RecordingSurface file = new RecordingSurface();
        double[] size = fx(() -> {
            compare.chart().draw(app.surface(), compare.chart().theme());
            return new double[] {Math.floor(compare.chart().getWidth()), Math.floor(compare.chart().getHeight())};
        });

        whole.costIsolation().draw(file.surface(), fx(() -> compare.chart().theme()), 0, 0, size[0], size[1]);
        ProposalReport ofProd = ProposalReport.of(window.analysis().latest(), prod, "test", LocalDate.of(2026, 1, 1));
        RecordingSurface prodFile = new RecordingSurface();
        ofProd.costIsolation().draw(prodFile.surface(), fx(() -> compare.chart().theme()), 0, 0, size[0], size[1]);

        assertThat(app.calls()).isNotEqualTo(file.calls());
        assertThat(app.calls()).isEqualTo(prodFile.calls());
    }
}
