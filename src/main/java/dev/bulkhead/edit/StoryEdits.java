package dev.bulkhead.edit;

import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Stories;
import dev.bulkhead.model.Story;
import dev.bulkhead.model.StoryStep;
import java.util.List;
import java.util.Objects;

/**
 * The named, undoable edits of a model's stories: add a step, change its note, move it, delete it. A story
 * is made by adding its first step.
 */
public final class StoryEdits {
    /** The name a story gets when the author adds a step to a model that has none. */
    public static final String FIRST_STORY = "Story";

    private final ModelDocument document;

    public StoryEdits(ModelDocument document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    /** Adds a step at the end of the named story, making the story when it does not exist yet. */
    public void addStep(String storyName, StoryStep step) {
        Stories stories = document.snapshot().stories();
        Story story = stories.named(storyName).orElse(new Story(storyName, List.of()));
        document.edit("Add story step " + (story.steps().size() + 1), tx -> tx.setStories(stories.with(story.withStepAdded(step))));
    }

    /**
     * Makes a story without steps, named {@code base} or, when the model has a story of that name, {@code base 2},
     * {@code base 3}... (story names are unique), and returns the name it got.
     */
    public String addStory(String base) {
        Stories stories = document.snapshot().stories();
        String name = base;
        for (int n = 2; stories.named(name).isPresent(); n++) {
            name = base + " " + n;
        }
        Story story = new Story(name, List.of());
        document.edit("Add story " + name, tx -> tx.setStories(stories.with(story)));
        return name;
    }

    /** Replaces the note of a step. */
    public void setNote(String storyName, int index, String note) {
        Story story = require(storyName, index);
        document.edit("Edit note of story step " + (index + 1),
                tx -> tx.setStories(tx.stories().with(story.withStep(index, story.steps().get(index).withNote(note)))));
    }

    /** Moves a step to another place in its story. */
    public void move(String storyName, int from, int to) {
        Story story = require(storyName, from);
        Objects.checkIndex(to, story.steps().size());
        document.edit("Move story step " + (from + 1) + " to " + (to + 1),
                tx -> tx.setStories(tx.stories().with(story.withStepMoved(from, to))));
    }

    /** Deletes a step; a story keeps its name even with no step left, so that adding goes on in it. */
    public void delete(String storyName, int index) {
        Story story = require(storyName, index);
        document.edit("Delete story step " + (index + 1), tx -> tx.setStories(tx.stories().with(story.withoutStep(index))));
    }

    private Story require(String storyName, int index) {
        Story story = document.snapshot().stories().named(storyName)
                .orElseThrow(() -> new IllegalArgumentException("no story named '" + storyName + "'"));
        Objects.checkIndex(index, story.steps().size());
        return story;
    }
}
