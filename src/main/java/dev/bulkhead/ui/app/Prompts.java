package dev.bulkhead.ui.app;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The app's modal questions and error messages, worded and styled in one place. */
public final class Prompts {
    /** Answers to "save changes?". */
    public enum SaveChoice { SAVE, DISCARD, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private Prompts() {
    }

    /** Asks whether to save unsaved changes before they would be lost. */
    public static SaveChoice askToSave(Window owner, String documentName, String action) {
        Alert alert = alert(owner, Alert.AlertType.WARNING, "Unsaved changes",
                "Save changes to " + documentName + " before " + action + "?",
                "Your changes will be lost if you don't save them.", SAVE, DONT_SAVE, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == SAVE ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    /** Offers back a model a crashed session left behind. */
    public static boolean askToRestore(Window owner, String what, String when) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "Recover unsaved work",
                "Bulkhead did not close normally. Restore your unsaved changes to " + what + "?",
                "They were saved automatically " + when + ". Discarding deletes them.", RESTORE, DISCARD);
        return alert.showAndWait().orElse(DISCARD) == RESTORE;
    }

    /** Reports a failure the user can act on; the message says what and where. */
    public static void error(Window owner, String header, String message) {
        alert(owner, Alert.AlertType.ERROR, "Bulkhead", header, message, ButtonType.OK).showAndWait();
    }

    /** Shows information, such as the keyboard shortcuts. */
    public static void info(Window owner, String header, String message) {
        alert(owner, Alert.AlertType.INFORMATION, "Bulkhead", header, message, ButtonType.OK).showAndWait();
    }

    /** Information laid out as the caller built it, such as a table. */
    public static void info(Window owner, String header, javafx.scene.Node content) {
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, "Bulkhead", header, "", ButtonType.OK);
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }

    private static Alert alert(Window owner, Alert.AlertType type, String title, String header, String message,
                               ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        // A wrapping label, so long file paths and located errors are shown whole.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert;
    }
}
