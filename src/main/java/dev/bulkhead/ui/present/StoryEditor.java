package dev.bulkhead.ui.present;

import dev.bulkhead.edit.StoryEdits;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Story;
import dev.bulkhead.model.StoryStep;
import dev.bulkhead.model.StoryView;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.fx.TextCommit;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Authoring a story (View > Story Steps…): the story chosen in its selector (a model has several; a new one is made
 * with New Story) as a list of steps; add the canvas as it is now (scenario, area, zoom and the selected element) or
 * the compare view as a step, change a step's note, move it, delete it. Every change is one undoable edit of the model.
 */
public final class StoryEditor extends VBox {
    private final ModelDocument document;
    private final CanvasView canvas;
    private final StoryEdits edits;
    private final Consumer<String> say;
    private final ListView<String> steps = new ListView<>();
    private final javafx.scene.control.ComboBox<String> stories = new javafx.scene.control.ComboBox<>();
    /** The story chosen in the selector, by name; null (or a name the model no longer has) edits the first. */
    private String chosen;
    /** Set while the selector is filled from the model, so that filling it is not taken for the author's choice. */
    private boolean refreshing;
    /** A fresh field per shown step: {@link TextCommit} commits what was typed for the step it was installed for. */
    private TextField note = new TextField();
    private final HBox noteRow = new HBox(8);
    private final Button up = new Button("Move Up");
    private final Button down = new Button("Move Down");
    private final Button delete = new Button("Delete");

    /** @param first the story to edit first (the one presented last), or null for the model's first */
    public StoryEditor(ModelDocument document, CanvasView canvas, Consumer<String> say, String first) {
        super(8);
        this.document = document;
        this.canvas = canvas;
        this.edits = new StoryEdits(document);
        this.say = say;
        this.chosen = first;
        setId("story-editor");
        setPadding(new Insets(12));
        steps.setId("story-steps");
        steps.setPrefSize(560, 300);
        Button addView = new Button("Add Current View");
        addView.setId("story-add-view");
        addView.setOnAction(e -> add(StoryPlayer.currentView(canvas)));
        Button addCompare = new Button("Add Compare View");
        addCompare.setId("story-add-compare");
        addCompare.setOnAction(e -> add(StoryView.compareView()));
        up.setId("story-up");
        up.setOnAction(e -> move(-1));
        down.setId("story-down");
        down.setOnAction(e -> move(1));
        delete.setId("story-delete");
        delete.setOnAction(e -> run(() -> edits.delete(storyName(), selected())));
        Label hint = new Label("A step keeps the scenario shown, the canvas area and zoom, and the selected element (ringed "
                + "when presenting). Present with F11; arrows or Page Up/Down step through.");
        hint.setWrapText(true);
        hint.setId("story-help");
        // Its wrapped lines whole: the steps' list grows and would otherwise squeeze the help to a cut first line.
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("bh-muted");
        stories.setId("story-editor-choice");
        stories.setPromptText("No story yet: adding a step makes one");
        stories.valueProperty().addListener((o, before, now) -> {
            if (!refreshing && now != null && !now.equals(storyName())) {
                chosen = now;
                steps.getSelectionModel().clearSelection();
                refresh();
            }
        });
        Button newStory = new Button("New Story");
        newStory.setId("story-new");
        newStory.setOnAction(e -> {
            chosen = edits.addStory(StoryEdits.FIRST_STORY);
            refresh();
        });
        HBox choosing = new HBox(8, new Label("Story"), stories, newStory);
        choosing.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox adding = new HBox(8, addView, addCompare);
        HBox arranging = new HBox(8, up, down, delete);
        Label noteLabel = new Label("Note");
        noteRow.getChildren().addAll(noteLabel, note);
        noteRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(steps, Priority.ALWAYS);
        getChildren().addAll(hint, choosing, adding, steps, noteRow, arranging);
        steps.getSelectionModel().selectedIndexProperty().addListener((o, before, now) -> showSelected());
        document.addListener(event -> refresh());
        refresh();
    }

