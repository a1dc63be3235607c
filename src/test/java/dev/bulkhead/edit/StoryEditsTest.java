package dev.bulkhead.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.StoryStep;
import dev.bulkhead.model.StoryView;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Authoring a story: every edit is one undo step, and renaming or deleting a scenario keeps the story readable. */
class StoryEditsTest {
    private static final String STORY = StoryEdits.FIRST_STORY;

    private static ModelDocument document() throws Exception {
        return new ModelDocument(new ModelReader().read(Path.of("sample-models", "workshop-starter.bulkhead.json")));
    }

    private static StoryStep step(String note) {
        return new StoryStep("current", StoryView.canvas(100, 200, 1.5), null, note);
    }

    @Test
    void addingTheFirstStepMakesTheStoryAndUndoRemovesIt() throws Exception {
        ModelDocument document = document();
        Model before = document.snapshot();

        new StoryEdits(document).addStep(STORY, step("Start here"));

        assertThat(document.snapshot().stories().named(STORY).orElseThrow().steps()).containsExactly(step("Start here"));
        assertThat(document.history().undoName()).contains("Add story step 1");
        document.undo();
        assertThat(document.snapshot()).isEqualTo(before);
        assertThat(document.snapshot().stories().isEmpty()).isTrue();
    }

    @Test
    void noteMoveAndDeleteEachUndoAsOneStep() throws Exception {
        ModelDocument document = document();
        StoryEdits edits = new StoryEdits(document);
        edits.addStep(STORY, step("one"));
        edits.addStep(STORY, step("two"));
        edits.addStep(STORY, new StoryStep("current", StoryView.compareView(), new ElementId("env-prod"), "three"));
        Model three = document.snapshot();

        edits.setNote(STORY, 0, "first");
        edits.move(STORY, 2, 0);
        edits.delete(STORY, 1);

        assertThat(document.snapshot().stories().named(STORY).orElseThrow().steps()).extracting(StoryStep::note)
                .containsExactly("three", "two");
        document.undo();
        assertThat(document.snapshot().stories().named(STORY).orElseThrow().steps()).extracting(StoryStep::note)
                .containsExactly("three", "first", "two");
        document.undo();
        document.undo();
        assertThat(document.snapshot()).isEqualTo(three);
    }

    @Test
    void aStepOutsideTheStoryIsRefused() throws Exception {
        ModelDocument document = document();
        StoryEdits edits = new StoryEdits(document);
        edits.addStep(STORY, step("one"));

        assertThatThrownBy(() -> edits.delete(STORY, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> edits.setNote("other", 0, "x")).hasMessage("no story named 'other'");
    }

    @Test
    void renamingOrDeletingAScenarioCarriesTheStepsAlong() throws Exception {
        ModelDocument document = document();
        ScenarioEdits scenarios = new ScenarioEdits(document);
        scenarios.duplicate("proposal A");
        StoryEdits edits = new StoryEdits(document);
        edits.addStep(STORY, new StoryStep("proposal A", StoryView.compareView(), null, "the proposal"));
        scenarios.switchTo("current");

        scenarios.rename("proposal A", "proposal B");
        assertThat(document.snapshot().stories().all().get(0).steps().get(0).scenario()).isEqualTo("proposal B");

        scenarios.delete("proposal B");
        assertThat(document.snapshot().stories().all().get(0).steps().get(0).scenario()).isEqualTo("current");
        document.undo();
        assertThat(document.snapshot().stories().all().get(0).steps().get(0).scenario()).isEqualTo("proposal B");
    }

    @Test
    void aStepRefusesAZoomOutOfRangeAndALongNote() {
        assertThatThrownBy(() -> StoryView.canvas(0, 0, 0)).hasMessageContaining("zoom (1 = 100%) must be from");
        assertThatThrownBy(() -> step("x".repeat(StoryStep.MAX_NOTE + 1))).hasMessageContaining("at most 500 characters");
    }
}
