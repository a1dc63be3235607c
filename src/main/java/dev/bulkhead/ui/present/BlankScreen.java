package dev.bulkhead.ui.present;

import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * The black screen a presenter's clicker asks for with B or "." (as presentation software does), so that the room
 * looks at the trainer rather than the slide. It lies over the whole window, outside the window's layout, and goes
 * with the next key of any kind (PresentationMode: the key does nothing else) or on leaving presentation mode; the
 * model and the story are left as they are.
 */
final class BlankScreen {
    private final Region cover = new Region();
    private BorderPane root;

    BlankScreen() {
        cover.setId("presentation-blank");
        cover.setStyle("-fx-background-color: black;");
        cover.setManaged(false); // drawn over the window's parts, never laid out among them
        cover.setVisible(false);
    }

    /** Lays the cover over this window's root, sized with it. */
    void attach(BorderPane windowRoot) {
        root = windowRoot;
        root.getChildren().add(cover);
        root.widthProperty().addListener(o -> fit());
        root.heightProperty().addListener(o -> fit());
    }

    boolean isOn() {
        return cover.isVisible();
    }

    void toggle() {
        set(!isOn());
    }

    void set(boolean on) {
        if (on) {
            fit();
            cover.toFront();
        }
        cover.setVisible(on);
    }

    private void fit() {
        if (root != null) {
            cover.resizeRelocate(0, 0, root.getWidth(), root.getHeight());
        }
    }
}
