package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.ElementId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The selected elements, in selection order; the last one is what the inspector shows. */
public final class SelectionModel {
    private final LinkedHashSet<ElementId> selected = new LinkedHashSet<>();
    private final List<Consumer<Set<ElementId>>> listeners = new ArrayList<>();

    public Set<ElementId> selected() {
        return Set.copyOf(selected);
    }

    /** In selection order. */
    public List<ElementId> ordered() {
        return List.copyOf(selected);
    }

    public boolean isSelected(ElementId id) {
        return selected.contains(id);
    }

    public boolean isEmpty() {
        return selected.isEmpty();
    }

    /** The element selected last, or null. */
    public ElementId primary() {
        ElementId last = null;
        for (ElementId id : selected) {
            last = id;
        }
        return last;
    }

    public void select(ElementId id) {
        setAll(List.of(id));
    }

    public void setAll(Collection<ElementId> ids) {
        if (selected.equals(new LinkedHashSet<>(ids)) && ordered().equals(new ArrayList<>(ids))) {
            return;
        }
        selected.clear();
        selected.addAll(ids);
        fire();
    }

    public void add(Collection<ElementId> ids) {
        if (selected.addAll(ids)) {
            fire();
        }
    }

    public void toggle(ElementId id) {
        if (!selected.remove(id)) {
            selected.add(id);
        }
        fire();
    }

    public void clear() {
        if (!selected.isEmpty()) {
            selected.clear();
            fire();
        }
    }

    /**
     * Drops ids that no longer exist (after undo or delete). {@code existing} is asked about each selected id only (a
     * set or a map's keys), not copied: the canvas passes the model's 20,000 ids after every edit (issue 16).
     */
    public void retainAll(Collection<ElementId> existing) {
        if (selected.removeIf(id -> !existing.contains(id))) {
            fire();
        }
    }

    public void addListener(Consumer<Set<ElementId>> listener) {
        listeners.add(listener);
    }

    private void fire() {
        Set<ElementId> now = selected();
        listeners.forEach(listener -> listener.accept(now));
    }
}
