package dev.bulkhead.lesson;

import java.util.List;
import java.util.Objects;

/**
 * One step of a lesson.
 *
 * @param paragraphs the step's text
 * @param sources    the citations of its claims, as the reference data words them (see {@link Citations})
 * @param tasks      what the learner does in this step; may be empty for a step that only explains
 * @param show       the elements the step talks about, to have in view together (the environments a step about
 *                   workspaces or directories per environment compares); empty for its first task's element alone
 */
public record LessonStep(String title, List<String> paragraphs, List<String> sources, List<LessonTask> tasks,
                         List<dev.bulkhead.model.ElementId> show) {
    public LessonStep {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        sources = List.copyOf(sources);
        tasks = List.copyOf(tasks);
        show = List.copyOf(show);
    }

    /**
     * What to bring into view for this step, what the learner works on first: its first task's first answer element
     * (if any), then the elements of {@link #show}.
     */
    public List<dev.bulkhead.model.ElementId> inView() {
        java.util.LinkedHashSet<dev.bulkhead.model.ElementId> ids = new java.util.LinkedHashSet<>();
        tasks.stream().filter(t -> !t.answer().isEmpty()).findFirst().ifPresent(t -> ids.add(t.answer().get(0).element()));
        ids.addAll(show);
        return List.copyOf(ids);
    }
}
