package dev.bulkhead.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one scenario may change: the pricing profile and assumptions it is costed with, its elements
 * (placements, sizes, node pools, runtimes live in them) and their layout. The model's name, description and
 * namespace pattern are shared by every scenario.
 */
public record ScenarioState(String pricingProfile, SortedMap<String, Double> assumptionOverrides,
                            SortedMap<ElementId, Element> elements, SortedMap<ElementId, ElementLayout> layout) {
    public ScenarioState {
        Objects.requireNonNull(pricingProfile, "pricing profile");
        assumptionOverrides = Collections.unmodifiableSortedMap(new TreeMap<>(assumptionOverrides));
        elements = Collections.unmodifiableSortedMap(new TreeMap<>(elements));
        layout = Collections.unmodifiableSortedMap(new TreeMap<>(layout));
    }

    /** The state a model shows now. */
    public static ScenarioState of(Model model) {
        return new ScenarioState(model.settings().pricingProfile(), model.settings().assumptionOverrides(),
                model.elements(), model.layout());
    }

    /** The model's shared settings costed as this scenario says. */
    public ModelSettings settingsOver(ModelSettings shared) {
        return new ModelSettings(shared.name(), shared.description(), pricingProfile, new TreeMap<>(assumptionOverrides),
                shared.namespacePattern(), shared.notes());
    }
}
