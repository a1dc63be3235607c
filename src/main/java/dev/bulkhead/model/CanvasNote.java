package dev.bulkhead.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A free text box on the canvas: a remark for the people reading the diagram ("prod keeps its own cluster until
 * the audit"). It is no element: analysis and the manifests never see it; diagrams and reports show it.
 *
 * @param id   stable id, unique among the model's notes
 * @param text what it says, at most {@value #MAX_TEXT} characters, line breaks allowed
 * @param box  where it sits and how large it is, in canvas units
 */
public record CanvasNote(String id, String text, Geometry box) {
    /** Longest note: a paragraph or two; a longer text belongs in the model's description. */
    public static final int MAX_TEXT = 2_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public CanvasNote {
        Objects.requireNonNull(id, "note id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("note id '" + id + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        checkText("note " + id, text);
        Objects.requireNonNull(box, "note " + id + " needs a position and size");
        // The same bounds as an element's stored size, so the file's ranges (and the schema's) are one for both.
        ValueRanges.LAYOUT_WIDTH.check(box.width());
        ValueRanges.LAYOUT_HEIGHT.check(box.height());
    }

    /** The same note saying something else. */
    public CanvasNote withText(String newText) {
        return new CanvasNote(id, newText, box);
    }

    /** The same note moved or resized. */
    public CanvasNote withBox(Geometry newBox) {
        return new CanvasNote(id, text, newBox);
    }

    /** A note's text: not blank, at most {@value #MAX_TEXT} characters; line breaks and tabs are the only control characters. */
    static String checkText(String what, String text) {
        Objects.requireNonNull(text, what + " needs a text");
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty; delete the note instead");
        }
        Checks.text(what, text, MAX_TEXT);
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new IllegalArgumentException(what + " may contain line breaks and tabs but no other control characters");
        }
        return text;
    }
}
