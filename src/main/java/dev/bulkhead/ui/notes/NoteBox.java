package dev.bulkhead.ui.notes;

import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.ui.canvas.Viewport;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;

/**
 * One note on the canvas: its text wrapped in a pale box. Drag it to move it, drag its corner to resize it,
 * double-click (or Enter, F2) to edit the text in place (Ctrl+Enter or clicking away keeps it, Escape drops the
 * change), Delete removes it; its context menu does the same.
 */
public final class NoteBox extends StackPane {
    /** Smallest size a resize leaves, in canvas units: one readable line. */
    static final double MIN_WIDTH = 60;
    static final double MIN_HEIGHT = 36;
    private static final double FONT_SIZE = 13;
    private static final double PADDING = 10;

    private final NotesLayer layer;
    private final String id;
    private final Label text = new Label();
    private final TextArea editor = new TextArea();
    private final Region handle = new Region();
    private CanvasNote note;
    /** The box during a drag (a move or a resize), in canvas units; null otherwise. */
    private Geometry preview;
    private double pressX;
    private double pressY;

    NoteBox(NotesLayer layer, String id) {
        this.layer = layer;
        this.id = id;
        setId("note-" + id);
        getStyleClass().add("bh-note");
        setFocusTraversable(true);
        text.setWrapText(true);
        text.setMouseTransparent(true);
        StackPane.setAlignment(text, Pos.TOP_LEFT);
        editor.setWrapText(true);
        editor.setId("note-editor-" + id);
        editor.setVisible(false);
        handle.getStyleClass().add("bh-note-handle");
        handle.setId("note-handle-" + id);
        StackPane.setAlignment(handle, Pos.BOTTOM_RIGHT);
        getChildren().addAll(text, editor, handle);
        setOnMousePressed(this::press);
        setOnMouseDragged(e -> drag(e, false));
        setOnMouseReleased(e -> release(false));
        handle.setOnMousePressed(this::press);
        handle.setOnMouseDragged(e -> drag(e, true));
        handle.setOnMouseReleased(e -> release(true));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                startEditing();
            }
        });
        // A filter, so that Delete takes the note and not the canvas's selection (the Edit menu's Delete).
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        editor.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && editor.isVisible()) {
                finishEditing(true);
            }
        });
        MenuItem edit = new MenuItem("Edit Note Text");
        edit.setOnAction(e -> startEditing());
        MenuItem delete = new MenuItem("Delete Note");
        delete.setOnAction(e -> layer.delete(id));
        ContextMenu menu = new ContextMenu(edit, delete);
        setOnContextMenuRequested(e -> {
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** The note as the model has it now. */
    public CanvasNote note() {
        return note;
    }

    /** The text shown (the note's text, or what is being typed). */
    public String shownText() {
        return editor.isVisible() ? editor.getText() : text.getText();
    }

    public boolean isEditing() {
        return editor.isVisible();
    }

    public TextArea editor() {
        return editor;
    }

    void show(CanvasNote current) {
        note = current;
        text.setText(current.text());
        place();
    }

    /** Puts the box at its canvas place and zoom. */
    void place() {
        Viewport viewport = layer.viewport();
        Geometry box = preview != null ? preview : note.box();
        double scale = viewport.scale();
        resizeRelocate(viewport.toScreenX(box.x()), viewport.toScreenY(box.y()), box.width() * scale, box.height() * scale);
        Font font = Font.font("Inter", FONT_SIZE * scale);
        text.setFont(font);
        editor.setFont(font);
        text.setPadding(new javafx.geometry.Insets(PADDING * scale));
        handle.setMaxSize(10, 10);
        handle.setPrefSize(10, 10);
    }

    void startEditing() {
        editor.setText(note.text());
        editor.setVisible(true);
        text.setVisible(false);
        editor.requestFocus();
        editor.selectAll();
    }

    private void finishEditing(boolean keep) {
        if (!editor.isVisible()) {
            return;
        }
        editor.setVisible(false);
        text.setVisible(true);
        String typed = editor.getText();
        requestFocus();
        if (!keep || typed.equals(note.text())) {
            return;
        }
        if (typed.isBlank()) {
            layer.delete(id); // an emptied note is a deleted one; undo brings it back
            return;
        }
        try {
            layer.change(id, "Edit note", n -> n.withText(typed));
        } catch (IllegalArgumentException refused) {
            text.setText(note.text() + "\n(" + refused.getMessage() + ")");
        }
    }

    private void key(KeyEvent e) {
        if (editor.isVisible()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                finishEditing(false);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                finishEditing(true);
                e.consume();
            }
            return;
        }
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> {
                layer.delete(id);
                e.consume();
            }
            case ENTER, F2 -> {
                startEditing();
                e.consume();
            }
            default -> {
            }
        }
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || editor.isVisible()) {
            return;
        }
        requestFocus();
        pressX = e.getScreenX();
        pressY = e.getScreenY();
        e.consume();
    }

    private void drag(MouseEvent e, boolean resize) {
        if (e.getButton() != MouseButton.PRIMARY || editor.isVisible()) {
            return;
        }
        double scale = layer.viewport().scale();
        double dx = (e.getScreenX() - pressX) / scale;
        double dy = (e.getScreenY() - pressY) / scale;
        Geometry box = note.box();
        preview = resize
                ? new Geometry(box.x(), box.y(), Math.max(MIN_WIDTH, box.width() + dx), Math.max(MIN_HEIGHT, box.height() + dy))
                : box.translated(dx, dy);
        place();
        e.consume();
    }

    private void release(boolean resize) {
        if (preview == null) {
            return;
        }
        Geometry box = preview;
        preview = null;
        layer.change(id, resize ? "Resize note" : "Move note", n -> n.withBox(box));
        place();
    }
}
