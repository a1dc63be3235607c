package dev.bulkhead.ui.notes;

import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelNotes;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.Viewport;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.animation.AnimationTimer;
import javafx.scene.layout.Pane;

/**
 * The model's canvas notes as editable boxes over the canvas: one {@link NoteBox} per note, kept at the canvas
 * position and zoom. The layer itself lets clicks through to the canvas; only the boxes take them. Every change
 * (add, move, resize, text, delete) is one named, undoable edit of the model's notes; a drag moves the box and
 * changes the model once, on release.
 */
public final class NotesLayer extends Pane {
    /** A new note's size in canvas units: room for two short lines. */
    static final double NEW_WIDTH = 220;
    static final double NEW_HEIGHT = 96;

    private final CanvasView view;
    private final ModelDocument document;
    private final Map<String, NoteBox> boxes = new LinkedHashMap<>();
    private long placedVersion = -1;
    private final AnimationTimer follower = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (view.viewport().version() != placedVersion) {
                place();
            }
        }
    };

    public NotesLayer(CanvasView view) {
        this.view = view;
        this.document = view.document();
        setId("notes-layer");
        setPickOnBounds(false);
        // A note scrolled past the canvas's edge must not draw over the palette or the inspector.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        document.addListener(event -> sync());
        sceneProperty().addListener((o, before, now) -> follow());
        sync();
    }

    /**
     * Follows the canvas's pan and zoom only while there are notes on a shown canvas. A running AnimationTimer is held
     * by the toolkit's pulse, so one left running keeps this layer, its canvas and its window alive for good.
     */
    private void follow() {
        if (!boxes.isEmpty() && getScene() != null) {
            follower.start();
        } else {
            follower.stop();
        }
    }

    /** Stops following the canvas (the window is closing). */
    public void close() {
        boxes.clear();
        follower.stop();
    }

    /** Adds a note with its top-left corner at a canvas point and opens it for typing. */
    public void addNoteAt(double canvasX, double canvasY) {
        ModelSettings settings = document.snapshot().settings();
        String id = settings.notes().freeId();
        CanvasNote note = new CanvasNote(id, "Note", new Geometry(canvasX, canvasY, NEW_WIDTH, NEW_HEIGHT));
        document.edit("Add note", tx -> tx.setSettings(settings.withNotes(settings.notes().withNote(note))));
        NoteBox box = boxes.get(id);
        if (box != null) {
            box.startEditing();
        }
    }

    /** Adds a note in the middle of what the canvas shows (the palette's Note item). */
    public void addNoteInView() {
        Viewport viewport = view.viewport();
        double x = viewport.toCanvasX(view.getWidth() / 2) - NEW_WIDTH / 2;
        double y = viewport.toCanvasY(view.getHeight() / 2) - NEW_HEIGHT / 2;
        addNoteAt(x, y);
    }

    /** The box of a note, for tests and keyboard focus; null when there is no such note. */
    public NoteBox box(String id) {
        return boxes.get(id);
    }

    Viewport viewport() {
        return view.viewport();
    }

    /** Changes one note as a named undoable step; a note that vanished meanwhile (an undo) is left alone. */
    void change(String id, String step, UnaryOperator<CanvasNote> change) {
        ModelSettings settings = document.snapshot().settings();
        settings.notes().note(id).ifPresent(note -> {
            CanvasNote after = change.apply(note);
            if (!after.equals(note)) {
                document.edit(step, tx -> tx.setSettings(settings.withNotes(settings.notes().withNote(after))));
            }
        });
    }

    void delete(String id) {
        ModelSettings settings = document.snapshot().settings();
        if (settings.notes().note(id).isPresent()) {
            document.edit("Delete note", tx -> tx.setSettings(settings.withNotes(settings.notes().withoutNote(id))));
            view.requestFocus();
        }
    }

    /** Makes the boxes match the model's notes: new ones added, gone ones removed, changed ones updated. */
    private void sync() {
        ModelNotes notes = document.snapshot().settings().notes();
        Set<String> present = new HashSet<>();
        for (CanvasNote note : notes.canvas()) {
            present.add(note.id());
            boxes.computeIfAbsent(note.id(), id -> new NoteBox(this, id)).show(note);
        }
        boxes.keySet().removeIf(id -> !present.contains(id));
        List<NoteBox> ordered = notes.canvas().stream().map(n -> boxes.get(n.id())).toList();
        if (!getChildren().equals(ordered)) {
            getChildren().setAll(ordered);
        }
        place();
        follow();
    }

    private void place() {
        placedVersion = view.viewport().version();
        boxes.values().forEach(NoteBox::place);
    }

    @Override
    protected void layoutChildren() {
        // The boxes place themselves at their canvas position; the pane's own layout would move them.
    }
}
