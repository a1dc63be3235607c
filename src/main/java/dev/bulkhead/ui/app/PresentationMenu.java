package dev.bulkhead.ui.app;

import dev.bulkhead.ui.present.StoryEditor;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;

/**
 * View > Presentation (F11), View > Present Story (one entry per story of the model) and View > Story Steps…, the
 * entries of presentation mode in the View menu.
 */
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
        Menu stories = new Menu("Present Story");
        stories.setId("menu-present-story");
        // Listed each time it opens (as Open Recent is), so that it follows the stories the model has now.
        stories.setOnShowing(e -> listStories(window, stories));
        listStories(window, stories);
        return List.of(present, stories, story, new SeparatorMenuItem());
    }

    /** One entry per story, each presenting it; a disabled hint when the model has none. */
    static void listStories(MainWindow window, Menu menu) {
        List<String> names = window.presentation().storyNames();
        menu.getItems().clear();
        if (names.isEmpty()) {
            MenuItem none = new MenuItem("No stories yet: add steps in Story Steps…");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            MenuItem item = new MenuItem(name);
            item.setId("menu-present-story-" + i);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.presentation().present(name));
            menu.getItems().add(item);
        }
    }

    /** The story editor beside the main window, one per window, so that the canvas stays usable while authoring. */
    static Stage openEditor(MainWindow window) {
        Stage editor = window.storyEditorStage();
        if (editor == null) {
            editor = new Stage();
            editor.initOwner(window.stage());
            editor.setTitle("Story Steps — Bulkhead");
            Scene scene = new Scene(new StoryEditor(window.session().document(), window.canvas(), window::say,
                    window.presentation().chosenStory()), 600, 480);
            dev.bulkhead.ui.fx.Themes.style(scene, window.settings().darkTheme);
            editor.setScene(scene);
            window.setStoryEditorStage(editor);
        }
        editor.show();
        editor.toFront();
        return editor;
    }
}
