package dev.bulkhead.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The stories of a model, in the order the author made them. Shared by every scenario: a step names the
 * scenario it shows.
 */
public record Stories(List<Story> all) {
    /** A model that has no story (written to the file as before stories existed). */
    public static final Stories NONE = new Stories(List.of());

    public Stories {
        all = List.copyOf(all);
        List<String> names = all.stream().map(Story::name).toList();
        for (String name : names) {
            if (Collections.frequency(names, name) > 1) {
                throw new IllegalArgumentException("two stories are named '" + name + "'; rename one");
            }
        }
    }

    /** Whether there is no story. */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The story of this name, if any. */
    public Optional<Story> named(String name) {
        return all.stream().filter(story -> story.name().equals(name)).findFirst();
    }

    /** These stories with {@code story} replacing the one of the same name, or added after the others. */
    public Stories with(Story story) {
        List<Story> changed = new ArrayList<>(all);
        int at = changed.stream().map(Story::name).toList().indexOf(story.name());
        if (at < 0) {
            changed.add(story);
        } else {
            changed.set(at, story);
        }
        return new Stories(changed);
    }

    /** These stories with every step that showed scenario {@code from} showing {@code to}: a rename or a delete. */
    public Stories withScenarioReplaced(String from, String to) {
        return new Stories(all.stream().map(story -> new Story(story.name(), story.steps().stream()
                .map(step -> step.scenario().equals(from) ? new StoryStep(to, step.view(), step.highlight(), step.note()) : step)
                .toList())).toList());
    }
}
