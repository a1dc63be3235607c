package dev.bulkhead.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;

/**
 * The net effect of a list of changes: which elements appeared, disappeared or changed, whose layout
 * changed, and whether settings changed. Views update from this instead of re-reading the whole model.
 */
public record ChangeSummary(Set<ElementId> added, Set<ElementId> removed, Set<ElementId> updated,
                            Set<ElementId> layoutChanged, boolean settingsChanged) {
    public ChangeSummary {
        added = Collections.unmodifiableSet(new TreeSet<>(added));
        removed = Collections.unmodifiableSet(new TreeSet<>(removed));
        updated = Collections.unmodifiableSet(new TreeSet<>(updated));
        layoutChanged = Collections.unmodifiableSet(new TreeSet<>(layoutChanged));
    }

    /** Summarises changes applied in the given order. */
    public static ChangeSummary of(List<Change> changes) {
        // For each element: did it exist before the first change, and does it exist after the last?
        Map<ElementId, boolean[]> existence = new LinkedHashMap<>();
        Set<ElementId> layout = new TreeSet<>();
        boolean settings = false;
        for (Change change : changes) {
            if (change instanceof Change.AddElement add) {
                existence.computeIfAbsent(add.element().id(), id -> new boolean[] {false, true})[1] = true;
            } else if (change instanceof Change.RemoveElement remove) {
                existence.computeIfAbsent(remove.element().id(), id -> new boolean[] {true, false})[1] = false;
            } else if (change instanceof Change.ReplaceElement replace) {
                existence.computeIfAbsent(replace.after().id(), id -> new boolean[] {true, true});
            } else if (change instanceof Change.SetLayout setLayout) {
                layout.add(setLayout.id());
            } else if (change instanceof Change.SetSettings) {
                settings = true;
            } else if (change instanceof Change.SwitchScenario swap) {
                settings = settings || !swap.leaving().assumptionOverrides().equals(swap.entering().assumptionOverrides())
                        || !swap.leaving().pricingProfile().equals(swap.entering().pricingProfile());
                summariseSwap(swap, existence, layout);
            } else if (change instanceof Change.SetScenarios || change instanceof Change.SetStories) {
                // Scenarios that are not shown change nothing a view draws or the analysis computes.
            }
        }
        Set<ElementId> added = new TreeSet<>();
        Set<ElementId> removed = new TreeSet<>();
        Set<ElementId> updated = new TreeSet<>();
        existence.forEach((id, beforeAfter) -> {
            if (!beforeAfter[0] && beforeAfter[1]) {
                added.add(id);
            } else if (beforeAfter[0] && !beforeAfter[1]) {
                removed.add(id);
            } else if (beforeAfter[0]) {
                updated.add(id);
            }
        });
        return new ChangeSummary(added, removed, updated, layout, settings);
    }

    /** A switch as the additions, removals and replacements that turn the state left into the state shown. */
    private static void summariseSwap(Change.SwitchScenario swap, Map<ElementId, boolean[]> existence, Set<ElementId> layout) {
        ScenarioState from = swap.leaving();
        ScenarioState to = swap.entering();
        for (Map.Entry<ElementId, Element> entry : from.elements().entrySet()) {
            Element now = to.elements().get(entry.getKey());
            if (now == null) {
                existence.computeIfAbsent(entry.getKey(), id -> new boolean[] {true, false})[1] = false;
            } else if (!now.equals(entry.getValue())) {
                existence.computeIfAbsent(entry.getKey(), id -> new boolean[] {true, true});
            }
        }
        for (ElementId id : to.elements().keySet()) {
            if (!from.elements().containsKey(id)) {
                existence.computeIfAbsent(id, key -> new boolean[] {false, true})[1] = true;
            }
        }
        java.util.Set<ElementId> placed = new TreeSet<>(from.layout().keySet());
        placed.addAll(to.layout().keySet());
        for (ElementId id : placed) {
            if (!java.util.Objects.equals(from.layout().get(id), to.layout().get(id))) {
                layout.add(id);
            }
        }
    }

    /** Whether anything but layout changed, that is whether analysis results may differ. */
    public boolean semanticsChanged() {
        return settingsChanged || !added.isEmpty() || !removed.isEmpty() || !updated.isEmpty();
    }
}
