package dev.bulkhead.ui.fx;

import java.util.function.Predicate;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * How Bulkhead's text fields commit: on Enter or when focus leaves, only if the text changed, and never per
 * keystroke (a half-typed value must not become an undo step); Escape puts the shown value back.
 */
public final class TextCommit {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private TextCommit() {
    }

    /**
     * @param shown  the value the field shows (and returns to on Escape or a refused commit)
     * @param commit takes the typed text; returns false when it was refused
     */
    public static void install(TextField field, String shown, Predicate<String> commit) {
        Runnable apply = () -> {
            if (!field.getText().equals(shown) && !commit.test(field.getText())) {
                field.setText(shown);
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                apply.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().equals(shown)) {
                field.setText(shown);
                e.consume();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (field.getText().equals(shown) && (UNDO.match(e) || REDO.match(e) || REDO_SHIFT.match(e))) {
                runScenesShortcut(field, e);
            }
        });
    }

    /**
     * With nothing typed, undo and redo are the app's: a text field would otherwise take Ctrl+Z for its own
     * typing history and show an old value the model no longer has.
     */
    private static void runScenesShortcut(TextField field, KeyEvent e) {
        if (field.getScene() == null) {
            return;
        }
        field.getScene().getAccelerators().entrySet().stream().filter(entry -> entry.getKey().match(e)).findFirst()
                .ifPresent(entry -> {
                    e.consume();
                    entry.getValue().run();
                });
    }
}
