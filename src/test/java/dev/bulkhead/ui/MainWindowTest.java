package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.CodeOrigin;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Drives the real main window as a user would: palette, canvas, inspector, shortcuts, files. */
class MainWindowTest extends WindowTest {
    private static final ElementId SHARED = ElementId.of("cluster-shared");
    private static final ElementId SEARCH = ElementId.of("tenant-search");
    private static final ElementId PAYMENTS = ElementId.of("tenant-payments");
    private Path file;

    @BeforeEach
    void openAModel() throws Exception {
        TestModels b = TestModels.builder();
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId shared = b.cluster(prod, "shared", Provider.EKS);
        b.pool(shared, "general", 4, 16, 3, 20);
        b.tenant(shared, "search", TenantKind.INTERNAL_TEAM, new ResourceDemand(4, 8, 40, 50));
        b.tenant(shared, "payments", TenantKind.REGULATED, new ResourceDemand(8, 16, 120, 200));
        file = open(b.build());
        onFx(() -> {
            canvas().viewport().setScale(1, 0, 0);
            canvas().viewport().scrollTo(0, 0);
            canvas().redraw();
        });
    }

    private static KeyCodeCombination shortcut(KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(key, all);
    }

    @Test
    void draggingATenantFromThePaletteIntoAClusterAddsItThereAndUndoRedoTakeItBackAndForth(FxRobot robot) {
        Model before = model();
        Point2D target = inside(SHARED, 0.8, 0.85);

        robot.drag("#palette-tenant", MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);

        List<Tenant> added = model().all(Tenant.class).stream().filter(t -> before.find(t.id()).isEmpty()).toList();
        assertThat(added).hasSize(1);
        assertThat(added.get(0).cluster()).isEqualTo(SHARED);
        assertThat(canvas().selection().selected()).containsExactly(added.get(0).id());

        robot.push(shortcut(KeyCode.Z));
        assertThat(model().find(added.get(0).id())).isEmpty();
        robot.push(shortcut(KeyCode.Y));
        assertThat(model().find(added.get(0).id())).isPresent();
        robot.push(shortcut(KeyCode.Z));
        robot.push(shortcut(KeyCode.Z, KeyCombination.SHIFT_DOWN));
        assertThat(model().find(added.get(0).id())).isPresent();
    }

    @Test
    void anAgentDroppedOnEmptyCanvasIsRefusedWithAVisibleHint(FxRobot robot) {
        Model before = model();
        Point2D empty = canvas().localToScreen(canvas().getWidth() - 260, canvas().getHeight() / 2);

        robot.drag("#palette-agent", MouseButton.PRIMARY).moveTo(canvas()).moveTo(empty).release(MouseButton.PRIMARY);

        assertThat(model()).isEqualTo(before);
        assertThat(canvas().visibleHint()).isEqualTo("Drop an agent inside a tenant");
    }

    @Test
    void draggingFromOneTenantToAnotherWithTheConnectToolConnectsThem(FxRobot robot) {
        robot.clickOn("#tool-connect");
        robot.drag(inside(SEARCH, 0.5, 0.5), MouseButton.PRIMARY).moveTo(inside(PAYMENTS, 0.4, 0.5))
                .moveTo(inside(PAYMENTS, 0.5, 0.5)).release(MouseButton.PRIMARY);

        List<Connection> connections = model().all(Connection.class);
        assertThat(connections).hasSize(1);
        assertThat(connections.get(0).from()).isEqualTo(SEARCH);
        assertThat(connections.get(0).to()).isEqualTo(PAYMENTS);
        assertThat(window.session().undoNameProperty().get()).isEqualTo("Connect search to payments");

        robot.push(shortcut(KeyCode.Z));
        assertThat(model().all(Connection.class)).isEmpty();
        robot.push(shortcut(KeyCode.Y));
        assertThat(model().all(Connection.class)).hasSize(1);
    }

