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
    public static final Comparator<Finding> ORDER = Finding::compareInOrder;

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    // Written out rather than composed with Comparator.comparing: a large model's analysis sorts thousands of
    // findings on every edit, and the composed form's boxing lambdas were a tenth of a re-analysis.
    private static int compareInOrder(Finding a, Finding b) {
        int order = a.severity.compareTo(b.severity);
        if (order == 0 && a.code != b.code) {
            order = a.code.compareById(b.code);
        }
        if (order == 0 && a.element != b.element) {
            order = elementKey(a).compareTo(elementKey(b));
        }
        return order != 0 ? order : a.message.compareTo(b.message);
    }

    private static String elementKey(Finding finding) {
        return finding.element == null ? "" : finding.element.value();
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
