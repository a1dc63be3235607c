package dev.bulkhead.model;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bounded undo and redo stacks of named steps, a save point for the dirty flag, and a revision counter
 * that grows with every change of state. Knows nothing of JavaFX; {@link ModelDocument} drives it.
 */
public final class UndoHistory {
    /** How long after one step a step with the same merge key still joins it (arrow-key nudges). */
    static final long MERGE_WINDOW_MILLIS = 1_500;

    /** One undoable step: a name for the menu and the changes in the order they were applied. */
    public record Step(String name, List<Change> changes, Object mergeKey, long serial, long timeMillis) {
        public Step {
            Objects.requireNonNull(name, "name");
            changes = List.copyOf(changes);
        }
    }

    private final int capacity;
    private final Clock clock;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private long nextSerial = 1;
    private long savedSerial;
    private long revision;

    /** A history keeping at most {@code capacity} undo steps. */
    public UndoHistory(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records a new step; it clears the redo stack and may merge into the previous step. */
    void record(String name, List<Change> changes, Object mergeKey) {
        long now = clock.millis();
        Step top = undo.peek();
        redo.clear();
        if (mergeKey != null && top != null && mergeKey.equals(top.mergeKey())
                && now - top.timeMillis() <= MERGE_WINDOW_MILLIS && top.serial() != savedSerial) {
            undo.pop();
            List<Change> merged = new java.util.ArrayList<>(top.changes());
            merged.addAll(changes);
            undo.push(new Step(name, merged, mergeKey, nextSerial++, now));
        } else {
            undo.push(new Step(name, changes, mergeKey, nextSerial++, now));
            if (undo.size() > capacity) {
                undo.removeLast();
            }
        }
        revision++;
    }

    /** The step undo would take back, without moving it. */
    Step peekUndo() {
        return undo.element();
    }

    /** The step redo would apply again, without moving it. */
    Step peekRedo() {
        return redo.element();
    }

    /** Moves the top undo step to the redo stack and returns it. */
    Step takeUndo() {
        Step step = undo.pop();
        redo.push(step);
        revision++;
        return step;
    }

    /** Moves the top redo step back to the undo stack and returns it. */
    Step takeRedo() {
        Step step = redo.pop();
        undo.push(step);
        revision++;
        return step;
    }

    /** The redo steps as they stand, to put back after steps recorded on top of them are undone again. */
    List<Step> redoSteps() {
        return List.copyOf(redo);
    }

    /** Puts back redo steps kept by {@link #redoSteps} in place of the ones there now. */
    void restoreRedo(List<Step> steps) {
        redo.clear();
        redo.addAll(steps);
        revision++;
    }

    /** Forgets every step, as after opening another file; the new state counts as saved. */
    void clear() {
        undo.clear();
        redo.clear();
        savedSerial = 0;
        revision++;
    }

    /** Marks the current state as the one on disk. */
    void markSaved() {
        savedSerial = currentSerial();
    }

    /** Marks the current state as not saved, as for a model restored from a recovery file. */
    void markUnsaved() {
        savedSerial = -1;
    }

    /** Whether the state differs from the last save. */
    public boolean isDirty() {
        return currentSerial() != savedSerial;
    }

    /** Whether there is a step to undo. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Whether there is a step to redo. */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name of the step undo would take back. */
    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Step::name);
    }

    /** The name of the step redo would apply again. */
    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Step::name);
    }

    /** Number of steps that can be undone. */
    public int undoSize() {
        return undo.size();
    }

    /** A number that grows with every recorded, undone, redone or cleared step. */
    public long revision() {
        return revision;
    }

    private long currentSerial() {
        Step top = undo.peek();
        return top == null ? 0 : top.serial();
    }
}
