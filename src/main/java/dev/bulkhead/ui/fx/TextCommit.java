package dev.bulkhead.ui.fx;

import java.util.function.Predicate;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * How Bulkhead's text fields commit: on Enter or when focus leaves, only if the text changed, and never per
 * keystroke (a half-typed value must not become an undo step); Escape puts the shown value back.
 */
public final class TextCommit {
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
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(shown);
                e.consume();
            }
        });
    }
}
