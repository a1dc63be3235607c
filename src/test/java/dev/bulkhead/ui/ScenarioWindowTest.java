package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Scenarios in the window: the selector and the Scenario menu, undo of both, and the diff marks on the canvas. */
class ScenarioWindowTest extends WindowTest {
    private static final ElementId TUTOR = ElementId.of("tenant-code-tutor-prod");

    @BeforeEach
    void openTheProposal() throws Exception {
        open(new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json")));
    }

    private ComboBox<String> selector(FxRobot robot) {
        return lookup(robot, "#scenario-selector");
    }

    private static void undo(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
    }

    @Test
    void theSelectorSwitchesScenariosAndUndoSwitchesBack(FxRobot robot) throws Exception {
        assertThat(selector(robot).getValue()).isEqualTo("proposal A");
        assertThat(model().get(TUTOR, Tenant.class).option()).isEqualTo(TenancyOption.DEDICATED);

        robot.clickOn(selector(robot));
        robot.clickOn("current");

        assertThat(model().scenarios().active()).isEqualTo("current");
        assertThat(model().get(TUTOR, Tenant.class).option()).isNull();
        assertThat(window.session().undoNameProperty().get()).isEqualTo("Switch to scenario current");
        robot.clickOn(canvas());
        undo(robot);
        assertThat(model().scenarios().active()).isEqualTo("proposal A");
        assertThat(selector(robot).getValue()).isEqualTo("proposal A");
    }

    @Test
    void aNewScenarioFromTheMenuTakesTheEditsAndUndoRemovesIt(FxRobot robot) throws Exception {
        robot.clickOn("Scenario").clickOn("New Scenario…");
        robot.doubleClickOn("#scenario-name").eraseText(30).write("proposal B").type(KeyCode.ENTER);

        assertThat(model().scenarios().names()).containsExactly("current", "proposal A", "proposal B");
        assertThat(selector(robot).getValue()).isEqualTo("proposal B");
        // A new scenario starts as the base, whatever was shown before.
        assertThat(model().get(TUTOR, Tenant.class).option()).isNull();
        onFx(() -> window.session().document().edit("Set option", tx -> tx.replace(
                model().get(TUTOR, Tenant.class).withOption(TenancyOption.VCLUSTER))));
        assertThat(model().inScenario("current").get(TUTOR, Tenant.class).option()).isNull();

        robot.clickOn(canvas());
        undo(robot);
        undo(robot);
        assertThat(model().scenarios().names()).containsExactly("current", "proposal A");
        assertThat(selector(robot).getItems()).containsExactly("current", "proposal A");
    }

    @Test
    void theDiffMarksShowWhatTheScenarioChangedWithALegend(FxRobot robot) throws Exception {
        robot.clickOn("Scenario").clickOn("Mark Differences from Base");

        HBox legend = lookup(robot, "#diff-legend");
        // The diff is computed off the FX thread: wait for its result, not only for the layer.
        waitUntil(() -> text(legend).contains("from current: 1 added"));
        String text = legend.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + b + " ");
        assertThat(text).contains("+ added").contains("~ changed").contains("from current: 1 added, 4 changed, 1 removed");
        // The added element is a connection: it is marked along its route, not left out for having no box.
        java.util.Set<dev.bulkhead.model.ElementId> base = model().inScenario("current").all(dev.bulkhead.model.Connection.class)
                .stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet());
        dev.bulkhead.model.ElementId added = model().all(dev.bulkhead.model.Connection.class).stream().map(c -> c.id())
                .filter(id -> !base.contains(id)).findFirst().orElseThrow();
        dev.bulkhead.ui.scenario.DiffMarksLayer marks = lookup(robot, "#diff-marks");
        onFx(() -> window.canvas().fitToWindow());
        waitUntil(() -> fx(marks::marked).contains(added));
        // What proposal A removed is ghosted where the base had it: a connection along its old route, and a tenant.
        dev.bulkhead.model.ElementId removedConnection = dev.bulkhead.model.ElementId.of("conn-web-data-dev");
        dev.bulkhead.model.ElementId removedTenant = dev.bulkhead.model.ElementId.of("tenant-data-team-dev");
        waitUntil(() -> fx(marks::marked).contains(removedConnection));
        onFx(() -> window.session().document().edit("Remove data-team", tx -> tx.remove(removedTenant)));
        waitUntil(() -> text(legend).contains("1 added, 4 changed, 2 removed"));
        waitUntil(() -> fx(marks::marked).containsAll(java.util.List.of(removedConnection, removedTenant)));

        robot.clickOn(selector(robot));
        robot.clickOn("current");
        waitUntil(() -> text(legend).contains("0 added, 0 changed, 0 removed"));
    }

    private static String text(HBox legend) {
        return fx(() -> legend.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + b + " "));
    }
}
