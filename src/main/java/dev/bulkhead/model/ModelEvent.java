package dev.bulkhead.model;

/** What a {@link ModelDocument} announces, once per edit, undo, redo, load or save. */
public sealed interface ModelEvent {
    /** Where an edit came from. */
    enum Origin { EDIT, UNDO, REDO }

    /** An edit, undo or redo was applied; {@code stepName} names the undo step. */
    record Edited(String stepName, Origin origin, ChangeSummary summary) implements ModelEvent {
    }

    /** The whole model was replaced (new or opened file); history was cleared. */
    record Replaced() implements ModelEvent {
    }

    /**
     * Only the undo or redo steps changed, the model did not: redo steps put back after temporary steps were taken
     * back ({@link ModelDocument#undoTemporary}), so that the menu's Redo names the step it will apply.
     */
    record HistoryChanged() implements ModelEvent {
    }

    /** The document was saved or became dirty without an edit (for example by undo past the save point). */
    record SaveStateChanged(boolean dirty) implements ModelEvent {
    }
}
