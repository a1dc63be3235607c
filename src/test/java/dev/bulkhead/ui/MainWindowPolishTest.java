package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Tenant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What a new user meets first in the main window: menus, theme, save state, names and counts. */
class MainWindowPolishTest extends WindowTest {
    private Label statusLabel(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    @Test
    void theDarkThemeMenuItemSwitchesTheThemeBackAndForth(FxRobot robot) {
        robot.clickOn("View").clickOn("Dark Theme");

        assertThat(settings.darkTheme).isTrue();
        assertThat(fx(() -> window.stage().getScene().getStylesheets())).anyMatch(s -> s.endsWith("dark.css"));

        robot.clickOn("View").clickOn("Dark Theme");

        assertThat(settings.darkTheme).isFalse();
        assertThat(fx(() -> window.stage().getScene().getStylesheets())).anyMatch(s -> s.endsWith("light.css"));
    }

    @Test
    void compareOptionsInTheMenusIsAPlainMenuItem(FxRobot robot) {
        MenuItem inMenu = fx(() -> window.stage().getScene().getRoot().lookupAll(".menu-bar").stream()
                .map(bar -> (javafx.scene.control.MenuBar) bar).flatMap(bar -> bar.getMenus().stream())
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "Compare Options…".equals(item.getText()))
                .findFirst().orElseThrow());

        // The accent style is for buttons; on a menu item it gave dark text on the menu's dark highlight.
        assertThat(inMenu.getStyleClass()).doesNotContain("bh-primary");
    }

    @Test
    void aNewModelIsNotSavedYetAndSaveAsNamesItAfterItsFile(FxRobot robot) throws Exception {
        assertThat(fx(() -> statusLabel(robot, "status-save-state").getText())).isEqualTo("Not saved yet");

        dialogs.save = folder.resolve("payments platform.bulkhead.json");
        onFx(() -> window.files().saveAs());

        assertThat(model().settings().name()).isEqualTo("payments platform");
        assertThat(fx(() -> statusLabel(robot, "status-save-state").getText())).isEqualTo("Saved");
        assertThat(window.session().isDirty()).isFalse();
        assertThat(fx(() -> window.stage().getTitle())).isEqualTo("payments platform.bulkhead.json — Bulkhead");
    }

