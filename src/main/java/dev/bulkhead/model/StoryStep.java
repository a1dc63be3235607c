package dev.bulkhead.model;

import java.util.Objects;

/**
 * One step of a story: the scenario it shows, what part of the model (or the compare view), the element it
 * highlights (or none) and the presenter's short note.
 *
 * @param highlight the element outlined in this step, or null
 */
public record StoryStep(String scenario, StoryView view, ElementId highlight, String note) {
    /** A note is read from the back of a room: a few sentences, not an essay. */
    public static final int MAX_NOTE = 500;

    public StoryStep {
        Checks.name("scenario of a step", scenario);
        Objects.requireNonNull(view, "view of a step");
        Checks.text("note of a step", note, MAX_NOTE);
    }

    /** This step with another note. */
    public StoryStep withNote(String newNote) {
        return new StoryStep(scenario, view, highlight, newNote);
    }
}
