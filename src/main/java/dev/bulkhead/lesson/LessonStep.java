package dev.bulkhead.lesson;

import java.util.List;
import java.util.Objects;

/**
 * One step of a lesson.
 *
 * @param paragraphs the step's text
 * @param sources    the citations of its claims, as the reference data words them (see {@link Citations})
 * @param tasks      what the learner does in this step; may be empty for a step that only explains
 */
public record LessonStep(String title, List<String> paragraphs, List<String> sources, List<LessonTask> tasks) {
    public LessonStep {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        sources = List.copyOf(sources);
        tasks = List.copyOf(tasks);
    }
}
