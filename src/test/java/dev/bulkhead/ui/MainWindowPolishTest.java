package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Tenant;
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
}