    @Test
    void editingAPropertyInTheInspectorIsOneUndoableStep(FxRobot robot) {
        robot.clickOn(inside(PAYMENTS, 0.5, 0.3));
        TextField cpu = (TextField) window.inspector().editor("CPU (vCPU)");
        assertThat(cpu.getText()).isEqualTo("8");

        robot.doubleClickOn(cpu).eraseText(3).write("12").type(KeyCode.ENTER);

        assertThat(model().get(PAYMENTS, Tenant.class).demand().cpu()).isEqualTo(12);
        assertThat(window.session().undoNameProperty().get()).isEqualTo("Set demand of payments");
        robot.clickOn(canvas(), MouseButton.PRIMARY);
        robot.push(shortcut(KeyCode.Z));
        assertThat(model().get(PAYMENTS, Tenant.class).demand().cpu()).isEqualTo(8);
        robot.push(shortcut(KeyCode.Y));
        assertThat(model().get(PAYMENTS, Tenant.class).demand().cpu()).isEqualTo(12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTenantsRuntimeCodeOriginAndRegulatedDataAreEditedInTheInspector(FxRobot robot) {
        robot.clickOn(inside(PAYMENTS, 0.5, 0.3));
        ComboBox<SandboxRuntime> runtime = (ComboBox<SandboxRuntime>) window.inspector().editor("Runtime");
        assertThat(runtime.getValue()).isEqualTo(SandboxRuntime.RUNC);
        robot.interact(() -> runtime.setValue(SandboxRuntime.GVISOR));
        assertThat(model().get(PAYMENTS, Tenant.class).runtime()).isEqualTo(SandboxRuntime.GVISOR);
        assertThat(window.session().undoNameProperty().get()).isEqualTo("Run payments's pods under gVisor");

        ComboBox<CodeOrigin> origin = (ComboBox<CodeOrigin>) window.inspector().editor("Code origin");
        robot.interact(() -> origin.setValue(CodeOrigin.THIRD_PARTY));
        assertThat(model().get(PAYMENTS, Tenant.class).codeOrigin()).isEqualTo(CodeOrigin.THIRD_PARTY);

        ComboBox<Boolean> data = (ComboBox<Boolean>) window.inspector().editor("Regulated data here");
        assertThat(data.getConverter().toString(null)).isEqualTo("default for prod (yes)");
        robot.interact(() -> data.setValue(Boolean.FALSE));
        assertThat(model().get(PAYMENTS, Tenant.class).regulatedData()).isFalse();
    }

    @Test
    void aValueTheModelRefusesIsExplainedAndNotApplied(FxRobot robot) {
        robot.clickOn(inside(PAYMENTS, 0.5, 0.3));
        TextField pods = (TextField) window.inspector().editor("Pods");

        robot.doubleClickOn(pods).eraseText(5).write("-3").type(KeyCode.ENTER);

        assertThat(model().get(PAYMENTS, Tenant.class).demand().pods()).isEqualTo(120);
        assertThat(window.inspector().error()).contains("pods");
    }

    @Test
    void keyboardShortcutsSelectNudgeDuplicateRenameAndDelete(FxRobot robot) {
        robot.clickOn(inside(SEARCH, 0.5, 0.3));
        double x = model().layoutOf(SEARCH).orElseThrow().geometry().x();

        robot.type(KeyCode.RIGHT).push(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN));
        assertThat(model().layoutOf(SEARCH).orElseThrow().geometry().x()).isEqualTo(x + 48);

        robot.push(shortcut(KeyCode.D));
        assertThat(model().all(Tenant.class)).hasSize(3);
        ElementId copy = canvas().selection().primary();
        assertThat(copy).isNotIn(SEARCH, PAYMENTS);

        robot.type(KeyCode.F2).eraseText(12).write("search-2b").type(KeyCode.ENTER);
        assertThat(model().find(copy).orElseThrow().name()).isEqualTo("search-2b");

        robot.type(KeyCode.DELETE);
        assertThat(model().find(copy)).isEmpty();

        robot.clickOn(canvas()).push(shortcut(KeyCode.A));
        assertThat(canvas().selection().selected()).hasSize(model().elements().size());

        robot.type(KeyCode.C);
        assertThat(canvas().toolProperty().get()).isEqualTo(dev.bulkhead.ui.canvas.CanvasView.Tool.CONNECT);
        robot.type(KeyCode.ESCAPE);
        assertThat(canvas().toolProperty().get()).isEqualTo(dev.bulkhead.ui.canvas.CanvasView.Tool.SELECT);
        robot.type(KeyCode.ESCAPE);
        assertThat(canvas().selection().isEmpty()).isTrue();
    }

    @Test
    void movingATenantByDragIsOneStepAndUndoRestoresIt(FxRobot robot) {
        Model before = model();

        robot.drag(inside(SEARCH, 0.5, 0.25), MouseButton.PRIMARY).moveBy(40, 10).moveBy(40, 10).release(MouseButton.PRIMARY);

        assertThat(model().layoutOf(SEARCH)).isNotEqualTo(before.layoutOf(SEARCH));
        assertThat(window.session().undoNameProperty().get()).isEqualTo("Move search");
        robot.push(shortcut(KeyCode.Z));
        assertThat(model()).isEqualTo(before);
    }

    @Test
    void savedThenReopenedTheModelIsTheSameAndTheTitleLosesItsDirtyMark(FxRobot robot) throws Exception {
        robot.clickOn(inside(SEARCH, 0.5, 0.3));
        robot.push(shortcut(KeyCode.D));
        assertThat(window.stage().getTitle()).startsWith("● model.bulkhead.json");

        robot.push(shortcut(KeyCode.S));

        assertThat(window.stage().getTitle()).isEqualTo("model.bulkhead.json — Bulkhead");
        Model saved = model();
        assertThat(new ModelReader().read(file)).isEqualTo(saved);
        onFx(() -> window.files().open(file));
        assertThat(model()).isEqualTo(saved);

        Path copy = folder.resolve("copy.bulkhead.json");
        dialogs.save = copy;
        robot.push(shortcut(KeyCode.S, KeyCombination.SHIFT_DOWN));
        assertThat(Files.exists(copy)).isTrue();
        assertThat(window.session().file()).isEqualTo(copy);
        assertThat(settings.recentFiles.get(0)).isEqualTo(copy.toString());
    }

    @Test
    void unsavedChangesAreNotLostWithoutAsking(FxRobot robot) {
        robot.clickOn(inside(SEARCH, 0.5, 0.3));
        robot.type(KeyCode.DELETE);
        Model edited = model();

        robot.push(shortcut(KeyCode.N));
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("Save changes to model.bulkhead.json before starting a new model?");
        robot.clickOn((Button) question.lookupButton(question.getButtonTypes().stream()
                .filter(t -> t.getText().equals("Cancel")).findFirst().orElseThrow()));
        assertThat(model()).isEqualTo(edited);
        assertThat(window.session().isDirty()).isTrue();

        robot.push(shortcut(KeyCode.N));
        DialogPane again = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) again.lookupButton(again.getButtonTypes().stream()
                .filter(t -> t.getText().equals("Don't Save")).findFirst().orElseThrow()));
        assertThat(model().elements()).isEmpty();
        assertThat(window.session().isDirty()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndTheCurrentModelStays(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.bulkhead.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"elements\": [ {\"kind\": \"tenant\"");
        Model before = model();
        dialogs.open = broken;

        robot.push(shortcut(KeyCode.O));

        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).isEqualTo("Could not open broken.bulkhead.json");
        assertThat(((javafx.scene.control.Label) error.getContent()).getText()).contains("broken.bulkhead.json:1:")
                .contains("truncated");
        robot.clickOn((Button) error.lookupButton(javafx.scene.control.ButtonType.OK));
        assertThat(model()).isEqualTo(before);
    }

    @Test
    void unsavedWorkIsWrittenToTheRecoveryFileWithinSeconds(FxRobot robot) throws Exception {
        robot.clickOn(inside(SEARCH, 0.5, 0.3));
        robot.type(KeyCode.DELETE);
        Path recovery = folder.resolve("recovery").resolve(ProcessHandle.current().pid() + ".bulkhead.json");

        waitUntil(() -> Files.exists(recovery));

        assertThat(new ModelReader().read(recovery)).isEqualTo(model());
        robot.push(shortcut(KeyCode.S));
        assertThat(Files.exists(recovery)).as("a save removes the recovery file").isFalse();
    }

    @Test
    void workACrashedSessionLeftIsOfferedBackAndRestoredAsUnsaved(FxRobot robot) throws Exception {
        // A session that is no longer running left its unsaved model behind.
        Model unsaved = TestModels.small();
        dev.bulkhead.ui.app.RecoveryStore crashed = new dev.bulkhead.ui.app.RecoveryStore(folder.resolve("recovery"), "2147483647");
        crashed.write(unsaved, file);
        dev.bulkhead.ui.app.RecoveryStore mine = new dev.bulkhead.ui.app.RecoveryStore(folder.resolve("recovery"));

        var offered = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.openInitial(List.of(), mine));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).contains("Restore your unsaved changes to model.bulkhead.json");
        robot.clickOn((Button) question.lookupButton(question.getButtonTypes().stream()
                .filter(t -> t.getText().equals("Restore")).findFirst().orElseThrow()));
        offered.get();

        assertThat(model().elements()).isEqualTo(unsaved.elements());
        assertThat(window.session().isDirty()).as("restored work is not on disk yet").isTrue();
        assertThat(window.session().file()).isEqualTo(file);
        assertThat(mine.leftovers()).isEmpty();
    }

    @Test
    void zoomShortcutsChangeTheViewAndTheStatusBarFollows(FxRobot robot) {
        robot.clickOn(canvas());
        robot.push(shortcut(KeyCode.EQUALS));
        assertThat(canvas().viewport().scale()).isEqualTo(1.25);
        robot.push(shortcut(KeyCode.MINUS)).push(shortcut(KeyCode.MINUS));
        assertThat(canvas().viewport().scale()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        robot.push(shortcut(KeyCode.DIGIT0));
        assertThat(canvas().viewport().scale()).isEqualTo(1.0);
        assertThat(robot.lookup("#status-zoom").queryLabeled().getText()).isEqualTo("zoom 100%");
    }

    @Test
    void theUndoMenuItemNamesTheStepItTakesBack(FxRobot robot) {
        robot.clickOn(inside(SEARCH, 0.5, 0.3));
        robot.type(KeyCode.DELETE);

        robot.clickOn("Edit");
        assertThat(robot.lookup("Undo Delete search").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
    }
}
