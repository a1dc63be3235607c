package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something the analysis noticed about a model.
 *
 * @param code    the rule that found it
 * @param element the element concerned, or null for the model as a whole
 * @param message what is wrong and what to do, in one line
 */
public record Finding(Severity severity, FindingCode code, ElementId element, String message) {
    /** Errors first, then by rule, element and message, so that output is stable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.code().id())
            .thenComparing(f -> f.element() == null ? "" : f.element().value())
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** An error about one element. */
    public static Finding error(FindingCode code, ElementId element, String message) {
        return new Finding(Severity.ERROR, code, element, message);
    }

    /** A warning about one element. */
    public static Finding warning(FindingCode code, ElementId element, String message) {
        return new Finding(Severity.WARNING, code, element, message);
    }

    /** Information about one element. */
    public static Finding info(FindingCode code, ElementId element, String message) {
        return new Finding(Severity.INFO, code, element, message);
    }
}
