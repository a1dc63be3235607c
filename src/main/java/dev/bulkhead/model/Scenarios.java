package dev.bulkhead.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The named scenarios of a model ("current", "proposal A", ...). The first is the base; the file stores
 * the others as overlays on it. The active scenario's state is the model's own elements, layout and pricing;
 * the others are kept whole in {@code stored}, so switching is a swap and undo of a switch is a swap back.
 *
 * @param names  every scenario, the base first, in the order the user made them
 * @param active the scenario the model shows and every edit lands in
 * @param stored the state of every scenario but the active one
 */
public record Scenarios(List<String> names, String active, Map<String, ScenarioState> stored) {
    /** The name of the one scenario of a model that never made another. */
    public static final String DEFAULT_BASE = "current";

    public Scenarios {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a model has at least one scenario");
        }
        for (String name : names) {
            Checks.name("scenario name", name);
            if (Collections.frequency(names, name) > 1) {
                throw new IllegalArgumentException("two scenarios are named '" + name + "'; rename one");
            }
        }
        Objects.requireNonNull(active, "active scenario");
        if (!names.contains(active)) {
            throw new IllegalArgumentException(unknown(active, names));
        }
        stored = Collections.unmodifiableMap(new LinkedHashMap<>(stored));
        for (String name : names) {
            if (!name.equals(active) && !stored.containsKey(name)) {
                throw new IllegalArgumentException("scenario '" + name + "' has no state");
            }
        }
        if (stored.containsKey(active) || stored.size() != names.size() - 1) {
            throw new IllegalArgumentException("the stored scenarios must be exactly the inactive ones");
        }
    }

    /** A model's only scenario. */
    public static Scenarios single(String name) {
        return new Scenarios(List.of(name), name, Map.of());
    }

    /** The base scenario, which the others overlay in the file. */
    public String base() {
        return names.get(0);
    }

    /** Whether this is a model that never made a second scenario nor renamed its first. */
    public boolean isDefault() {
        return names.size() == 1 && names.get(0).equals(DEFAULT_BASE);
    }

    /**
     * Which scenario a printout, picture or report shows, for example "scenario proposal A"; null for a model that
     * never made scenarios (its one scenario, "current", names nothing worth saying).
     */
    public String activeLabel() {
        return isDefault() ? null : "scenario " + active();
    }

    /**
     * The heading of the design-as-modelled column in a comparison (the app's compare view and the CLI's
     * {@code compare}): "Current" in a model without scenarios; else the active scenario's {@link #heading}.
     */
    public String asModelledHeading() {
        return isDefault() ? "Current" : heading(active());
    }

    /**
     * How every comparison heads a scenario's design as modelled, one rule everywhere (the CLI's table and JSON, the
     * strip's card, the compare view, a story's steps; review 14e found "current" in one and "current (as modelled)"
     * in another): the base scenario by its bare name ("current"), for it is the design as it stands; any other by
     * its name marked "(as modelled)" ("proposal A (as modelled)"), for beside the options' columns a bare proposal
     * name reads as one more option.
     */
    public String heading(String scenario) {
        return scenario.equals(base()) ? scenario : scenario + " (as modelled)";
    }

    /** Whether a scenario of this name exists. */
    public boolean contains(String name) {
        return names.contains(name);
    }

    /**
     * The name as given when it exists.
     *
     * @throws IllegalArgumentException naming the scenarios there are, when it does not
     */
    public String require(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException(unknown(name, names));
        }
        return name;
    }

    /**
     * The scenario a user means by {@code name}: the one of exactly that name, else the only one whose name equals it
     * ignoring case (the CLI's {@code --scenario proposal a}).
     *
     * @throws IllegalArgumentException naming the scenarios there are, for an unknown or ambiguous name
     */
    public String resolve(String name) {
        if (names.contains(name)) {
            return name;
        }
        List<String> alike = names.stream().filter(n -> n.equalsIgnoreCase(name)).toList();
        if (alike.size() > 1) {
            throw new IllegalArgumentException("'" + name + "' could be any of " + String.join(", ", alike)
                    + "; give the name with its exact case");
        }
        return require(alike.isEmpty() ? name : alike.get(0));
    }

    /**
     * Refuses a new name that only the case tells apart from another scenario's ("Proposal A" beside "proposal A"):
     * a room reading the selector, or a --scenario typed in lower case, would take one for the other.
     */
    private void requireFree(String name, String except) {
        for (String taken : names) {
            if (!taken.equals(except) && taken.equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("a scenario named '" + taken + "' already exists"
                        + (taken.equals(name) ? "" : " (names may not differ only in case)") + "; choose another name");
            }
        }
    }

    /** These scenarios with another one stored under a new name, after the others. */
    public Scenarios withAdded(String name, ScenarioState state) {
        requireFree(name, null);
        List<String> more = new ArrayList<>(names);
        more.add(name);
        Map<String, ScenarioState> states = new LinkedHashMap<>(stored);
        states.put(name, state);
        return new Scenarios(more, active, states);
    }

    /** These scenarios with one renamed, in the same place. */
    public Scenarios withRenamed(String from, String to) {
        require(from);
        Checks.name("scenario name", to);
        requireFree(to, from);
        List<String> renamed = names.stream().map(n -> n.equals(from) ? to : n).toList();
        Map<String, ScenarioState> states = new LinkedHashMap<>();
        stored.forEach((name, state) -> states.put(name.equals(from) ? to : name, state));
        return new Scenarios(renamed, active.equals(from) ? to : active, states);
    }

    /** These scenarios without an inactive one. */
    public Scenarios without(String name) {
        require(name);
        if (name.equals(active)) {
            throw new IllegalArgumentException("switch to another scenario before deleting '" + name + "'");
        }
        List<String> fewer = new ArrayList<>(names);
        fewer.remove(name);
        Map<String, ScenarioState> states = new LinkedHashMap<>(stored);
        states.remove(name);
        return new Scenarios(fewer, active, states);
    }

    /** These scenarios with {@code target} active and the state left behind stored under the old active name. */
    public Scenarios switchedTo(String target, ScenarioState leaving) {
        require(target);
        Map<String, ScenarioState> states = new LinkedHashMap<>(stored);
        states.remove(target);
        states.put(active, leaving);
        return new Scenarios(names, target, states);
    }

    private static String unknown(String name, List<String> names) {
        return "no scenario named '" + name + "'; this model has: " + String.join(", ", names);
    }
}
