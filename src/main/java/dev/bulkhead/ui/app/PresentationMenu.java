package dev.bulkhead.ui.app;

import dev.bulkhead.ui.present.StoryEditor;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;

/** View > Presentation (F11) and View > Story Steps…, the entries of presentation mode in the View menu. */
final class PresentationMenu {
    private PresentationMenu() {
    }

    static List<MenuItem> items(MainWindow window) {
        MenuItem present = new MenuItem("Presentation");
        present.setId("menu-presentation");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        present.setOnAction(e -> window.presentation().toggle());
        MenuItem story = new MenuItem("Story Steps…");
        story.setId("menu-story-steps");
        story.setOnAction(e -> openEditor(window));
        return List.of(present, story, new SeparatorMenuItem());
    }

    /** The story editor beside the main window, one per window, so that the canvas stays usable while authoring. */
    static Stage openEditor(MainWindow window) {
        Stage editor = window.storyEditorStage();
        if (editor == null) {
            editor = new Stage();
            editor.initOwner(window.stage());
            editor.setTitle("Story Steps — Bulkhead");
            Scene scene = new Scene(new StoryEditor(window.session().document(), window.canvas(), window::say), 600, 480);
            dev.bulkhead.ui.fx.Themes.style(scene, window.settings().darkTheme);
            editor.setScene(scene);
            window.setStoryEditorStage(editor);
        }
        editor.show();
        editor.toFront();
        return editor;
    }
}
