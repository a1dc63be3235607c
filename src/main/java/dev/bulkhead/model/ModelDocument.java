package dev.bulkhead.model;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one mutable model: every edit goes through {@link #edit}, which applies small reversible
 * {@link Change}s, groups them into one named undo step, and announces one {@link ModelEvent}. Reads go
 * through {@link #snapshot()}, an immutable {@link Model}.
 *
 * <p>Single-threaded: call it from one thread (the JavaFX application thread in the app). Snapshots may
 * be handed to other threads.
 */
public final class ModelDocument {
    /** Undo steps kept by default. */
    public static final int DEFAULT_HISTORY = 500;

    private ModelSettings settings;
    private Scenarios scenarios;
    private Stories stories;
    private final TreeMap<ElementId, Element> elements = new TreeMap<>();
    private final TreeMap<ElementId, ElementLayout> layout = new TreeMap<>();
    /** Container id to the ids directly inside it. */
    private final Map<ElementId, Set<ElementId>> children = new HashMap<>();
    /** Element id to the ids of elements that refer to it (connections, dedicated pools). */
    private final Map<ElementId, Set<ElementId>> referrers = new HashMap<>();
    private final UndoHistory history;
    private final List<Consumer<ModelEvent>> listeners = new CopyOnWriteArrayList<>();
    private Model snapshot;
    /** The last snapshot handed out, and the ids of elements changed since: the next snapshot's provenance. */
    private Model lastSnapshot;
    private final java.util.Set<ElementId> changedSinceSnapshot = new java.util.HashSet<>();
    /** Set while changes are applied or announced; an edit started then is refused. */
    private boolean busy;

    /** A document holding a copy of the given model, with an empty history. */
    public ModelDocument(Model initial) {
        this(initial, Clock.systemUTC(), DEFAULT_HISTORY);
    }

    /** A document with an explicit clock (for merge windows in tests) and history size. */
    public ModelDocument(Model initial, Clock clock, int historySize) {
        history = new UndoHistory(historySize, clock);
        load(initial);
    }

    /** The current state as an immutable snapshot; the same instance until the next change. */
    public Model snapshot() {
        Model current = snapshot;
        if (current == null) {
            current = new Model(settings, new TreeMap<>(elements), new TreeMap<>(layout), scenarios, stories,
                    lastSnapshot, changedSinceSnapshot);
            snapshot = current;
            lastSnapshot = current;
            changedSinceSnapshot.clear();
        }
        return current;
    }

    /** The element with this id, if any. */
    public Optional<Element> find(ElementId id) {
        return Optional.ofNullable(elements.get(id));
    }

    /** The undo history, for menu names and the dirty flag. */
    public UndoHistory history() {
        return history;
    }

    /** Registers a listener for every event; listeners must not edit the document. */
    public void addListener(Consumer<ModelEvent> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Removes a listener. */
    public void removeListener(Consumer<ModelEvent> listener) {
        listeners.remove(listener);
    }

    /**
     * Runs {@code body} as one undo step named {@code name}. If the body throws, every change it made is
     * taken back and the exception propagates; the document is unchanged.
     *
     * @return whether anything changed
     */
    public boolean edit(String name, Consumer<Transaction> body) {
        return edit(name, null, body);
    }

    /**
     * Like {@link #edit(String, Consumer)}, but a step with the same non-null {@code mergeKey} shortly after
     * the previous one joins it, so that repeated arrow-key nudges undo as one step.
     */
    public boolean edit(String name, Object mergeKey, Consumer<Transaction> body) {
        Objects.requireNonNull(name, "step name");
        enter("edit '" + name + "'");
        List<Change> applied = new ArrayList<>();
        try {
            body.accept(new Transaction(this, applied));
        } catch (RuntimeException | Error e) {
            takeBack(applied);
            throw e;
        }
        if (applied.isEmpty()) {
            busy = false;
            return false;
        }
        history.record(name, applied, mergeKey);
        announce(new ModelEvent.Edited(name, ModelEvent.Origin.EDIT, ChangeSummary.of(applied)));
        return true;
    }

    /**
     * Takes back the last step. If one of its changes cannot be applied, the changes already taken back are
     * applied again, the step stays on the undo stack and the exception propagates: the document is as it was
     * and accepts further edits.
     */
    public void undo() {
        if (!history.canUndo()) {
            return;
        }
        enter("undo");
        UndoHistory.Step step = history.peekUndo();
        List<Change> inverses = new ArrayList<>();
        try {
            for (int i = step.changes().size() - 1; i >= 0; i--) {
                Change inverse = step.changes().get(i).inverse();
                apply(inverse);
                inverses.add(inverse);
            }
        } catch (RuntimeException | Error e) {
            takeBack(inverses);
            throw e;
        }
        history.takeUndo();
        announce(new ModelEvent.Edited(step.name(), ModelEvent.Origin.UNDO, ChangeSummary.of(inverses)));
    }

    /**
     * Takes back the last {@code steps} steps as {@link #undo} does, and leaves redo as it was before they were
     * made (the redo steps in {@code redoBefore}, from {@link #redoMark}), so that temporary steps (a story's
     * scenario switches while presenting) leave neither a redo of their own nor a lost one behind.
     */
    public void undoTemporary(int steps, RedoMark redoBefore) {
        for (int i = 0; i < steps; i++) {
            undo();
        }
        enter("restore the redo steps");
        history.restoreRedo(redoBefore.steps());
        // Announced, for the last undo above named the temporary step as the one to redo: without it the Redo menu
        // would name that step while Redo applies the restored one (or nothing).
        announce(new ModelEvent.HistoryChanged());
    }

    /** The redo steps as they stand now, for {@link #undoTemporary}. */
    public RedoMark redoMark() {
        return new RedoMark(history.redoSteps());
    }

    /** Redo steps kept aside while temporary steps are made. */
    public record RedoMark(List<UndoHistory.Step> steps) {
    }

    /** Applies the last undone step again; like {@link #undo()}, a change that fails leaves the document as it was. */
    public void redo() {
        if (!history.canRedo()) {
            return;
        }
        enter("redo");
        UndoHistory.Step step = history.peekRedo();
        List<Change> applied = new ArrayList<>();
        try {
            for (Change change : step.changes()) {
                apply(change);
                applied.add(change);
            }
        } catch (RuntimeException | Error e) {
            takeBack(applied);
            throw e;
        }
        history.takeRedo();
        announce(new ModelEvent.Edited(step.name(), ModelEvent.Origin.REDO, ChangeSummary.of(step.changes())));
    }

    /** Replaces the whole model (new or opened file) and clears the history. */
    public void replace(Model model) {
        enter("replace the model");
        load(model);
        history.clear();
        announce(new ModelEvent.Replaced());
    }

    /** Records that the current state is on disk. */
    public void markSaved() {
        enter("mark saved"); // before touching the history, so that a refused call changes nothing
        history.markSaved();
        announce(new ModelEvent.SaveStateChanged(false));
    }

    /** Records that the current state is not on disk, as for a model restored from a recovery file. */
    public void markUnsaved() {
        enter("mark unsaved");
        history.markUnsaved();
        announce(new ModelEvent.SaveStateChanged(true));
    }

    // --- used by Transaction -------------------------------------------------------------------------

    /**
     * The current state without advancing snapshot provenance, so the analyser's change tracking stays intact. Derived
     * from the last snapshot by the changes since, as the next snapshot will be: its index (children, connections) is
     * then a thin layer on the last snapshot's, not a pass over every element.
     */
    Model detachedView() {
        return snapshot != null ? snapshot : viewOver(new TreeMap<>(elements), new TreeMap<>(layout));
    }

    /**
     * The state inside a transaction read in place, without the copy {@link #detachedView} makes of every element and
     * position (two maps of 10,000 entries and more, a tenth of a drop's frame): what it shows after the next change is undefined.
     */
    Model liveView() {
        return snapshot != null ? snapshot : viewOver(elements, layout);
    }

    /** A model of the current state over these maps, derived from the last snapshot by the changes since. */
    private Model viewOver(TreeMap<ElementId, Element> elementsSeen, TreeMap<ElementId, ElementLayout> layoutSeen) {
        return new Model(settings, elementsSeen, layoutSeen, scenarios, stories, lastSnapshot, changedSinceSnapshot);
    }

    Element element(ElementId id) {
        return elements.get(id);
    }

    ElementLayout layoutOf(ElementId id) {
        return layout.get(id);
    }

    ModelSettings settings() {
        return settings;
    }

    Scenarios scenarios() {
        return scenarios;
    }

    Stories stories() {
        return stories;
    }

    /** The state shown now, to be stored when the user switches away from it. */
    ScenarioState currentState() {
        return new ScenarioState(settings.pricingProfile(), settings.assumptionOverrides(), elements, layout);
    }

    Set<ElementId> childIds(ElementId id) {
        return children.getOrDefault(id, Set.of());
    }

    Set<ElementId> referrerIds(ElementId id) {
        return referrers.getOrDefault(id, Set.of());
    }

    /** Applies one change after checking it keeps the model valid. */
    void apply(Change change) {
        if (change instanceof Change.AddElement add) {
            changedSinceSnapshot.add(add.element().id());
        } else if (change instanceof Change.RemoveElement remove) {
            changedSinceSnapshot.add(remove.element().id());
        } else if (change instanceof Change.ReplaceElement replace) {
            changedSinceSnapshot.add(replace.after().id());
        } else if (change instanceof Change.SwitchScenario) {
            changedSinceSnapshot.addAll(elements.keySet());
        }
        applyChecked(change);
        if (change instanceof Change.SwitchScenario) {
            changedSinceSnapshot.addAll(elements.keySet());
        }
    }

    private void applyChecked(Change change) {
        if (change instanceof Change.AddElement add) {
            Element element = add.element();
            if (elements.containsKey(element.id())) {
                throw new IllegalArgumentException("id '" + element.id() + "' is already used");
            }
            requireIntact(element);
            elements.put(element.id(), element);
            index(element);
        } else if (change instanceof Change.RemoveElement remove) {
            Element element = requireCurrent(remove.element());
            if (!childIds(element.id()).isEmpty() || !referrerIds(element.id()).isEmpty() || layout.containsKey(element.id())) {
                throw new IllegalStateException(ModelIntegrity.describe(element)
                        + " still has contents, connections, dedicated pools or layout; remove those first");
            }
            unindex(element);
            elements.remove(element.id());
        } else if (change instanceof Change.ReplaceElement replace) {
            Element before = requireCurrent(replace.before());
            Element after = replace.after();
            requireIntactWith(after, after);
            for (ElementId referrerId : referrerIds(after.id())) {
                requireIntactWith(elements.get(referrerId), after);
            }
            unindex(before);
            elements.put(after.id(), after);
            index(after);
        } else if (change instanceof Change.SetLayout setLayout) {
            if (!elements.containsKey(setLayout.id())) {
                throw new IllegalArgumentException("no element '" + setLayout.id() + "' to lay out");
            }
            if (!Objects.equals(layout.get(setLayout.id()), setLayout.before())) {
                throw new IllegalStateException("the layout of '" + setLayout.id() + "' changed since the edit was recorded");
            }
            if (setLayout.after() == null) {
                layout.remove(setLayout.id());
            } else {
                layout.put(setLayout.id(), setLayout.after());
            }
        } else if (change instanceof Change.SetSettings setSettings) {
            if (!settings.equals(setSettings.before())) {
                throw new IllegalStateException("the settings changed since the edit was recorded");
            }
            settings = setSettings.after();
        } else if (change instanceof Change.SetScenarios setScenarios) {
            if (!scenarios.equals(setScenarios.before())) {
                throw new IllegalStateException("the scenarios changed since the edit was recorded");
            }
            scenarios = setScenarios.after();
        } else if (change instanceof Change.SetStories setStories) {
            if (!stories.equals(setStories.before())) {
                throw new IllegalStateException("the stories changed since the edit was recorded");
            }
            stories = setStories.after();
        } else if (change instanceof Change.SwitchScenario swap) {
            if (!scenarios.equals(swap.before()) || !currentState().equals(swap.leaving())) {
                throw new IllegalStateException("the scenarios changed since the switch was recorded");
            }
            show(swap.entering());
            scenarios = swap.after();
        }
        snapshot = null;
    }

    // --- internals ------------------------------------------------------------------------------------

    private void load(Model model) {
        settings = model.settings();
        scenarios = model.scenarios();
        stories = model.stories();
        show(ScenarioState.of(model));
        snapshot = model;
        lastSnapshot = model;
        changedSinceSnapshot.clear();
    }

    /** Makes a scenario's state the one shown, keeping the shared settings. */
    private void show(ScenarioState state) {
        settings = state.settingsOver(settings);
        elements.clear();
        layout.clear();
        children.clear();
        referrers.clear();
        elements.putAll(state.elements());
        layout.putAll(state.layout());
        elements.values().forEach(this::index);
    }

    /**
     * Reverts changes applied so far in the failed step, newest first, and leaves the busy state whatever
     * happens: a step that fails must never lock the document.
     */
    private void takeBack(List<Change> applied) {
        try {
            for (int i = applied.size() - 1; i >= 0; i--) {
                apply(applied.get(i).inverse());
            }
        } finally {
            busy = false;
        }
    }

    private void enter(String what) {
        if (busy) {
            throw new IllegalStateException("cannot " + what + " while another edit is being applied or announced");
        }
        busy = true;
    }

    private void announce(ModelEvent event) {
        try {
            for (Consumer<ModelEvent> listener : listeners) {
                listener.accept(event);
            }
        } finally {
            busy = false;
        }
    }

    private Element requireCurrent(Element expected) {
        Element current = elements.get(expected.id());
        if (!expected.equals(current)) {
            throw new IllegalStateException("element '" + expected.id() + "' changed since the edit was recorded");
        }
        return current;
    }

    private void requireIntact(Element element) {
        ModelIntegrity.check(element, elements::get).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.message());
        });
    }

    /** Checks {@code element} as if {@code replacement} already stood in the model; changes nothing. */
    private void requireIntactWith(Element element, Element replacement) {
        ModelIntegrity.check(element, id -> id.equals(replacement.id()) ? replacement : elements.get(id))
                .ifPresent(problem -> {
                    throw new IllegalArgumentException(problem.message());
                });
    }

    private void index(Element element) {
        if (element.parentId() != null) {
            children.computeIfAbsent(element.parentId(), parent -> new LinkedHashSet<>()).add(element.id());
        }
        for (ElementId target : element.references()) {
            referrers.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(element.id());
        }
    }

    private void unindex(Element element) {
        if (element.parentId() != null) {
            removeFrom(children, element.parentId(), element.id());
        }
        for (ElementId target : element.references()) {
            removeFrom(referrers, target, element.id());
        }
    }

    private static void removeFrom(Map<ElementId, Set<ElementId>> index, ElementId key, ElementId value) {
        Set<ElementId> set = index.get(key);
        if (set != null) {
            set.remove(value);
            if (set.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
