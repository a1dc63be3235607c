package dev.bulkhead.lesson;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.model.ModelDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's way through one lesson: the step shown and the tasks done. A task counts as done once its checks
 * have all held on an analysis of the learner's model; it stays done when a later step changes the model again,
 * because later steps build on earlier ones and may trade an earlier figure for a new one.
 */
public final class LessonRun {
    /** A task as the panel shows it: its checks' verdicts on the latest analysis, and whether it was done. */
    public record TaskStatus(LessonTask task, String text, List<Verdict> verdicts, boolean done) {
    }

    private final Lesson lesson;
    private final Set<String> done = new LinkedHashSet<>();
    private int step;

    public LessonRun(Lesson lesson) {
        this.lesson = Objects.requireNonNull(lesson, "lesson");
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The index of the step shown, from 0. */
    public int stepIndex() {
        return step;
    }

    public LessonStep step() {
        return lesson.steps().get(step);
    }

    /** Moves to another step; out-of-range indexes stop at the first or last. */
    public void goTo(int index) {
        step = Math.max(0, Math.min(lesson.steps().size() - 1, index));
    }

    /**
     * Checks the current step's tasks against an analysis of the learner's model, marks those met as done, and
     * returns them as they stand. Only the step shown is checked: a later step's task is done by the learner on
     * that step, never in passing while an earlier step's edits happen to meet it.
     */
    public List<TaskStatus> update(Analysis analysis) {
        return step().tasks().stream().map(task -> {
            // Each check runs once per analysis: one of them runs the whole Terraform export.
            List<Verdict> now = task.evaluate(analysis);
            if (now.stream().allMatch(Verdict::met)) {
                done.add(task.id());
            }
            return new TaskStatus(task, task.text(analysis), now, done.contains(task.id()));
        }).toList();
    }

    public boolean isDone(LessonTask task) {
        return done.contains(task.id());
    }

    /** Whether every task of the lesson has been done. */
    public boolean isFinished() {
        return lesson.tasks().stream().allMatch(this::isDone);
    }

    /**
     * Applies a task's answer to the learner's model as one undo step named after the task.
     *
     * @return whether the model changed (false when the answer was already in place)
     */
    public static boolean showMe(ModelDocument document, LessonTask task) {
        return document.edit("Show me: " + task.title(), tx -> task.answer().forEach(edit -> edit.apply(tx)));
    }
}