    /** The story edited: the one chosen while the model has it, else the model's first, else the one adding a step will make. */
    String storyName() {
        var all = document.snapshot().stories();
        return (chosen == null ? java.util.Optional.<Story>empty() : all.named(chosen))
                .or(() -> all.all().stream().findFirst()).map(Story::name).orElse(StoryEdits.FIRST_STORY);
    }

    private List<StoryStep> storySteps() {
        return document.snapshot().stories().named(storyName()).map(Story::steps).orElse(List.of());
    }

    private int selected() {
        return steps.getSelectionModel().getSelectedIndex();
    }

    private void add(StoryView view) {
        Model model = document.snapshot();
        ElementId primary = canvas.selection().primary();
        ElementId highlight = canvas.selection().selected().size() == 1 ? primary : null;
        int count = storySteps().size();
        run(() -> edits.addStep(storyName(), new StoryStep(model.scenarios().active(), view, highlight, "")));
        steps.getSelectionModel().select(count);
        note.requestFocus();
    }

    private void move(int by) {
        int from = selected();
        int to = from + by;
        if (from < 0 || to < 0 || to >= storySteps().size()) {
            return;
        }
        run(() -> edits.move(storyName(), from, to));
        steps.getSelectionModel().select(to);
    }

    /** Runs an edit; a refusal is said, not thrown at the user. */
    private void run(Runnable edit) {
        try {
            edit.run();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            say.accept(e.getMessage());
        }
    }

    private void refresh() {
        int keep = selected();
        Model model = document.snapshot();
        List<String> names = model.stories().all().stream().map(Story::name).toList();
        if (!stories.getItems().equals(names)) {
            stories.getItems().setAll(names);
        }
        // An undo can take away the story chosen: the editor then shows (and edits) the first, and says so in its selector.
        refreshing = true;
        try {
            stories.setValue(names.isEmpty() ? null : storyName());
        } finally {
            refreshing = false;
        }
        List<StoryStep> shown = storySteps();
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            rows.add(describe(i, shown.get(i), model));
        }
        steps.getItems().setAll(rows);
        if (keep >= 0 && keep < rows.size()) {
            steps.getSelectionModel().select(keep);
        }
        showSelected();
    }

    private void showSelected() {
        int index = selected();
        boolean any = index >= 0 && index < storySteps().size();
        up.setDisable(!any || index == 0);
        down.setDisable(!any || index == storySteps().size() - 1);
        delete.setDisable(!any);
        String text = any ? storySteps().get(index).note() : "";
        TextField field = new TextField(text);
        field.setId("story-step-note");
        field.setPromptText("The note the room reads at this step");
        field.setDisable(!any);
        HBox.setHgrow(field, Priority.ALWAYS);
        boolean hadFocus = note.isFocused();
        noteRow.getChildren().set(1, field);
        note = field;
        if (hadFocus) {
            field.requestFocus();
        }
        TextCommit.install(field, text, typed -> {
            if (!any || index >= storySteps().size()) {
                return true;
            }
            try {
                edits.setNote(storyName(), index, typed);
                return true;
            } catch (IllegalArgumentException e) {
                say.accept(e.getMessage());
                return false;
            }
        });
    }

    /** One line per step: {@code 2. proposal A · canvas 125% · ring payments — note}. */
    static String describe(int index, StoryStep step, Model model) {
        StoryView view = step.view();
        String where = view.compare() ? "compare view" : "canvas " + Math.round(view.zoom() * 100) + "%";
        String ring = step.highlight() == null ? "" : " · ring " + model.find(step.highlight()).map(Element::name)
                .orElse(step.highlight().value());
        return (index + 1) + ". " + step.scenario() + " · " + where + ring + (step.note().isEmpty() ? "" : " — " + step.note());
    }
}
