package dev.bulkhead.ui.present;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Turns the main window into the presentation layout and back: full screen, menus, toolbar, palette, side panels
 * and status bar out of sight, large type (the {@code bh-presenting} style class), the compare strip enlarged.
 * Leaving puts back exactly what was there: full-screen and maximized state, what was shown, the divider.
 */
final class PresentationLayout {
    /** The style class on the scene's root while presenting; the stylesheet enlarges every text under it. */
    static final String PRESENTING = "bh-presenting";

    /** The parts of the main window that presentation mode hides or enlarges. */
    record Parts(Stage stage, BorderPane root, SplitPane body, Node side) {
        Parts {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(side, "side");
        }
    }

    /** What the window looked like before presenting. */
    private record Saved(boolean fullScreen, boolean maximized, boolean top, boolean left, boolean bottom, boolean sideShown,
                         double[] dividers, KeyCombination exitKey, String exitHint) {
    }

    private final Parts parts;
    private Saved saved;

    PresentationLayout(Parts parts) {
        this.parts = parts;
    }

    boolean isOn() {
        return saved != null;
    }

    void enter() {
        if (saved != null) {
            return;
        }
        Stage stage = parts.stage();
        BorderPane root = parts.root();
        saved = new Saved(stage.isFullScreen(), stage.isMaximized(), shown(root.getTop()), shown(root.getLeft()),
                shown(root.getBottom()), parts.body().getItems().contains(parts.side()), parts.body().getDividerPositions(),
                stage.getFullScreenExitKeyCombination(), stage.getFullScreenExitHint());
        show(root.getTop(), false);
        show(root.getLeft(), false);
        show(root.getBottom(), false);
        parts.body().getItems().remove(parts.side());
        root.getStyleClass().add(PRESENTING);
        // Escape leaves presentation mode itself (restoring the layout); the stage must not leave full screen on its own.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
    }

    void leave() {
        if (saved == null) {
            return;
        }
        Stage stage = parts.stage();
        BorderPane root = parts.root();
        root.getStyleClass().remove(PRESENTING);
        show(root.getTop(), saved.top());
        show(root.getLeft(), saved.left());
        show(root.getBottom(), saved.bottom());
        if (saved.sideShown() && !parts.body().getItems().contains(parts.side())) {
            parts.body().getItems().add(parts.side());
        }
        // The split pane's skin places the divider of a panel put back at its next layout, from the panels' sizes
        // at that time: lay out now (with the normal type back) and then put the divider where it was.
        root.applyCss();
        root.layout();
        parts.body().setDividerPositions(saved.dividers());
        stage.setFullScreen(saved.fullScreen());
        stage.setMaximized(saved.maximized());
        stage.setFullScreenExitKeyCombination(saved.exitKey());
        stage.setFullScreenExitHint(saved.exitHint());
        saved = null;
    }

    private static boolean shown(Node node) {
        return node != null && node.isVisible();
    }

    private static void show(Node node, boolean shown) {
        if (node != null) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }
}
