package dev.bulkhead.model;

import java.util.Objects;

/**
 * One small reversible change to a {@link ModelDocument}. Undo applies {@link #inverse()}s in reverse
 * order, so no command ever writes its own undo.
 */
public sealed interface Change {
    /** The change that takes this one back. */
    Change inverse();

    /** Adds an element. */
    record AddElement(Element element) implements Change {
        public AddElement {
            Objects.requireNonNull(element, "element");
        }

        @Override
        public Change inverse() {
            return new RemoveElement(element);
        }
    }

    /** Removes an element that nothing else refers to. */
    record RemoveElement(Element element) implements Change {
        public RemoveElement {
            Objects.requireNonNull(element, "element");
        }

        @Override
        public Change inverse() {
            return new AddElement(element);
        }
    }

    /** Replaces an element by a modified copy with the same id: renames, attribute edits, reparenting. */
    record ReplaceElement(Element before, Element after) implements Change {
        public ReplaceElement {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (!before.id().equals(after.id()) || before.kind() != after.kind()) {
                throw new IllegalArgumentException("a replacement keeps the id and kind of " + before.id());
            }
        }

        @Override
        public Change inverse() {
            return new ReplaceElement(after, before);
        }
    }

    /** Places, moves, resizes, collapses or un-places (null) an element on the canvas. */
    record SetLayout(ElementId id, ElementLayout before, ElementLayout after) implements Change {
        public SetLayout {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Change inverse() {
            return new SetLayout(id, after, before);
        }
    }

    /** Replaces the model-wide settings (name, pricing profile, assumptions). */
    record SetSettings(ModelSettings before, ModelSettings after) implements Change {
        public SetSettings {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public Change inverse() {
            return new SetSettings(after, before);
        }
    }

    /**
     * Adds, renames or deletes an inactive scenario, or renames the active one; the elements the model shows stay
     * as they are.
     */
    record SetScenarios(Scenarios before, Scenarios after) implements Change {
        public SetScenarios {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            // The active scenario under a new name is a rename, not a switch: the old name is gone, the new one new.
            boolean renamedActive = !after.contains(before.active()) && !before.contains(after.active());
            if (!before.active().equals(after.active()) && !renamedActive) {
                throw new IllegalArgumentException("switching scenarios is a SwitchScenario");
            }
        }

        @Override
        public Change inverse() {
            return new SetScenarios(after, before);
        }
    }

    /** Adds, changes, reorders or removes stories or their steps; nothing the canvas or the analysis uses. */
    record SetStories(Stories before, Stories after) implements Change {
        public SetStories {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public Change inverse() {
            return new SetStories(after, before);
        }
    }

    /**
     * Makes another scenario active: the state shown is stored under the old name ({@code after} holds it) and
     * the target's state ({@code before} holds it) becomes the model's elements, layout and pricing.
     */
    record SwitchScenario(Scenarios before, Scenarios after) implements Change {
        public SwitchScenario {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (before.active().equals(after.active())) {
                throw new IllegalArgumentException("a switch goes to another scenario than '" + before.active() + "'");
            }
        }

        /** The state the switch leaves. */
        public ScenarioState leaving() {
            return after.stored().get(before.active());
        }

        /** The state the switch shows. */
        public ScenarioState entering() {
            return before.stored().get(after.active());
        }

        @Override
        public Change inverse() {
            return new SwitchScenario(after, before);
        }
    }
}
