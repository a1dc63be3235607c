package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.ui.scenario.ScenarioPairChart;
import dev.bulkhead.diagram.chart.ScenarioPairPlot.Series;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Scenario > Compare Two Scenarios…: the side-by-side figures are those of each scenario's own analysis, both are on
 * the chart with a legend, and the window follows the latest edit.
 */
class ScenarioCompareWindowTest extends WindowTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private static final ElementId TUTOR = ElementId.of("tenant-code-tutor-prod");

    @BeforeEach
    void openTheProposal() throws Exception {
        open(new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json")));
    }

    private static String text(FxRobot robot, String id) {
        return fx(() -> ((Label) lookup(robot, "#" + id)).getText());
    }

    /** Waits until the window shows the given scenarios, analysed from the model as it is now. */
    private void waitForPair(FxRobot robot, String first, String second) throws Exception {
        waitUntil(() -> {
            ScenarioPairChart chart = lookup(robot, "#scenario-pair-chart");
            ProgressIndicator progress = lookup(robot, "#pair-progress");
            return !progress.isVisible() && chart.series(Series.FIRST).stream().allMatch(p -> p.scenario().equals(first))
                    && chart.series(Series.SECOND).stream().allMatch(p -> p.scenario().equals(second))
                    && !chart.points().isEmpty();
        });
    }

    private static boolean overlaps(dev.bulkhead.model.Geometry a, dev.bulkhead.model.Geometry b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    private void assertFigures(FxRobot robot, Model model, String first, String second) {
        Analysis a = ANALYZER.analyze(model.inScenario(first));
        Analysis b = ANALYZER.analyze(model.inScenario(second));
        String symbol = a.pricing().symbol();
        OptionResult left = a.whole().option(OptionKey.CURRENT);
        OptionResult right = b.whole().option(OptionKey.CURRENT);
        assertThat(text(robot, "pair-cost-a")).isEqualTo(Amounts.exact(symbol, left.monthlyCost()));
        assertThat(text(robot, "pair-cost-b")).isEqualTo(Amounts.exact(symbol, right.monthlyCost()));
        assertThat(text(robot, "pair-isolation-a")).isEqualTo(Math.round(left.isolationScore()) + " / 100");
        assertThat(text(robot, "pair-isolation-b")).isEqualTo(Math.round(right.isolationScore()) + " / 100");
        assertThat(text(robot, "pair-unmet-a")).isEqualTo(String.valueOf(left.unmetRequirements()));
        assertThat(text(robot, "pair-unmet-b")).isEqualTo(String.valueOf(right.unmetRequirements()));
        for (Environment env : model.all(Environment.class)) {
            assertThat(text(robot, "pair-env-" + env.id().value() + "-a")).as(env.name())
                    .isEqualTo(Amounts.exact(symbol, a.environment(env.id()).orElseThrow().option(OptionKey.CURRENT).monthlyCost()));
            assertThat(text(robot, "pair-env-" + env.id().value() + "-b")).as(env.name())
                    .isEqualTo(Amounts.exact(symbol, b.environment(env.id()).orElseThrow().option(OptionKey.CURRENT).monthlyCost()));
        }
        ScenarioPairChart chart = lookup(robot, "#scenario-pair-chart");
        dev.bulkhead.diagram.chart.ScenarioPairPlot.Point plottedA = fx(() -> chart.series(Series.FIRST)).stream()
                .filter(p -> p.key() == OptionKey.CURRENT).findFirst().orElseThrow();
        dev.bulkhead.diagram.chart.ScenarioPairPlot.Point plottedB = fx(() -> chart.series(Series.SECOND)).stream()
                .filter(p -> p.key() == OptionKey.CURRENT).findFirst().orElseThrow();
        assertThat(plottedA.cost()).isEqualTo(left.monthlyCost().doubleValue());
        assertThat(plottedB.cost()).isEqualTo(right.monthlyCost().doubleValue());
        assertThat(plottedA.margin()).isEqualTo(left.requirementMargin());
        assertThat(plottedB.margin()).isEqualTo(right.requirementMargin());
    }

    @Test
    void theBaseAndTheProposalStandSideBySideWithTheirOwnAnalysesAndBothOnTheChart(FxRobot robot) throws Exception {
        robot.clickOn("Scenario").clickOn("Compare Two Scenarios…");
        waitForPair(robot, "current", "proposal A");

        assertFigures(robot, model(), "current", "proposal A");
        // The proposal moves the tutor to a dedicated cluster: the two scenarios do differ, so the test can tell them apart.
        assertThat(text(robot, "pair-cost-a")).isNotEqualTo(text(robot, "pair-cost-b"));
        ScenarioPairChart chart = lookup(robot, "#scenario-pair-chart");
        assertThat(fx(() -> chart.series(Series.FIRST))).hasSize(5);
        assertThat(fx(() -> chart.series(Series.SECOND))).hasSize(5);
        assertThat(robot.lookup("#pair-point-a-current").tryQuery()).isPresent();
        assertThat(robot.lookup("#pair-point-b-current").tryQuery()).isPresent();
        // Every mark on the screen's chart is explained by a legend mark of its kind, and no two marks cover each other.
        waitUntil(() -> chart.drawn() != null && !chart.drawn().marks().isEmpty());
        var layout = fx(chart::drawn);
        assertThat(layout.marks()).hasSize(10);
        for (var mark : layout.marks()) {
            assertThat(layout.legendMarks()).as("legend of %s", mark.point())
                    .anyMatch(l -> l.series() == mark.point().series() && l.key() == mark.point().key());
            for (var other : layout.marks()) {
                if (other != mark) {
                    assertThat(overlaps(mark.box(), other.box())).as("%s over %s", mark, other).isFalse();
                }
            }
        }
        assertThat(layout.labels()).as("both scenarios as modelled are labelled").hasSize(2);
        assertThat(layout.arrow()).as("the move from the base to the proposal").isTrue();
    }

    @Test
    void choosingScenariosSwapsTheColumnsAndAnEditIsFollowed(FxRobot robot) throws Exception {
        robot.clickOn("Scenario").clickOn("Compare Two Scenarios…");
        waitForPair(robot, "current", "proposal A");
        ComboBox<String> first = lookup(robot, "#pair-first");
        robot.clickOn(first);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<String> cell) ->
                "proposal A".equals(cell.getText())).<javafx.scene.Node>query());
        assertThat(fx(first::getValue)).isEqualTo("proposal A");
        waitForPair(robot, "proposal A", "proposal A");
        assertThat(text(robot, "pair-cost-change")).isEqualTo("no change");

        onFx(() -> ((ComboBox<String>) lookup(robot, "#pair-second")).setValue("current"));
        waitForPair(robot, "proposal A", "current");
        assertFigures(robot, model(), "proposal A", "current");

        // An edit in the active scenario (proposal A) is analysed again: the figures follow the latest model.
        String before = text(robot, "pair-cost-a");
        onFx(() -> window.session().document().edit("Use a vCluster", tx -> tx.replace(
                model().get(TUTOR, Tenant.class).withOption(TenancyOption.VCLUSTER))));
        waitUntil(() -> !text(robot, "pair-cost-a").equals(before));
        waitForPair(robot, "proposal A", "current");
        assertFigures(robot, model(), "proposal A", "current");
    }
}
