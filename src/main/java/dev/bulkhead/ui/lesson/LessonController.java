package dev.bulkhead.ui.lesson;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.lesson.FinishedLessons;
import dev.bulkhead.lesson.Lesson;
import dev.bulkhead.lesson.LessonCatalog;
import dev.bulkhead.lesson.LessonRun;
import dev.bulkhead.lesson.LessonTask;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * Runs a lesson in the main window: Help > Lessons opens one on its starting model, every analysis of the
 * learner's model re-checks the tasks, "show me" applies an answer as one undo step, and a finished lesson is
 * remembered. The learner keeps editing the canvas and inspector as usual; the panel never blocks them.
 */
public final class LessonController {
    private final ModelDocument document;
    private final ObservableValue<Analysis> latest;
    private final LessonCatalog catalog;
    private final FinishedLessons finished;
    private final Predicate<Model> open;
    private final Consumer<String> say;
    private final Consumer<List<ElementId>> reveal;
    private final LessonPanel panel;
    private LessonRun run;

    /**
     * @param open   opens a starting model in place of the current one, after asking about unsaved changes;
     *               says whether it did
     * @param reveal brings elements of the opened model into the canvas's view: the first at a zoom where names read,
     *               or, where every name is drawn at reading size (presentation mode), all of them together
     */
    public LessonController(ModelDocument document, ObservableValue<Analysis> latest, LessonCatalog catalog,
                            FinishedLessons finished, Predicate<Model> open, Consumer<String> say, Consumer<List<ElementId>> reveal) {
        this.document = document;
        this.latest = latest;
        this.catalog = catalog;
        this.finished = finished;
        this.open = open;
        this.say = say;
        this.reveal = reveal;
        this.panel = new LessonPanel(this::close, () -> step(-1), () -> step(1), this::showMe);
        panel.setVisible(false);
        panel.managedProperty().bind(panel.visibleProperty());
        latest.addListener((o, before, analysis) -> refresh());
        // Another model (File > Open, New, a sample) is not the lesson's: its tasks would name elements it lacks.
        document.addListener(event -> {
            if (event instanceof ModelEvent.Replaced) {
                close();
            }
        });
    }

    public LessonPanel panel() {
        return panel;
    }

    /** The lesson under way, if any. */
    public Optional<LessonRun> run() {
        return Optional.ofNullable(run);
    }

    /** Help > Lessons: one item per lesson, a finished one marked; the marks are renewed each time it opens. */
    public Menu menu() {
        Menu menu = new Menu("Lessons");
        menu.setId("lessons-menu");
        List<Lesson> lessons = catalog.lessons();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            MenuItem item = new MenuItem();
            item.setId("lesson-" + lesson.id());
            item.setOnAction(e -> start(lesson));
            menu.getItems().add(item);
        }
        menu.setOnShowing(e -> label(menu));
        label(menu);
        return menu;
    }

    /** Whether the user finished a lesson, in this run of the app or an earlier one. */
    public boolean isFinished(Lesson lesson) {
        return finished.isFinished(lesson.id());
    }

    /** Opens a lesson on its starting model, unless the user keeps unsaved changes instead. */
    public void start(Lesson lesson) {
        if (!open.test(lesson.start())) {
            return;
        }
        run = new LessonRun(lesson);
        panel.forgetHints();
        panel.setVisible(true);
        // The step's elements in view: a larger starting model does not fit beside the panel at a readable zoom.
        frameStep();
        refresh();
        say.accept("Lesson: " + lesson.title() + ". Edit the model as usual; the tasks are checked as you go");
    }

    /** Closes the panel; the model stays as the learner left it. */
    public void close() {
        run = null;
        panel.setVisible(false);
    }

    /** Numbers the items and marks the finished lessons; the items stay, so an open menu is never rebuilt under the pointer. */
    private void label(Menu menu) {
        List<Lesson> lessons = catalog.lessons();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            menu.getItems().get(i).setText((i + 1) + ". " + lesson.title() + (isFinished(lesson) ? "  (finished)" : ""));
        }
    }

    private void step(int delta) {
        if (run != null) {
            run.goTo(run.stepIndex() + delta);
            frameStep();
            refresh();
        }
    }

    /** Brings what the step shown talks about into view (see {@link dev.bulkhead.lesson.LessonStep#inView}). */
    public void frameStep() {
        if (run != null && !run.step().inView().isEmpty()) {
            reveal.accept(run.step().inView());
        }
    }

    private void showMe(LessonTask task) {
        try {
            if (!LessonRun.showMe(document, task)) {
                say.accept("The answer is already in the model");
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            say.accept(e.getMessage());
        }
    }

    /** Re-checks the tasks when the analysis shown is of the model as it is now (an older one would mislead). */
    private void refresh() {
        if (run == null) {
            return;
        }
        Analysis analysis = latest.getValue();
        boolean current = analysis != null && analysis.model() == document.snapshot();
        List<LessonRun.TaskStatus> statuses = current ? run.update(analysis) : List.of();
        if (current && run.isFinished() && !finished.isFinished(run.lesson().id())) {
            finished.markFinished(run.lesson().id());
            say.accept("Lesson finished: " + run.lesson().title());
        }
        panel.show(run, statuses, finished.isFinished(run.lesson().id()));
    }
}
