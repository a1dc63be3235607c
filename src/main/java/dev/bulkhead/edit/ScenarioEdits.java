package dev.bulkhead.edit;

import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Scenarios;
import java.util.Objects;

/**
 * Creating, duplicating, renaming, deleting and switching scenarios, each one named undo step. Every other
 * edit lands in the active scenario because the document's elements are that scenario's.
 * Refusals (a taken or unknown name, deleting the base) throw {@link IllegalArgumentException} with a
 * message the user can act on.
 */
public final class ScenarioEdits {
    private final ModelDocument document;

    public ScenarioEdits(ModelDocument document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    /** A new scenario that starts as the base, made active. */
    public void create(String name) {
        String clean = clean(name);
        Scenarios scenarios = document.snapshot().scenarios();
        document.edit("Create scenario " + clean, tx -> {
            tx.setScenarios(tx.scenarios().withAdded(clean, document.snapshot().stateOf(scenarios.base())));
            tx.switchScenario(clean);
        });
    }

    /** A new scenario that starts as the active one, made active: the usual start of a proposal. */
    public void duplicate(String name) {
        String clean = clean(name);
        document.edit("Duplicate scenario " + document.snapshot().scenarios().active() + " as " + clean, tx -> {
            tx.setScenarios(tx.scenarios().withAdded(clean, tx.currentState()));
            tx.switchScenario(clean);
        });
    }

    /** Renames a scenario, the base and the active one included. */
    public void rename(String from, String to) {
        String clean = clean(to);
        Scenarios scenarios = document.snapshot().scenarios();
        scenarios.require(from);
        document.edit("Rename scenario " + from + " to " + clean, tx -> {
            tx.setScenarios(scenarios.withRenamed(from, clean));
            tx.setStories(tx.stories().withScenarioReplaced(from, clean));
        });
    }

    /** Deletes a scenario other than the base; deleting the active one shows the base. */
    public void delete(String name) {
        Scenarios scenarios = document.snapshot().scenarios();
        scenarios.require(name);
        if (name.equals(scenarios.base())) {
            throw new IllegalArgumentException("'" + name + "' is the base scenario that the others overlay; it cannot be deleted");
        }
        document.edit("Delete scenario " + name, tx -> {
            tx.switchScenario(name.equals(scenarios.active()) ? scenarios.base() : scenarios.active());
            tx.setScenarios(tx.scenarios().without(name));
            // A story step that showed the deleted scenario shows the base instead, so the file stays readable.
            tx.setStories(tx.stories().withScenarioReplaced(name, scenarios.base()));
        });
    }

    /** Shows another scenario; later edits land in it. */
    public void switchTo(String name) {
        document.snapshot().scenarios().require(name);
        document.edit("Switch to scenario " + name, tx -> tx.switchScenario(name));
    }

    private static String clean(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        return name.strip();
    }
}
