package dev.bulkhead.lesson;

import dev.bulkhead.model.Model;
import java.util.List;
import java.util.Objects;

/**
 * A guided lesson: a starting model and steps, each a short text with its sources and the tasks the learner
 * does on the model.
 *
 * @param id       stable identifier, remembered when the lesson is finished
 * @param start    the model the lesson opens
 */
public record Lesson(String id, String title, String summary, Model start, List<LessonStep> steps) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(start, "start");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("lesson '" + id + "' has no steps");
        }
    }

    /** Every task of every step, in order. */
    public List<LessonTask> tasks() {
        return steps.stream().flatMap(step -> step.tasks().stream()).toList();
    }
}
