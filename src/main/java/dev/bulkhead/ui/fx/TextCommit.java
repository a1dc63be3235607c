package dev.bulkhead.ui.fx;

import java.util.function.Predicate;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * How Bulkhead's text fields commit: on Enter or when focus leaves, only if the text changed, and never per
 * keystroke (a half-typed value must not become an undo step). A refused value stays in the field, marked
 * invalid, so that the user can correct it rather than type it again; Escape puts the shown value back.
 */
public final class TextCommit {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private TextCommit() {
    }

    /** Style class of a field whose text was refused. */
    public static final String INVALID = "bh-invalid";

    /**
     * @param shown  the value the field shows (and returns to on Escape)
     * @param commit takes the typed text; returns false when it was refused
     */
    public static void install(TextField field, String shown, Predicate<String> commit) {
        install(field, shown, commit, () -> { });
    }

    /**
     * Like {@link #install(TextField, String, Predicate)}; {@code onEscape} runs when Escape puts the shown value
     * back, so that the caller can clear what it said about the refused value.
     */
    public static void install(TextField field, String shown, Predicate<String> commit, Runnable onEscape) {
        Runnable apply = () -> {
            field.getStyleClass().remove(INVALID);
            if (!field.getText().equals(shown) && !commit.test(field.getText())) {
                field.getStyleClass().add(INVALID);
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                apply.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && (!field.getText().equals(shown) || field.getStyleClass().contains(INVALID))) {
                field.setText(shown);
                field.getStyleClass().remove(INVALID);
                onEscape.run();
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
