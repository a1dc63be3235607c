package dev.bulkhead.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The edit operations available inside {@link ModelDocument#edit}. Each call applies at once (later calls
 * see its effect) and is recorded for undo.
 */
public final class Transaction {
    private final ModelDocument document;
    private final List<Change> applied;

    Transaction(ModelDocument document, List<Change> applied) {
        this.document = document;
        this.applied = applied;
    }

    /** The element with this id as it is now, inside the transaction. */
    public Optional<Element> find(ElementId id) {
        return Optional.ofNullable(document.element(id));
    }

    /** The layout of an element as it is now, if placed. */
    public Optional<ElementLayout> layoutOf(ElementId id) {
        return Optional.ofNullable(document.layoutOf(id));
    }

    /**
     * The state inside the transaction as a model, for working out follow-up changes (such as growing
     * containers around what was moved). It does not become a snapshot of the document.
     */
    public Model view() {
        return document.detachedView();
    }

    /**
     * The state inside the transaction as a model read in place, for working out follow-up changes at once: unlike
     * {@link #view} it copies nothing, and what it shows after the transaction's next change is undefined (work the
     * changes out, then make them).
     */
    public Model viewUntilNextChange() {
        return document.liveView();
    }

    /** The settings as they are now. */
    public ModelSettings settings() {
        return document.settings();
    }

    /** Adds a new element. */
    public void add(Element element) {
        record(new Change.AddElement(element));
    }

    /** Adds a new element and places it. */
    public void add(Element element, ElementLayout elementLayout) {
        add(element);
        setLayout(element.id(), elementLayout);
    }

    /** Replaces an element by a modified copy with the same id; does nothing when they are equal. */
    public void replace(Element after) {
        Element before = document.element(after.id());
        if (before == null) {
            throw new IllegalArgumentException("no element '" + after.id() + "' to change");
        }
        if (!before.equals(after)) {
            record(new Change.ReplaceElement(before, after));
        }
    }

    /**
     * Removes an element with everything inside it, its connections, the dedication of pools to it, and
     * the layout of all of these.
     */
    public void remove(ElementId id) {
        Element element = document.element(id);
        if (element == null) {
            return;
        }
        for (ElementId child : List.copyOf(document.childIds(id))) {
            remove(child);
        }
        for (ElementId referrerId : List.copyOf(document.referrerIds(id))) {
            Element referrer = document.element(referrerId);
            if (referrer instanceof NodePool pool) {
                replace(pool.withDedicatedTo(null));
            } else {
                remove(referrerId);
            }
        }
        setLayout(id, null);
        record(new Change.RemoveElement(element));
    }

    /** Places, moves or resizes an element; null removes its layout. Does nothing when unchanged. */
    public void setLayout(ElementId id, ElementLayout elementLayout) {
        ElementLayout before = document.layoutOf(id);
        if (!Objects.equals(before, elementLayout)) {
            record(new Change.SetLayout(id, before, elementLayout));
        }
    }

    /** Replaces the model-wide settings; does nothing when unchanged. */
    public void setSettings(ModelSettings after) {
        ModelSettings before = document.settings();
        if (!before.equals(after)) {
            record(new Change.SetSettings(before, after));
        }
    }

    /** The model's scenarios as they are now. */
    public Scenarios scenarios() {
        return document.scenarios();
    }

    /** Adds, renames or deletes inactive scenarios; does nothing when unchanged. */
    public void setScenarios(Scenarios after) {
        Scenarios before = document.scenarios();
        if (!before.equals(after)) {
            record(new Change.SetScenarios(before, after));
        }
    }

    /** The model's stories as they are now. */
    public Stories stories() {
        return document.stories();
    }

    /** Replaces the model's stories; does nothing when unchanged. */
    public void setStories(Stories after) {
        Stories before = document.stories();
        if (!before.equals(after)) {
            record(new Change.SetStories(before, after));
        }
    }

    /**
     * Shows another scenario: the state shown now is kept under the active name, and later changes of this
     * transaction land in {@code scenario}. Does nothing when it is already active.
     *
     * @throws IllegalArgumentException naming the scenarios there are, for an unknown name
     */
    public void switchScenario(String scenario) {
        Scenarios before = document.scenarios();
        before.require(scenario);
        if (!before.active().equals(scenario)) {
            record(new Change.SwitchScenario(before, before.switchedTo(scenario, document.currentState())));
        }
    }

    /** The state shown now, as a scenario would store it. */
    public ScenarioState currentState() {
        return document.currentState();
    }

    /** The changes applied so far, in order. */
    public List<Change> changes() {
        return new ArrayList<>(applied);
    }

    private void record(Change change) {
        document.apply(change);
        applied.add(change);
    }
}
