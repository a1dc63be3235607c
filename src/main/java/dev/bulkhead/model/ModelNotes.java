package dev.bulkhead.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The notes of a model: free text boxes on the canvas and one note per element. They are shared by every
 * scenario (a note is about the design discussion, not one proposal) and have no effect on analysis or exports
 * of manifests; diagrams and reports show them.
 *
 * @param canvas   the text boxes, in the order they were made (later ones are drawn on top)
 * @param elements each annotated element's note; an element's note stays when the element is deleted, so that
 *                 undoing the deletion, or switching to a scenario that has it, finds the note again
 */
public record ModelNotes(List<CanvasNote> canvas, SortedMap<ElementId, String> elements) {
    /** A model without notes. */
    public static final ModelNotes NONE = new ModelNotes(List.of(), new TreeMap<>());

    public ModelNotes {
        canvas = List.copyOf(canvas);
        Set<String> ids = new HashSet<>();
        for (CanvasNote note : canvas) {
            if (!ids.add(note.id())) {
                throw new IllegalArgumentException("two notes have the id '" + note.id() + "'; give one another id");
            }
        }
        TreeMap<ElementId, String> copy = new TreeMap<>();
        for (Map.Entry<ElementId, String> entry : elements.entrySet()) {
            copy.put(entry.getKey(), CanvasNote.checkText("the note of " + entry.getKey().value(), entry.getValue()));
        }
        elements = Collections.unmodifiableSortedMap(copy);
    }

    public boolean isEmpty() {
        return canvas.isEmpty() && elements.isEmpty();
    }

    /** A canvas note by id. */
    public Optional<CanvasNote> note(String id) {
        return canvas.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** An element's note, if it has one. */
    public Optional<String> of(ElementId element) {
        return Optional.ofNullable(elements.get(element));
    }

    /** These notes with one more canvas note, or with a canvas note of the same id replaced in its place. */
    public ModelNotes withNote(CanvasNote note) {
        List<CanvasNote> next = new ArrayList<>(canvas);
        int at = indexOf(note.id());
        if (at < 0) {
            next.add(note);
        } else {
            next.set(at, note);
        }
        return new ModelNotes(next, elements);
    }

    /** These notes without a canvas note. */
    public ModelNotes withoutNote(String id) {
        List<CanvasNote> next = new ArrayList<>(canvas);
        next.removeIf(n -> n.id().equals(id));
        return new ModelNotes(next, elements);
    }

    /** These notes with an element's note set, or removed when {@code text} is blank. */
    public ModelNotes withElementNote(ElementId element, String text) {
        TreeMap<ElementId, String> next = new TreeMap<>(elements);
        if (text == null || text.isBlank()) {
            next.remove(element);
        } else {
            next.put(element, text);
        }
        return new ModelNotes(canvas, next);
    }

    /** An id no canvas note has yet: note-1, note-2, ... */
    public String freeId() {
        int n = canvas.size() + 1;
        while (indexOf("note-" + n) >= 0) {
            n++;
        }
        return "note-" + n;
    }

    private int indexOf(String id) {
        for (int i = 0; i < canvas.size(); i++) {
            if (canvas.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
