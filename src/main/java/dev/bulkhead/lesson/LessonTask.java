package dev.bulkhead.lesson;

import dev.bulkhead.analysis.Analysis;
import java.util.List;
import java.util.Objects;

/**
 * Something the learner does on the model, checked as they edit.
 *
 * @param id     unique within its lesson
 * @param title  a short name in the learner's words ("Give acme-corp its own API"): what Edit's Undo calls "show me"
 * @param text   what to do; {@code {limit}} stands for the first cost limit among the checks, as money
 * @param hint   a nudge that does not give the answer away
 * @param checks all must hold for the task to be done
 * @param answer the changes "show me" applies, as one undo step
 */
public record LessonTask(String id, String title, String text, String hint, List<TaskCheck> checks, List<AnswerEdit> answer) {
    public LessonTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hint, "hint");
        checks = List.copyOf(checks);
        answer = List.copyOf(answer);
        if (checks.isEmpty() || answer.isEmpty()) {
            throw new IllegalArgumentException("task '" + id + "' needs at least one check and an answer");
        }
    }

    /** The text with its placeholders filled in from an analysis (the currency of its pricing profile). */
    public String text(Analysis analysis) {
        String limit = checks.stream().filter(CostBelow.class::isInstance).findFirst().map(c -> c.describe(analysis)).orElse("");
        return text.replace("{limit}", limit);
    }

    /** Every check's verdict on an analysis, in order. */
    public List<Verdict> evaluate(Analysis analysis) {
        return checks.stream().map(check -> check.evaluate(analysis)).toList();
    }

    /** Whether every check holds. */
    public boolean isMet(Analysis analysis) {
        return evaluate(analysis).stream().allMatch(Verdict::met);
    }
}