    @Test
    void countsOfOneAreSingular(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));
        waitForAnalysis();

        String totals = fx(() -> statusLabel(robot, "status-totals").getText());
        assertThat(totals).doesNotContainPattern("\\b1 [a-z]+s\\b");
    }

    @Test
    void undoKeepsTheEditedElementSelectedAndShownInTheInspector(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));
        waitForAnalysis();
        Tenant tenant = model().all(Tenant.class).get(0);
        onFx(() -> canvas().selection().select(tenant.id()));
        TextField name = fx(() -> (TextField) window.inspector().editor("Name"));
        robot.doubleClickOn(name).eraseText(tenant.name().length() + 2).write("renamed").type(KeyCode.ENTER);
        assertThat(model().get(tenant.id(), Tenant.class).name()).isEqualTo("renamed");

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));

        assertThat(model().get(tenant.id(), Tenant.class).name()).isEqualTo(tenant.name());
        assertThat(canvas().selection().selected()).containsExactly(tenant.id());
        assertThat(fx(() -> ((TextField) window.inspector().editor("Name")).getText())).isEqualTo(tenant.name());
    }

    @Test
    void undoingADeleteSelectsWhatCameBack(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));
        waitForAnalysis();
        ElementId tenant = model().all(Tenant.class).get(0).id();
        onFx(() -> canvas().selection().select(tenant));
        robot.push(KeyCode.DELETE);
        assertThat(model().find(tenant)).isEmpty();

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));

        assertThat(model().find(tenant)).isPresent();
        assertThat(canvas().selection().selected()).contains(tenant);
    }

    @Test
    void aRefusedValueIsExplainedAtItsFieldNamingItAndKeptUntilEscaped(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));
        waitForAnalysis();
        Tenant tenant = model().all(Tenant.class).get(0);
        onFx(() -> canvas().selection().select(tenant.id()));
        TextField cpu = fx(() -> (TextField) window.inspector().editor("CPU (vCPU)"));
        String stored = fx(cpu::getText);

        robot.doubleClickOn(cpu).eraseText(10).write("abc").type(KeyCode.ENTER);

        assertThat(model().get(tenant.id(), Tenant.class).demand()).isEqualTo(tenant.demand());
        assertThat(fx(() -> cpu.getText())).isEqualTo("abc");
        assertThat(fx(() -> cpu.getStyleClass())).contains("bh-invalid");
        Label atTheField = fx(() -> (Label) cpu.getParent().lookup(".bh-field-error"));
        assertThat(fx(() -> atTheField.getText())).isEqualTo("CPU (vCPU): 'abc' is not a number");
        assertThat(fx(atTheField::isVisible)).isTrue();

        robot.type(KeyCode.ESCAPE);

        assertThat(fx(() -> cpu.getText())).isEqualTo(stored);
        assertThat(fx(() -> atTheField.getText())).isEmpty();
        assertThat(fx(() -> cpu.getStyleClass())).doesNotContain("bh-invalid");
    }

    @Test
    void theStripSaysWhichScopeItShowsAndCanBePinned(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));
        waitForAnalysis();
        Tenant tenant = model().all(Tenant.class).get(0);
        String environment = model().environmentOf(tenant.id()).orElseThrow().name();
        assertThat(fx(() -> window.strip().scopeText())).endsWith("whole model (nothing selected)");

        onFx(() -> canvas().selection().select(tenant.id()));
        assertThat(fx(() -> window.strip().scopeText())).endsWith(environment + " (of the selection)");

        robot.clickOn("#strip-pin");
        onFx(() -> canvas().selection().clear());
        assertThat(fx(() -> window.strip().scopeText())).endsWith(environment + " (pinned)");

        robot.clickOn("#strip-pin");
        assertThat(fx(() -> window.strip().scopeText())).endsWith("whole model (nothing selected)");
    }

    @Test
    void theStripsChartLabelsNeverOverlapAndAnEmptyModelShowsNoPile() throws Exception {
        onFx(() -> window.files().openSample("ai-agent-saas.bulkhead.json"));
        waitForAnalysis();
        List<javafx.geometry.Bounds> labels = fx(() -> window.strip().chart().labelBounds());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }

        onFx(() -> {
            window.session().document().markSaved();
            window.files().newModel();
        });
        waitForAnalysis();
        assertThat(fx(() -> window.strip().chart().labelBounds())).isEmpty();
        assertThat(fx(() -> window.strip().chart().points())).isEmpty();
    }

    @Test
    void theShortcutsListIsATableWhoseColumnsLineUp(FxRobot robot) {
        robot.push(KeyCode.F1);
        javafx.scene.layout.GridPane grid = robot.lookup("#shortcuts").query();

        List<Double> keyColumn = fx(() -> grid.getChildren().stream().filter(n -> javafx.scene.layout.GridPane.getColumnIndex(n) == 0
                && n.getStyleClass().contains("bh-shortcut-keys")).map(n -> n.getBoundsInParent().getMinX()).distinct().toList());
        List<Double> whatColumn = fx(() -> grid.getChildren().stream().filter(n -> javafx.scene.layout.GridPane.getColumnIndex(n) == 1)
                .map(n -> n.getBoundsInParent().getMinX()).distinct().toList());
        robot.clickOn("OK");

        assertThat(keyColumn).hasSize(1);
        assertThat(whatColumn).hasSize(1);
    }

    @Test
    void aSampleOpensWithAllOfItOrItsFirstEnvironmentInViewAndReadable() throws Exception {
        for (String sample : List.of("workshop-starter.bulkhead.json", "internal-platform.bulkhead.json", "ai-agent-saas.bulkhead.json")) {
            onFx(() -> {
                window.session().document().markSaved();
                window.files().openSample(sample);
            });
            waitForAnalysis();
            onFx(() -> canvas().layout());
            double scale = fx(() -> canvas().viewport().scale());
            dev.bulkhead.model.Geometry visible = fx(() -> canvas().viewport().visibleArea(canvas().getWidth(), canvas().getHeight()));
            List<dev.bulkhead.model.Geometry> environments = fx(() -> model().all(dev.bulkhead.model.Environment.class).stream()
                    .map(e -> canvas().scene().bounds(e.id())).toList());

            assertThat(scale).as(sample).isGreaterThanOrEqualTo(0.7);
            assertThat(environments).as(sample + ": an environment wholly in view").anyMatch(visible::contains);
        }
    }
}
