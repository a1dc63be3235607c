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
    /** The least the step's text is given when the task at hand needs the room: a few lines, with a scroll bar. */
    private static final double TEXT_LEAST = 96;

    private final Label title = new Label();
    private final Label finished = new Label("Finished");
    private final Label step = new Label();
    /** The step's own teaching text: shown whole, never scrolled (a room cannot scroll what the trainer reads out). */
    private final VBox body = new VBox(10);
    /** The step's tasks, under the text: they, and the sources under them, scroll when the window cannot hold them. */
    private final VBox tasks = new VBox(10);
    private final VBox sources = new VBox(4);
    private final VBox tasksAndSources = new VBox(10, tasks, sources);
    private final ScrollPane taskScroll = new ScrollPane(tasksAndSources);
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

        Button closeButton = new Button("", new FontIcon(Feather.X));
        closeButton.setId("lesson-close");
        closeButton.getStyleClass().add("flat");
        closeButton.setOnAction(e -> close.run());
        closeButton.setTooltip(new javafx.scene.control.Tooltip("Close the lesson (your model stays as it is)"));
        finished.setId("lesson-finished");
        finished.getStyleClass().add("bh-lesson-finished");
        finished.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        // Where the step is, Previous and Next share one row at the top, rather than a row each for "LESSON", the step
        // and the pager under the tasks: presented at 24px those rows were the room the task's last check and the
        // step's last paragraph lacked (review 14e); and a pager at the top stays put while the text changes length.
        HBox.setHgrow(step, Priority.ALWAYS);
        step.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(8, step, finished, previous, next, closeButton);
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
        scroll.setId("lesson-text");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("bh-lesson-scroll");

        previous.setId("lesson-previous");
        next.setId("lesson-next");
        // Beside the panel only their chevrons fit the header's row; presented, their words too (the stylesheet).
        previous.getStyleClass().add("bh-lesson-nav");
        next.getStyleClass().add("bh-lesson-nav");
        previous.setTooltip(new javafx.scene.control.Tooltip("Previous step"));
        next.setTooltip(new javafx.scene.control.Tooltip("Next step"));
        previous.setGraphic(new FontIcon(Feather.CHEVRON_LEFT));
        next.setGraphic(new FontIcon(Feather.CHEVRON_RIGHT));
        previous.setOnAction(e -> back.run());
        next.setOnAction(e -> forward.run());
        tasks.setId("lesson-tasks");
        tasks.setMinHeight(Region.USE_PREF_SIZE);
        sources.setId("lesson-sources");
        // The tasks and sources scroll, only when the window cannot hold them (a hint open on a 1080 px projector):
        // the step's text above them is read out whole, and the scene, and the what-if bar under it, stay on screen.
        taskScroll.setId("lesson-task-scroll");
        taskScroll.setFitToWidth(true);
        taskScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        taskScroll.getStyleClass().add("bh-lesson-scroll");
        taskScroll.setMinHeight(100);
        VBox.setVgrow(taskScroll, Priority.ALWAYS);
        // The text's viewport is as tall as the text: the panel gives way in the tasks' scroll first. But the task at
        // hand stays whole, its checks too (review 14e: presented, the cost check was cut at the panel's edge, the one
        // line that says what the learner's edit did): where the panel cannot hold both, the text scrolls instead.
        scroll.prefViewportHeightProperty().bind(body.heightProperty());
        scroll.setMinHeight(TEXT_LEAST);
        getChildren().addAll(header, title, scroll, taskScroll);
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
        taskScroll.minHeightProperty().unbind();
        taskScroll.prefHeightProperty().unbind();
        if (!tasks.getChildren().isEmpty()) {
            // The first task, its checks and buttons (its hint once opened) whole: the scroll gives way below it only.
            // Its preferred height too, so that where room is short the text above is not shrunk for the tasks'
            // sources: the scroll grows into whatever room is left (its vgrow).
            VBox first = (VBox) tasks.getChildren().get(0);
            var whole = first.heightProperty().add(taskScroll.snappedTopInset() + taskScroll.snappedBottomInset() + 4);
            taskScroll.minHeightProperty().bind(whole);
            taskScroll.prefHeightProperty().bind(whole);
        } else {
            taskScroll.setMinHeight(100);
            taskScroll.setPrefHeight(100);
        }
        sources.getChildren().clear();
        if (!current.sources().isEmpty()) {
            Label heading = new Label("SOURCES");
            heading.getStyleClass().add("bh-section");
            sources.getChildren().add(heading);
            current.sources().forEach(source -> sources.getChildren().add(wrapped(source, "bh-lesson-source")));
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
            line.setId("check-" + task.id() + "-" + (card.getChildren().size() - 1));
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
                reveal(hint);
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

    /** Scrolls the tasks so that a hint just opened is in sight: it may open under the fold of a projector's screen. */
    private void reveal(javafx.scene.Node node) {
        applyCss();
        layout();
        double viewport = taskScroll.getViewportBounds().getHeight();
        double hidden = tasksAndSources.getLayoutBounds().getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        double bottom = tasksAndSources.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMaxY();
        double offset = Math.min(hidden, Math.max(0, bottom - viewport));
        taskScroll.setVvalue(taskScroll.getVmin() + offset / hidden * (taskScroll.getVmax() - taskScroll.getVmin()));
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
