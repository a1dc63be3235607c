package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Stories;
import dev.bulkhead.model.StoryStep;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** View > Story Steps…: adding the view as it is, a note, moving and deleting, each one undo step of the model. */
class StoryEditorTest extends WindowTest {
    private static final ElementId TUTOR = new ElementId("tenant-code-tutor-prod");

    @BeforeEach
    void openTheProposalWithoutItsStory() throws Exception {
        open(new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json")).withStories(Stories.NONE));
    }

    private List<StoryStep> steps() {
        return model().stories().all().isEmpty() ? List.of() : model().stories().all().get(0).steps();
    }

    @Test
    void theAuthorAddsTheViewAndTheCompareViewWritesANoteReordersAndDeletesAndEachUndoes(FxRobot robot) throws Exception {
        onFx(() -> {
            canvas().selection().select(TUTOR);
            canvas().viewport().setScale(1.25, 0, 0);
            canvas().centreOn(900, 250);
        });
        robot.clickOn("View").clickOn("Story Steps…");

        robot.clickOn("#story-add-view");
        assertThat(steps()).hasSize(1);
        StoryStep first = steps().get(0);
        assertThat(first.scenario()).isEqualTo("proposal A");
        assertThat(first.highlight()).isEqualTo(TUTOR);
        assertThat(first.view().compare()).isFalse();
        assertThat(first.view().zoom()).isEqualTo(1.25);
        assertThat(first.view().centreX()).isCloseTo(900, org.assertj.core.data.Offset.offset(1.0));

        robot.clickOn("#story-step-note").write("The tutor runs learners' code").type(KeyCode.ENTER);
        assertThat(steps().get(0).note()).isEqualTo("The tutor runs learners' code");

        robot.clickOn("#story-add-compare");
        assertThat(steps()).extracting(s -> s.view().compare()).containsExactly(false, true);
        ListView<String> list = lookup(robot, "#story-steps");
        assertThat(list.getItems().get(0)).isEqualTo("1. proposal A · canvas 125% · ring code-tutor — The tutor runs learners' code");

        onFx(() -> list.getSelectionModel().select(1));
        robot.clickOn("#story-up");
        assertThat(steps()).extracting(s -> s.view().compare()).containsExactly(true, false);
        robot.clickOn("#story-delete");
        assertThat(steps()).hasSize(1);

        assertThat(window.session().document().history().undoName()).contains("Delete story step 1");
        onFx(() -> window.session().document().undo());
        assertThat(steps()).extracting(s -> s.view().compare()).containsExactly(true, false);
        onFx(() -> {
            window.session().document().undo();
            window.session().document().undo();
            window.session().document().undo();
            window.session().document().undo();
        });
        assertThat(model().stories().isEmpty()).isTrue();
        assertThat(fx(() -> list.getItems().size())).isZero();
    }

    @Test
    void theHelpLineShowsWhole(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Story Steps…");
        javafx.scene.control.Label help = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().startsWith("A step keeps the scenario shown")).query();

        fx(() -> {
            help.getScene().getRoot().applyCss();
            help.getScene().getRoot().layout();
            assertThat(help.getHeight()).as("the help's height for its wrapped lines").isGreaterThanOrEqualTo(help.prefHeight(help.getWidth()) - 0.5);
            for (javafx.scene.Node child : help.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text text) {
                    assertThat(text.getText()).as("the help not cut short").isEqualTo(help.getText());
                }
            }
            return null;
        });
    }

    @Test
    void theEditorEditsTheStoryChosenInItsSelectorAndNewStoryMakesAnotherUndoably(FxRobot robot) throws Exception {
        var edits = new dev.bulkhead.edit.StoryEdits(window.session().document());
        StoryStep intro = new StoryStep("current", dev.bulkhead.model.StoryView.compareView(), null, "Intro");
        onFx(() -> {
            edits.addStep("Walkthrough", intro);
            edits.addStep("Costs only", new StoryStep("proposal A", dev.bulkhead.model.StoryView.compareView(), null, "Costs"));
        });
        robot.clickOn("View").clickOn("Story Steps…");
        javafx.scene.control.ComboBox<String> choice = lookup(robot, "#story-editor-choice");
        ListView<String> list = lookup(robot, "#story-steps");
        assertThat(fx(() -> List.copyOf(choice.getItems()))).containsExactly("Walkthrough", "Costs only");
        assertThat(fx(choice::getValue)).isEqualTo("Walkthrough");

        onFx(() -> choice.setValue("Costs only"));
        assertThat(fx(() -> List.copyOf(list.getItems()))).containsExactly("1. proposal A · compare view — Costs");
        onFx(() -> list.getSelectionModel().select(0));
        robot.clickOn("#story-step-note").push(KeyCode.END).eraseText(5).write("What it costs").type(KeyCode.ENTER);
        robot.clickOn("#story-add-view");

        assertThat(model().stories().named("Costs only").orElseThrow().steps()).extracting(StoryStep::note)
                .containsExactly("What it costs", "");
        assertThat(model().stories().named("Walkthrough").orElseThrow().steps()).containsExactly(intro);

        robot.clickOn("#story-new");
        assertThat(model().stories().all()).extracting(dev.bulkhead.model.Story::name)
                .containsExactly("Walkthrough", "Costs only", "Story");
        assertThat(fx(choice::getValue)).isEqualTo("Story");
        robot.clickOn("#story-add-compare");
        assertThat(model().stories().named("Story").orElseThrow().steps()).hasSize(1);
        assertThat(model().stories().named("Costs only").orElseThrow().steps()).hasSize(2);

        // Undo takes the step and then the story away; the editor falls back to the first story and shows its steps.
        onFx(() -> window.session().document().undo());
        assertThat(window.session().document().history().undoName()).contains("Add story Story");
        onFx(() -> window.session().document().undo());
        assertThat(model().stories().named("Story")).isEmpty();
        assertThat(fx(choice::getValue)).isEqualTo("Walkthrough");
        assertThat(fx(() -> List.copyOf(list.getItems()))).containsExactly("1. current · compare view — Intro");
    }
}
