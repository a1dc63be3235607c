package dev.bulkhead.lesson;

import java.util.Objects;

/**
 * Whether a check holds for the model as it is now, and what the learner sees about it.
 *
 * @param met    whether the check holds
 * @param detail one line with the figure or state the check measured, for example {@code current design $812.40 a month}
 */
public record Verdict(boolean met, String detail) {
    public Verdict {
        Objects.requireNonNull(detail, "detail");
    }
}
