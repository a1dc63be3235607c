package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.RequirementMargin;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.export.report.ComparisonTable;
import dev.bulkhead.export.report.NotPriced;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.ui.compare.CompareWindow;
import dev.bulkhead.ui.compare.ComparisonTableView;
import dev.bulkhead.diagram.chart.CostIsolationPlot;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The compare view on a bundled sample: its figures are the analysis', and it follows every edit live. */
class CompareWindowTest extends WindowTest {
    private CompareWindow compare;

    @BeforeEach
    void openTheSampleAndCompare(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("ai-agent-saas.bulkhead.json"));
        waitForAnalysis();
        robot.clickOn("#compare-button");
        compare = window.compareWindow();
        waitUntil(() -> compare.stage().isShowing() && compare.chart().points().size() == 5);
    }

    /** Presses a button of the compare window, wherever its scroll pane has it (a narrow window stacks the panels). */
    private static void press(FxRobot robot, String text) {
        javafx.scene.control.Button button = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b
                && text.equals(b.getText())).queryButton();
        onFx(button::fire);
    }

    /** A column of the options' table as the compare view shows it: money to the cent. */
    private static List<String> shown(ComparisonTable table, int column) {
        return table.rows().stream().map(r -> {
            ComparisonTable.Cell cell = r.cells().get(column);
            return cell.text();
        }).toList();
    }

    private Analysis analysis() {
        return window.analysis().latest();
    }

    private Map<OptionKey, CostIsolationPlot.Point> points() {
        return fx(() -> {
            Map<OptionKey, CostIsolationPlot.Point> byKey = new java.util.EnumMap<>(OptionKey.class);
            compare.chart().points().forEach(p -> byKey.put(p.key(), p));
            return byKey;
        });
    }

    @Test
    void theChartHasOnePointPerOptionWithTheAnalysisFigures(FxRobot robot) throws Exception {
        Map<OptionKey, CostIsolationPlot.Point> points = points();

        assertThat(points.keySet()).containsExactlyInAnyOrderElementsOf(ComparisonTableView.COLUMNS);
        for (OptionKey key : ComparisonTableView.COLUMNS) {
            OptionResult result = analysis().whole().option(key);
            assertThat(points.get(key).cost()).isEqualTo(result.monthlyCost().doubleValue());
            assertThat(points.get(key).isolation()).isEqualTo(result.isolationScore());
            assertThat(points.get(key).margin()).isEqualTo(result.requirementMargin());
            assertThat(points.get(key).failing()).isEqualTo(result.unmetRequirements() > 0);
            // The chart lays its points out on a pulse after the analysis lands: wait for it on a busy machine.
            String point = "#point-" + key.key();
            waitUntil(() -> robot.lookup(point).tryQuery().isPresent());
        }
        assertThat(fx(() -> compare.chart().threshold())).isEqualTo((double) RequirementMargin.MET);
        OptionKey cheapest = analysis().whole().cheapestMeetingAll().orElseThrow();
        assertThat(points.get(cheapest).cheapestMeetingAll()).isTrue();
        assertThat(fx(() -> compare.table().column(OptionKey.DEDICATED))).isEqualTo(shown(ComparisonTable.of(analysis().whole(),
                model(), "$").markedNotPriced(NotPriced.of(analysis(), analysis().whole()), OptionKey.COMPARED), 2));
    }

    @Test
    void theCurrentDesignIsAColumnAndAPointBesideTheOptions(FxRobot robot) {
        OptionResult current = analysis().whole().option(OptionKey.CURRENT);

        assertThat(points().get(OptionKey.CURRENT).cost()).isEqualTo(current.monthlyCost().doubleValue());
        assertThat(robot.lookup("#point-current").tryQuery()).isPresent();
        List<String> column = fx(() -> compare.table().column(OptionKey.CURRENT));
        // The sample's agents call APIs on the internet, whose data transfer out is not priced: the total says so,
        // in the words the report uses, here as there.
        String total = Amounts.exact("$", current.monthlyCost()) + Amounts.NOT_PRICED;
        assertThat(column).contains(total);
        // On screen the mark goes under the amount, so that the columns keep their width.
        assertThat(robot.lookup("#cell-current-total").queryLabeled().getText())
                .isEqualTo(Amounts.exact("$", current.monthlyCost()) + "\n" + Amounts.NOT_PRICED.strip());
        assertThat(fx(() -> compare.table().column(OptionKey.NAMESPACE))).contains(Amounts.exact("$",
                analysis().whole().option(OptionKey.NAMESPACE).monthlyCost()) + Amounts.NOT_PRICED);
        assertThat(robot.lookup("#apply-current").tryQuery()).as("the current design is already applied").isEmpty();
    }

    /** With a proposal active, its design is never labelled "Current design", which reads as the base scenario "current". */
    @Test
    void aProposalsDesignIsNamedByItsScenarioInTheTableAndOnTheChart() throws Exception {
        onFx(() -> window.files().openSample("workshop-proposal.bulkhead.json"));
        waitForAnalysis();
        waitUntil(() -> window.analysis().latest().model().scenarios().active().equals("proposal A")
                && fx(() -> compare.table().headers()).contains("proposal A (as modelled)"));
        dev.bulkhead.diagram.RecordingSurface drawn = new dev.bulkhead.diagram.RecordingSurface();
        onFx(() -> compare.chart().draw(drawn.surface(), compare.chart().theme()));

        assertThat(drawn.calls()).anyMatch(c -> c.startsWith("text(proposal A (as modelled) · $"))
                .noneMatch(c -> c.contains(OptionKey.CURRENT.label()));
        assertThat(fx(() -> compare.table().headers())).doesNotContain("Current", OptionKey.CURRENT.label());
        assertThat(window.analysis().latest().findings()).noneMatch(f -> f.message().contains("current design"));
    }

    @Test
    void theStripsCardsSayTheirTotalsLeaveOutWhatIsNotPriced(FxRobot robot) {
        for (OptionKey key : OptionKey.COMPARED) {
            javafx.scene.Parent card = robot.lookup("#card-" + key.key()).query();
            List<String> texts = fx(() -> card.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.control.Label).map(n -> ((javafx.scene.control.Label) n).getText()).toList());
            // Stacked on two lines where the strip is narrow ("per month" over "+ not priced"), in the same words.
            assertThat(texts).as(key.label()).extracting(t -> t.replace('\n', ' ')).contains("per month" + Amounts.NOT_PRICED);
        }
    }

    @Test
    void editingATenantsKindMovesThePoints() throws Exception {
        Map<OptionKey, CostIsolationPlot.Point> before = points();
        Model model = model();
        List<Tenant> internal = model.all(Tenant.class).stream().filter(t -> t.tenantKind() == TenantKind.INTERNAL_TEAM).toList();

        onFx(() -> window.session().document().edit("Make internal teams regulated", tx ->
                internal.forEach(t -> tx.replace(t.withKind(TenantKind.REGULATED)))));
        waitForAnalysis();
        waitUntil(() -> !compare.chart().points().equals(new ArrayList<>(before.values())));

        Map<OptionKey, CostIsolationPlot.Point> after = points();
        // As namespaces every tenant already fails: the customers' own pods run untrusted code under runc on the
        // shared nodes, and the hard gate is an unmet requirement for everyone there. The mix has to pay instead.
        assertThat(before.get(OptionKey.NAMESPACE).unmet()).isEqualTo(model.all(Tenant.class).size());
        assertThat(after.get(OptionKey.RECOMMENDED).cost()).isGreaterThan(before.get(OptionKey.RECOMMENDED).cost());
        assertThat(after.get(OptionKey.RECOMMENDED).cost()).isEqualTo(analysis().whole().option(OptionKey.RECOMMENDED).monthlyCost().doubleValue());
    }

    @Test
    void switchingThePricingProfileChangesTheCostsAndUndoBringsThemBack(FxRobot robot) throws Exception {
        double awsNamespace = points().get(OptionKey.NAMESPACE).cost();
        ComboBox<String> pricing = robot.lookup("#pricing-profile").queryComboBox();

        onFx(() -> pricing.setValue("gcp-us-central1"));
        waitForAnalysis();
        waitUntil(() -> compare.chart().points().get(0).cost() != awsNamespace);

        assertThat(model().settings().pricingProfile()).isEqualTo("gcp-us-central1");
        assertThat(points().get(OptionKey.NAMESPACE).cost()).isEqualTo(analysis().whole().option(OptionKey.NAMESPACE).monthlyCost().doubleValue());
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        waitForAnalysis();
        waitUntil(() -> compare.chart().points().get(0).cost() == awsNamespace);
        assertThat(model().settings().pricingProfile()).isEqualTo("aws-us-east-1");
    }

    @Test
    void applyingTheRecommendationChangesTheModelAndUndoRevertsIt(FxRobot robot) throws Exception {
        Model before = model();
        java.math.BigDecimal recommended = analysis().whole().option(OptionKey.RECOMMENDED).monthlyCost();

        robot.clickOn("#apply-recommended");
        waitForAnalysis();

        assertThat(model()).isNotEqualTo(before);
        assertThat(analysis().whole().option(OptionKey.CURRENT).unmetRequirements()).isZero();
        assertThat(analysis().whole().option(OptionKey.CURRENT).monthlyCost()).isEqualByComparingTo(recommended);
        assertThat(robot.lookup("#compare-status").queryLabeled().getText()).startsWith("Applied the recommended mix");

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertThat(model()).isEqualTo(before);
        // The message spoke of the step just undone: it must not stay.
        assertThat(robot.lookup("#compare-status").queryLabeled().getText()).isEmpty();

        robot.clickOn("#apply-recommended");
        onFx(() -> {
            window.session().document().markSaved(); // no "save changes?" question
            window.files().newModel();
        });
        assertThat(robot.lookup("#compare-status").queryLabeled().getText()).isEmpty();
    }

    @Test
    void theScopeSwitchShowsOneEnvironment(FxRobot robot) throws Exception {
        Environment prod = model().all(Environment.class).stream().filter(e -> e.name().equals("prod")).findFirst().orElseThrow();

        robot.clickOn("#scope-" + prod.id().value());
        waitUntil(() -> prod.id().equals(compare.scope()));

        for (CostIsolationPlot.Point point : points().values()) {
            assertThat(point.cost()).isEqualTo(analysis().scope(prod.id()).option(point.key()).monthlyCost().doubleValue());
        }
    }

    @Test
    void everyFigureOpensItsFormula(FxRobot robot) {
        robot.clickOn("#cell-dedicated-control-planes");

        String formula = fx(() -> compare.table().openFormula());
        OptionResult dedicated = analysis().whole().option(OptionKey.DEDICATED);
        assertThat(formula).startsWith("How was this computed? Control planes · Dedicated");
        dedicated.lines().stream().filter(l -> l.category() == dev.bulkhead.analysis.CostCategory.CONTROL_PLANES)
                .forEach(line -> assertThat(formula).contains(line.item()).contains(Amounts.exact("$", line.monthly())));
        // The result is stated, and is the figure clicked.
        assertThat(formula).endsWith("Result: " + Amounts.exact("$", dedicated.byCategory().get(dev.bulkhead.analysis.CostCategory.CONTROL_PLANES))
                + " a month");
    }

    @Test
    void theFormulaCardIsATableOfInputsWithTheirSources(FxRobot robot) {
        robot.clickOn("#cell-namespace-worker-nodes");

        String card = fx(() -> compare.table().openFormula());
        assertThat(card).contains("Input\nValue\nUnit\nSource · amount");
        dev.bulkhead.analysis.CostLine line = analysis().whole().option(OptionKey.NAMESPACE).lines().stream()
                .filter(l -> l.category() == dev.bulkhead.analysis.CostCategory.WORKER_NODES).findFirst().orElseThrow();
        for (dev.bulkhead.analysis.CostTerm term : line.terms()) {
            assertThat(card).contains(term.label()).contains(term.source());
        }
        assertThat(card).contains("= " + line.formula("$"));
        // The item is named once, not repeated in front of its formula.
        assertThat(card).doesNotContain(line.item() + ": " + line.item());
    }

    @Test
    void theEnvironmentsAddUpToTheWholeModelToTheCent(FxRobot robot) {
        for (OptionKey key : OptionKey.COMPARED) {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (Environment environment : model().all(Environment.class)) {
                sum = sum.add(amount(robot.lookup("#env-" + environment.id().value() + "-" + key.key()).queryLabeled().getText()));
            }
            String whole = robot.lookup("#env-whole-" + key.key()).queryLabeled().getText();
            assertThat(amount(whole)).as(key.label()).isEqualByComparingTo(sum);
            assertThat(whole).isEqualTo(Amounts.exact("$", analysis().whole().option(key).monthlyCost()));
        }
    }

    private static java.math.BigDecimal amount(String shown) {
        return new java.math.BigDecimal(shown.replace("$", "").replace(",", ""));
    }

    @Test
    void theTableCopiesAsShownCurrentDesignIncludedAsMarkdownAndCsv(FxRobot robot) {
        press(robot, "Copy Markdown");
        String markdown = fx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(markdown).isEqualTo(ComparisonTable.of(analysis().whole(), model(), "$", ComparisonTableView.COLUMNS)
                .markedNotPriced(NotPriced.of(analysis(), analysis().whole()), ComparisonTableView.COLUMNS).toMarkdown())
                .contains("Current design").contains(Amounts.NOT_PRICED);

        press(robot, "Copy CSV");
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString()))
                .startsWith("section,line,Current design,Namespace,vCluster,Dedicated,Recommended mix");
    }

    @Test
    void anAssumptionEditedHereIsSavedInTheModelAndUndoable(FxRobot robot) throws Exception {
        robot.clickOn("#assumptions-toggle");
        TextField utilisation = robot.lookup("#assumption-targetUtilisation").query();

        robot.doubleClickOn(utilisation).eraseText(6).write("0.5").type(KeyCode.ENTER);
        waitForAnalysis();

        assertThat(model().settings().assumptionOverrides()).containsEntry("targetUtilisation", 0.5);
        assertThat(window.session().undoNameProperty().get()).isEqualTo("Set Target node utilisation to 0.5");
        onFx(() -> window.session().document().undo());
        assertThat(model().settings().assumptionOverrides()).doesNotContainKey("targetUtilisation");
    }

    @Test
    void theGrowthChartLabelsCrossoversAndTheSliderReadsAScenario(FxRobot robot) throws Exception {
        waitUntil(() -> !compare.sensitivity().scenarioText().isEmpty());
        String first = fx(() -> compare.sensitivity().scenarioText());

        onFx(() -> compare.sensitivity().growthSlider().setValue(compare.sensitivity().growthSlider().getMax()));

        String last = fx(() -> compare.sensitivity().scenarioText());
        assertThat(last).isNotEqualTo(first).contains("Namespace").contains("Recommended mix");
        assertThat(fx(() -> compare.sensitivity().crossoverTexts())).isNotEmpty();
    }

    @Test
    void theGrowthScenarioStartsAtTodaysTableFiguresAndStartsAfreshForAnotherModel(FxRobot robot) throws Exception {
        waitUntil(() -> !compare.sensitivity().scenarioText().isEmpty());
        String scenario = fx(() -> compare.sensitivity().scenarioText());
        for (OptionKey key : OptionKey.COMPARED) {
            assertThat(scenario).contains(key.label() + ": " + Amounts.whole("$", analysis().whole().option(key).monthlyCost()) + " → ");
        }
        onFx(() -> compare.sensitivity().growthSlider().setValue(compare.sensitivity().growthSlider().getMax()));

        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));
        waitForAnalysis();
        int today = analysis().whole().tenantCount();
        waitUntil(() -> compare.sensitivity().scenarioText().startsWith("Today " + today + " tenants"));

        assertThat(fx(() -> compare.sensitivity().growthSlider().getMin())).isEqualTo(today);
        assertThat(fx(() -> compare.sensitivity().growthSlider().getValue())).isEqualTo(Math.round(today * 2.5));
        String workshop = fx(() -> compare.sensitivity().scenarioText());
        for (OptionKey key : OptionKey.COMPARED) {
            assertThat(workshop).contains(key.label() + ": " + Amounts.whole("$", analysis().whole().option(key).monthlyCost()) + " → ");
        }
    }

    @Test
    void theWindowStandsBesideTheCanvasAndEscapeClosesIt(FxRobot robot) {
        javafx.geometry.Bounds canvas = fx(() -> window.canvas().localToScreen(window.canvas().getBoundsInLocal()));
        javafx.geometry.Rectangle2D beside = fx(() -> new javafx.geometry.Rectangle2D(compare.stage().getX(), compare.stage().getY(),
                compare.stage().getWidth(), compare.stage().getHeight()));

        assertThat(beside.intersects(canvas.getMinX(), canvas.getMinY(), canvas.getWidth(), canvas.getHeight())).as("%s over %s", beside, canvas).isFalse();

        robot.clickOn("#compare-title").push(KeyCode.ESCAPE);
        assertThat(fx(() -> compare.stage().isShowing())).isFalse();
    }

    @Test
    void theChartsLabelsNeverOverlap() {
        List<javafx.geometry.Bounds> labels = fx(() -> compare.chart().labelBounds());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }
        assertThat(labels).isNotEmpty();
    }

    @Test
    void theChartSavesAsPngAndSvg(FxRobot robot) throws Exception {
        dialogs.file = folder.resolve("chart.png");
        press(robot, "Save PNG");
        assertThat(Files.size(dialogs.file)).isGreaterThan(1000);
        assertThat(Files.readAllBytes(dialogs.file)).startsWith(0x89, 'P', 'N', 'G');

        dialogs.file = folder.resolve("chart.svg");
        press(robot, "Save SVG");
        String svg = Files.readString(dialogs.file);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("Dedicated · $").contains("stroke-dasharray").doesNotContain("foreignObject");
    }

    /** How fast the chart follows is measured by the benchmarks (BENCHMARKS.md); here only that it follows. */
    @Test
    void everyCanvasEditReachesTheChartAndTable() throws Exception {
        List<Tenant> tenants = model().all(Tenant.class);
        for (int i = 0; i < 5; i++) {
            Tenant tenant = tenants.get(i);
            TenantKind kind = tenant.tenantKind() == TenantKind.REGULATED ? TenantKind.INTERNAL_TEAM : TenantKind.REGULATED;
            onFx(() -> window.session().document().edit("Kind", tx -> tx.replace(tenant.withKind(kind))));
            Model edited = model();
            waitUntil(() -> window.analysis().latest().model() == edited);
            OptionResult recommended = window.analysis().latest().whole().option(OptionKey.RECOMMENDED);
            assertThat(points().get(OptionKey.RECOMMENDED).cost()).isEqualTo(recommended.monthlyCost().doubleValue());
            Analysis latest = window.analysis().latest();
            assertThat(fx(() -> compare.table().column(OptionKey.RECOMMENDED))).isEqualTo(shown(ComparisonTable.of(latest.whole(),
                    edited, "$").markedNotPriced(NotPriced.of(latest, latest.whole()), OptionKey.COMPARED), 3));
        }
    }
}
