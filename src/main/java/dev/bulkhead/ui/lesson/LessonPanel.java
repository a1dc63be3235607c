package dev.bulkhead.ui.lesson;

import dev.bulkhead.lesson.LessonRun;
import dev.bulkhead.lesson.LessonStep;
import dev.bulkhead.lesson.LessonTask;
import dev.bulkhead.lesson.Verdict;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lesson beside the canvas: the step's text and sources, its tasks with their live checks, a hint and
 * "show me" per task, and step navigation. It only shows; {@link LessonController} decides.
 */
public final class LessonPanel extends VBox {
    /** Preferred width: a readable line of text beside a canvas that stays usable. */
    static final double WIDTH = 380;

    private final Label title = new Label();
    private final Label finished = new Label("Finished");
    private final Label step = new Label();
    private final VBox body = new VBox(10);
    /**
     * The step's tasks, under the scrolled text rather than in it: what the learner is asked to do, its hint and its
     * "Show me" stay in view however long the text runs (in presentation mode's large type it runs past the fold).
     */
    private final VBox tasks = new VBox(10);
    private final Button previous = new Button("Previous");
    private final Button next = new Button("Next");
    private final Consumer<LessonTask> showMe;
    /** Hints the learner opened; the tasks are redrawn after every edit, and an open hint should stay open. */
    private final java.util.Set<String> hintsShown = new java.util.HashSet<>();

    LessonPanel(Runnable close, Runnable back, Runnable forward, Consumer<LessonTask> showMe) {
        this.showMe = showMe;
        getStyleClass().addAll("bh-side-panel", "bh-lesson");
        setId("lesson-panel");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH * 0.8);
        setMaxWidth(WIDTH * 1.2);
        setSpacing(8);

        Label kind = new Label("LESSON");
        kind.getStyleClass().add("bh-section");
        Button closeButton = new Button("", new FontIcon(Feather.X));
        closeButton.setId("lesson-close");
        closeButton.getStyleClass().add("flat");
        closeButton.setOnAction(e -> close.run());
        closeButton.setTooltip(new javafx.scene.control.Tooltip("Close the lesson (your model stays as it is)"));
        finished.setId("lesson-finished");
        finished.getStyleClass().add("bh-lesson-finished");
        finished.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, kind, finished, spacer, closeButton);
        header.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().addAll("bh-title", "bh-lesson-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole, never elided, in presentation mode's large type too
        title.setId("lesson-title");
        step.getStyleClass().add("bh-muted");
        step.setWrapText(true);
        step.setMinHeight(Region.USE_PREF_SIZE);
        step.setId("lesson-step");

        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("bh-lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        previous.setId("lesson-previous");
        next.setId("lesson-next");
        previous.setGraphic(new FontIcon(Feather.CHEVRON_LEFT));
        next.setGraphic(new FontIcon(Feather.CHEVRON_RIGHT));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        previous.setOnAction(e -> back.run());
        next.setOnAction(e -> forward.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, previous, gap, next);
        tasks.setId("lesson-tasks");
        tasks.setMinHeight(Region.USE_PREF_SIZE);
        // The tasks scroll too, but only when the window cannot hold them (a hint open on a 1080 px projector):
        // at their full height otherwise, and never pushing the scene, and the what-if bar under it, off the screen.
        ScrollPane taskScroll = new ScrollPane(tasks);
        taskScroll.setFitToWidth(true);
        taskScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        taskScroll.getStyleClass().add("bh-lesson-scroll");
        taskScroll.prefViewportHeightProperty().bind(tasks.heightProperty());
        taskScroll.setMinHeight(120);
        // The text asks for little and grows into the room left (it scrolls), so that the tasks come first.
        scroll.setMinHeight(60);
        scroll.setPrefHeight(60);
        getChildren().addAll(header, title, step, scroll, taskScroll, footer);
    }

    /** Closes every hint, for a lesson started afresh. */
    void forgetHints() {
        hintsShown.clear();
    }

    /** Shows a run's current step with its tasks as they stand. */
    void show(LessonRun run, List<LessonRun.TaskStatus> statuses, boolean remembered) {
        LessonStep current = run.step();
        int count = run.lesson().steps().size();
        title.setText(run.lesson().title());
        step.setText("Step " + (run.stepIndex() + 1) + " of " + count + ": " + current.title());
        finished.setVisible(remembered || run.isFinished());
        finished.setManaged(finished.isVisible());
        previous.setDisable(run.stepIndex() == 0);
        next.setDisable(run.stepIndex() == count - 1);

        body.getChildren().clear();
        for (String paragraph : current.paragraphs()) {
            body.getChildren().add(wrapped(paragraph, "bh-lesson-text"));
        }
        tasks.getChildren().clear();
        for (LessonRun.TaskStatus status : statuses) {
            tasks.getChildren().add(task(status));
        }
        if (!current.sources().isEmpty()) {
            Label heading = new Label("SOURCES");
            heading.getStyleClass().add("bh-section");
            VBox sources = new VBox(4, heading);
            current.sources().forEach(source -> sources.getChildren().add(wrapped(source, "bh-lesson-source")));
            sources.setId("lesson-sources");
            body.getChildren().add(sources);
        }
    }

    private VBox task(LessonRun.TaskStatus status) {
        LessonTask task = status.task();
        FontIcon mark = new FontIcon(status.done() ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
        mark.getStyleClass().add(status.done() ? "bh-lesson-done" : "bh-lesson-todo");
        Label text = wrapped(status.text(), "bh-lesson-task-text");
        text.setGraphic(mark);
        text.setId("task-" + task.id());
        VBox card = new VBox(6, text);
        for (Verdict verdict : status.verdicts()) {
            FontIcon icon = new FontIcon(verdict.met() ? Feather.CHECK : Feather.X);
            icon.getStyleClass().add(verdict.met() ? "bh-lesson-done" : "bh-lesson-todo");
            Label line = wrapped(verdict.detail(), "bh-lesson-verdict");
            line.setGraphic(icon);
            card.getChildren().add(line);
        }
        Label hint = wrapped(task.hint(), "bh-lesson-hint");
        hint.setVisible(hintsShown.contains(task.id()));
        hint.setManaged(hint.isVisible());
        hint.setId("hint-" + task.id());
        Button hintButton = new Button("Hint", new FontIcon(Feather.HELP_CIRCLE));
        hintButton.setOnAction(e -> {
            hint.setVisible(!hint.isVisible());
            hint.setManaged(hint.isVisible());
            if (hint.isVisible()) {
                hintsShown.add(task.id());
            } else {
                hintsShown.remove(task.id());
            }
        });
        hintButton.setId("hint-button-" + task.id());
        Button answer = new Button("Show me", new FontIcon(Feather.PLAY));
        answer.setId("show-me-" + task.id());
        answer.setTooltip(new javafx.scene.control.Tooltip("Apply the answer to the model as one step you can undo"));
        answer.setOnAction(e -> showMe.accept(task));
        card.getChildren().addAll(new HBox(8, hintButton, answer), hint);
        card.getStyleClass().addAll("bh-lesson-task", status.done() ? "done" : "todo");
        return card;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
