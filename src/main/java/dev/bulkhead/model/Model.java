package dev.bulkhead.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable snapshot of a whole model: settings, elements in id order, and layout. Safe to share
 * between threads; the analysis and the exporters work on snapshots while the user keeps editing the
 * {@link ModelDocument}.
 */
public final class Model {
    private static final Model EMPTY = new Model(ModelSettings.DEFAULT, new TreeMap<>(), new TreeMap<>(),
            Scenarios.single(Scenarios.DEFAULT_BASE));

    /** Models this large are checked on every core (a 10,000-element file, issue 16); smaller ones stay on one. */
    private static final int PARALLEL_CHECK = 2_000;

    /** How far back {@link #changesSince} follows the chain of snapshots. */
    private static final int MAX_PROVENANCE = 32;

    private final ModelSettings settings;
    private final SortedMap<ElementId, Element> elements;
    private final SortedMap<ElementId, ElementLayout> layout;
    private final Scenarios scenarios;
    private final Stories stories;
    /** The snapshot this one was derived from (weakly held: old snapshots must be free to go), or null. */
    private final WeakReference<Model> base;
    /** Ids of elements added, removed or replaced since {@link #base}. */
    private final Set<ElementId> changedSinceBase;
    private volatile ModelIndex index;

    Model(ModelSettings settings, TreeMap<ElementId, Element> elements, TreeMap<ElementId, ElementLayout> layout,
          Scenarios scenarios) {
        this(settings, elements, layout, scenarios, Stories.NONE, null, Set.of());
    }

