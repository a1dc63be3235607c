package dev.bulkhead.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A prepared walk through a model for a room: named steps, each setting a scenario, a view, a highlighted
 * element and a note. Stories live in the model file, beside the scenarios they show.
 */
public record Story(String name, List<StoryStep> steps) {
    public Story {
        Checks.name("story name", name);
        steps = List.copyOf(steps);
    }

    /** This story with a step added after the others. */
    public Story withStepAdded(StoryStep step) {
        List<StoryStep> more = new ArrayList<>(steps);
        more.add(step);
        return new Story(name, more);
    }

    /** This story with the step at {@code index} replaced. */
    public Story withStep(int index, StoryStep step) {
        List<StoryStep> changed = new ArrayList<>(steps);
        changed.set(index, step);
        return new Story(name, changed);
    }

    /** This story with the step at {@code from} moved to {@code to} (both indices into the steps). */
    public Story withStepMoved(int from, int to) {
        List<StoryStep> moved = new ArrayList<>(steps);
        moved.add(to, moved.remove(from));
        return new Story(name, moved);
    }

    /** This story without the step at {@code index}. */
    public Story withoutStep(int index) {
        List<StoryStep> fewer = new ArrayList<>(steps);
        fewer.remove(index);
        return new Story(name, fewer);
    }
}
