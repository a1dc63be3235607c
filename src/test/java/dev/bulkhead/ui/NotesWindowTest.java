package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.ui.notes.NoteBox;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Notes in the window: a canvas note made, typed, moved, resized, deleted and undone; an element's note in the inspector. */
class NotesWindowTest extends WindowTest {
    @BeforeEach
    void openASample() throws Exception {
        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));
        waitForAnalysis();
    }

    private List<CanvasNote> notes() {
        return model().settings().notes().canvas();
    }

    private NoteBox box(String id) {
        return fx(() -> window.notes().box(id));
    }

    private String undoName() {
        return fx(() -> window.session().undoNameProperty().get());
    }

    private static void undo(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
    }

    @Test
    void aNoteFromThePaletteIsTypedMovedResizedDeletedAndEachStepUndoes(FxRobot robot) throws Exception {
        robot.clickOn("#palette-note");
        assertThat(notes()).hasSize(1);
        assertThat(undoName()).isEqualTo("Add note");
        NoteBox box = box("note-1");
        assertThat(WindowTest.<Boolean>fx(box::isEditing)).isTrue();

        robot.write("Prod keeps its own cluster");
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        assertThat(notes().get(0).text()).isEqualTo("Prod keeps its own cluster");
        assertThat(undoName()).isEqualTo("Edit note");
        assertThat(WindowTest.<Boolean>fx(box::isEditing)).isFalse();

        Geometry before = notes().get(0).box();
        double scale = fx(() -> canvas().viewport().scale());
        Point2D centre = fx(() -> box.localToScreen(box.getWidth() / 2, box.getHeight() / 3));
        robot.drag(centre, MouseButton.PRIMARY).moveBy(40, 20).moveBy(40, 20).drop();
        Geometry moved = notes().get(0).box();
        assertThat(moved.x()).isCloseTo(before.x() + 80 / scale, org.assertj.core.data.Offset.offset(2.0));
        assertThat(moved.y()).isCloseTo(before.y() + 40 / scale, org.assertj.core.data.Offset.offset(2.0));
        assertThat(moved.width()).isEqualTo(before.width());
        assertThat(undoName()).isEqualTo("Move note");

        Point2D corner = fx(() -> box.localToScreen(box.getWidth() - 4, box.getHeight() - 4));
        robot.drag(corner, MouseButton.PRIMARY).moveBy(30, 15).moveBy(30, 15).drop();
        Geometry resized = notes().get(0).box();
        assertThat(resized.width()).isCloseTo(moved.width() + 60 / scale, org.assertj.core.data.Offset.offset(2.0));
        assertThat(resized.x()).isEqualTo(moved.x());
        assertThat(undoName()).isEqualTo("Resize note");

        robot.clickOn(box).type(KeyCode.DELETE);
        assertThat(notes()).isEmpty();
        assertThat(WindowTest.<NoteBox>fx(() -> window.notes().box("note-1"))).isNull();
        assertThat(model().all(Tenant.class)).isNotEmpty(); // Delete took the note, not the canvas's selection

        undo(robot);
        assertThat(notes()).hasSize(1);
        assertThat(notes().get(0).box()).isEqualTo(resized);
        undo(robot);
        assertThat(notes().get(0).box()).isEqualTo(moved);
        undo(robot);
        undo(robot);
        assertThat(notes().get(0).text()).isEqualTo("Note");
        undo(robot);
        assertThat(notes()).isEmpty();
    }

    @Test
    void theCanvasContextMenuAddsANoteWhereItWasOpened(FxRobot robot) throws Exception {
        Point2D empty = fx(() -> canvas().localToScreen(canvas().getWidth() - 60, canvas().getHeight() - 60));
        Point2D inScene = fx(() -> canvas().localToScene(canvas().getWidth() - 60, canvas().getHeight() - 60));
        // What a right-click (or the menu key) sends the canvas; the event's x and y are in the scene.
        onFx(() -> javafx.event.Event.fireEvent(canvas(), new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(),
                empty.getX(), empty.getY(), false, null)));
        robot.clickOn("Add Note Here");

        assertThat(notes()).hasSize(1);
        double expectedX = fx(() -> canvas().viewport().toCanvasX(canvas().getWidth() - 60));
        assertThat(notes().get(0).box().x()).isCloseTo(expectedX, org.assertj.core.data.Offset.offset(2.0));
        robot.type(KeyCode.ESCAPE); // keeps the default text
        assertThat(notes().get(0).text()).isEqualTo("Note");
    }

    @Test
    void anElementsNoteIsEditedInTheInspectorSavedInTheModelAndUndone(FxRobot robot) throws Exception {
        Tenant tenant = model().all(Tenant.class).get(0);
        onFx(() -> canvas().selection().select(tenant.id()));
        TextField note = fx(() -> (TextField) window.inspector().editor("Note"));
        assertThat(WindowTest.<String>fx(note::getText)).isEmpty();

        onFx(note::requestFocus); // the note is the form's last row, below the fold
        robot.write("Owner is on leave in March").type(KeyCode.ENTER);

        assertThat(model().settings().notes().of(tenant.id())).contains("Owner is on leave in March");
        assertThat(undoName()).isEqualTo("Set the note of " + tenant.name());
        onFx(() -> window.session().document().undo());
        assertThat(model().settings().notes().of(tenant.id())).isEmpty();
        // The form follows the undo although the element itself did not change.
        assertThat(WindowTest.<String>fx(() -> ((TextField) window.inspector().editor("Note")).getText())).isEmpty();
        onFx(() -> window.session().document().redo());
        assertThat(WindowTest.<String>fx(() -> ((TextField) window.inspector().editor("Note")).getText())).isEqualTo("Owner is on leave in March");
    }
}