    /** A snapshot derived from {@code base} by changing the elements with the given ids. */
    Model(ModelSettings settings, TreeMap<ElementId, Element> elements, TreeMap<ElementId, ElementLayout> layout,
          Scenarios scenarios, Stories stories, Model base, Set<ElementId> changedSinceBase) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.elements = Collections.unmodifiableSortedMap(elements);
        this.layout = Collections.unmodifiableSortedMap(layout);
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.base = base == null ? null : new WeakReference<>(base);
        this.changedSinceBase = Set.copyOf(changedSinceBase);
    }

    /** A model with no elements and default settings. */
    public static Model empty() {
        return EMPTY;
    }

    /**
     * Builds a model, checking every structural rule of {@link ModelIntegrity}.
     *
     * @throws IllegalArgumentException for a duplicate id, a broken reference or layout of a missing element
     */
    public static Model of(ModelSettings settings, Collection<? extends Element> elements,
                           Map<ElementId, ElementLayout> layout) {
        return of(settings, elements, layout, Scenarios.single(Scenarios.DEFAULT_BASE));
    }

    /**
     * Builds a model with scenarios; the given elements, layout and pricing are the active scenario's.
     *
     * @throws IllegalArgumentException for a duplicate id, a broken reference or layout of a missing element
     */
    public static Model of(ModelSettings settings, Collection<? extends Element> elements,
                           Map<ElementId, ElementLayout> layout, Scenarios scenarios) {
        List<IntegrityProblem> problems = problems(elements, layout);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
        TreeMap<ElementId, Element> byId = new TreeMap<>();
        elements.forEach(element -> byId.put(element.id(), element));
        return new Model(settings, byId, new TreeMap<>(layout), scenarios);
    }

    /** Every structural problem of the given parts, in a stable order; empty when they form a valid model. */
    public static List<IntegrityProblem> problems(Collection<? extends Element> elements,
                                                  Map<ElementId, ElementLayout> layout) {
        List<IntegrityProblem> problems = new ArrayList<>();
        Map<ElementId, Element> byId = new HashMap<>();
        for (Element element : elements) {
            Element previous = byId.putIfAbsent(element.id(), element);
            if (previous != null) {
                problems.add(new IntegrityProblem(element.id(), "id", "id '" + element.id() + "' is used by both "
                        + ModelIntegrity.describe(previous) + " and " + ModelIntegrity.describe(element)
                        + "; give one of them a new id"));
            }
        }
        // Each element's check only reads the finished map; the problems keep the elements' order either way.
        (elements.size() >= PARALLEL_CHECK ? elements.parallelStream() : elements.stream())
                .map(element -> ModelIntegrity.check(element, byId::get))
                .flatMap(Optional::stream)
                .forEachOrdered(problems::add);
        for (ElementId id : layout.keySet()) {
            if (!byId.containsKey(id)) {
                problems.add(new IntegrityProblem(id, "layout", "layout is given for '" + id
                        + "', which does not exist; remove that layout entry"));
            }
        }
        return problems;
    }

    /** Model-wide settings. */
    public ModelSettings settings() {
        return settings;
    }

    /** The model's scenarios; its elements, layout and pricing are those of the active one. */
    public Scenarios scenarios() {
        return scenarios;
    }

    /**
     * The state of any scenario, the active one included.
     *
     * @throws IllegalArgumentException naming the scenarios there are, for an unknown name
     */
    public ScenarioState stateOf(String scenario) {
        scenarios.require(scenario);
        return scenario.equals(scenarios.active()) ? ScenarioState.of(this) : scenarios.stored().get(scenario);
    }

    /**
     * This model as it is in another scenario, for the CLI's {@code --scenario} and the diff: the same
     * scenarios with {@code scenario} active.
     *
     * @throws IllegalArgumentException naming the scenarios there are, for an unknown name
     */
    public Model inScenario(String scenario) {
        if (scenario.equals(scenarios.active())) {
            return this;
        }
        ScenarioState target = stateOf(scenario);
        Scenarios switched = scenarios.switchedTo(scenario, ScenarioState.of(this));
        return new Model(target.settingsOver(settings), new TreeMap<>(target.elements()), new TreeMap<>(target.layout()),
                switched, stories, null, Set.of());
    }

    /** The model's stories, shared by every scenario. */
    public Stories stories() {
        return stories;
    }

    /** This model with other stories (the file reader's way to attach them). */
    public Model withStories(Stories newStories) {
        return new Model(settings, new TreeMap<>(elements), new TreeMap<>(layout), scenarios, newStories, null, Set.of());
    }

    /** All elements by id, in id order. */
    public SortedMap<ElementId, Element> elements() {
        return elements;
    }

    /** All layout entries by element id. Elements without an entry have not been placed yet. */
    public SortedMap<ElementId, ElementLayout> layout() {
        return layout;
    }

    /** The layout of one element, if it has been placed. */
    public Optional<ElementLayout> layoutOf(ElementId id) {
        return Optional.ofNullable(layout.get(id));
    }

    /** The element with this id, if any. */
    public Optional<Element> find(ElementId id) {
        return Optional.ofNullable(element(id));
    }

    /**
     * The element with this id, or null: hashed through the index once it is built (an analysis builds it first),
     * else from the sorted map, so that a snapshot only looked into, as edits' intermediate ones are, builds none.
     */
    private Element element(ElementId id) {
        ModelIndex built = index;
        return built != null ? built.find(id) : elements.get(id);
    }

    /**
     * The element with this id and type.
     *
     * @throws NoSuchElementException when there is none of that type
     */
    public <T extends Element> T get(ElementId id, Class<T> type) {
        Element element = element(id);
        if (!type.isInstance(element)) {
            throw new NoSuchElementException("no " + type.getSimpleName().toLowerCase() + " with id " + id);
        }
        return type.cast(element);
    }

    /** All elements of one type, in id order. */
    public <T extends Element> List<T> all(Class<T> type) {
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) index().byType(type);
        return list;
    }

    /** The elements directly inside a container, in id order. */
    public List<Element> children(ElementId parent) {
        return index().children(parent);
    }

    /** The elements of one type directly inside a container, in id order. */
    public <T extends Element> List<T> children(ElementId parent, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Element child : children(parent)) {
            if (type.isInstance(child)) {
                result.add(type.cast(child));
            }
        }
        return result;
    }

    /** The connections that start or end at an element, in id order. */
    public List<Connection> connectionsOf(ElementId id) {
        return index().connectionsOf(id);
    }

    /** The environment an element belongs to (itself for an environment), if it is inside one. */
    public Optional<Environment> environmentOf(ElementId id) {
        Element element = element(id);
        while (element != null && !(element instanceof Environment)) {
            element = element.parentId() == null ? null : element(element.parentId());
        }
        return Optional.ofNullable((Environment) element);
    }

    /** The cluster an element belongs to (a tenant's, an agent's, a pool's, or itself), if any. */
    public Optional<Cluster> clusterOf(ElementId id) {
        Element element = element(id);
        while (element != null && !(element instanceof Cluster)) {
            element = element.parentId() == null ? null : element(element.parentId());
        }
        return Optional.ofNullable((Cluster) element);
    }

    /** The tenant an element belongs to (an agent's, or itself), if any. */
    public Optional<Tenant> tenantOf(ElementId id) {
        Element element = element(id);
        if (element instanceof Agent agent) {
            element = element(agent.tenant());
        }
        return element instanceof Tenant tenant ? Optional.of(tenant) : Optional.empty();
    }

    /** Whether two models hold the same settings and elements, whatever their layout. */
    public boolean semanticallyEquals(Model other) {
        return settings.equals(other.settings) && elements.equals(other.elements);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Model other && settings.equals(other.settings) && elements.equals(other.elements)
                && layout.equals(other.layout) && scenarios.equals(other.scenarios) && stories.equals(other.stories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, elements, layout, scenarios, stories);
    }

    @Override
    public String toString() {
        return "Model[" + settings.name() + ", " + elements.size() + " elements]";
    }

    /**
     * The ids of elements added, removed or replaced between {@code earlier} and this snapshot, when this
     * snapshot was derived from it through a short chain of edits (and the intermediate snapshots are still
     * around); empty otherwise, and then the caller must compare the two itself.
     */
    public Optional<Set<ElementId>> changesSince(Model earlier) {
        java.util.HashSet<ElementId> changed = new java.util.HashSet<>();
        Model current = this;
        for (int step = 0; step < MAX_PROVENANCE && current != null; step++) {
            if (current == earlier) {
                return Optional.of(changed);
            }
            changed.addAll(current.changedSinceBase);
            current = current.base == null ? null : current.base.get();
        }
        return current == earlier ? Optional.of(changed) : Optional.empty();
    }

    /** Whether this snapshot's lookup index (children, connections, by type) is built; for tests of what builds it. */
    public boolean isIndexed() {
        return index != null;
    }

    /** Whether the index is built as a layer on an earlier snapshot's, not from every element; for tests. */
    boolean isIndexedAsLayer() {
        ModelIndex current = index;
        return current != null && current.isLayer();
    }

    private ModelIndex index() {
        ModelIndex current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    current = build();
                    index = current;
                }
            }
        }
        return current;
    }

    private ModelIndex build() {
        Model previous = base == null ? null : base.get();
        ModelIndex below = previous == null ? null : previous.index;
        if (below != null) {
            ModelIndex layered = ModelIndex.layer(below, previous.elements, elements, changedSinceBase);
            if (layered != null) {
                return layered;
            }
        }
        return ModelIndex.flat(elements.values());
    }
}
