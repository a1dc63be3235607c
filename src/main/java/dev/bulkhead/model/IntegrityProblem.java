package dev.bulkhead.model;

/**
 * A broken structural rule of a model: a reference to a missing element, a wrong container, a duplicate id.
 *
 * @param element   the element at fault
 * @param attribute the attribute at fault, for example {@code tenant} or {@code to}
 * @param message   what is wrong and what to do, in one sentence
 */
public record IntegrityProblem(ElementId element, String attribute, String message) {
}
