package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.lesson.FinishedLessons;
import dev.bulkhead.lesson.Lesson;
import dev.bulkhead.lesson.LessonCatalog;
import dev.bulkhead.lesson.LessonRun;
import dev.bulkhead.lesson.LessonStep;
import dev.bulkhead.lesson.LessonTask;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.TerraformLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Lessons: a lesson beside the canvas, completed by its "show me" buttons and, for one task, by hand. */
class LessonWindowTest extends WindowTest {
    private static final String NODE = "dev/bulkhead/test-lessons-" + System.nanoTime();

    @BeforeAll
    static void rememberFinishedLessonsApart() {
        System.setProperty("bulkhead.lessons.node", NODE);
    }

    @AfterAll
    static void forgetThem() throws Exception {
        Preferences.userRoot().node(NODE).removeNode();
        System.clearProperty("bulkhead.lessons.node");
    }

    @Test
    void everyLessonIsFinishedByItsShowMeButtonsAndRemembered(FxRobot robot) throws Exception {
        int number = 0;
        for (Lesson lesson : LessonCatalog.bundled().lessons()) {
            number++;
            openFromHelpMenu(robot, number, lesson);
            waitForAnalysis();
            assertThat(model().semanticallyEquals(lesson.start())).as(lesson.id()).isTrue();
            assertThat(((Label) lookup(robot, "#lesson-title")).getText()).isEqualTo(lesson.title());
            assertThat(lookup(robot, "#lesson-finished").isVisible()).isFalse();

            for (LessonStep step : lesson.steps()) {
                for (LessonTask task : step.tasks()) {
                    robot.clickOn("#show-me-" + task.id());
                    waitForAnalysis();
                    assertThat(window.session().undoNameProperty().get()).isEqualTo("Show me: " + task.title());
                    assertThat(run().isDone(task)).as(task.id()).isTrue();
                }
                if (step != lesson.steps().get(lesson.steps().size() - 1)) {
                    robot.clickOn("#lesson-next");
                }
            }
            assertThat(lookup(robot, "#lesson-finished").isVisible()).as(lesson.id()).isTrue();
            assertThat(FinishedLessons.forUser().isFinished(lesson.id())).isTrue();
            final int shown = number;
            assertThat(fx(() -> window.lessons().menu().getItems().get(shown - 1).getText())).endsWith("(finished)");
            onFx(() -> window.session().document().markSaved());
        }
    }

    @Test
    void aTaskDoneByHandInTheInspectorIsCheckedAndTheCanvasStaysEditable(FxRobot robot) throws Exception {
        Lesson terraform = LessonCatalog.bundled().lesson("terraform-layouts").orElseThrow();
        LessonTask ownState = terraform.tasks().get(0);
        openFromHelpMenu(robot, 3, terraform);
        waitForAnalysis();
        assertThat(run().isDone(ownState)).isFalse();
        assertThat(canvas().getWidth()).as("the canvas keeps most of the window").isGreaterThan(700);

        ElementId prod = ElementId.of("env-prod");
        robot.clickOn("Fit");
        robot.clickOn(inside(prod, 0.5, 0.04));
        assertThat(canvas().selection().selected()).containsExactly(prod);
        @SuppressWarnings("unchecked")
        ComboBox<TerraformLayout> layout = fx(() -> (ComboBox<TerraformLayout>) window.inspector().editor("Terraform layout"));
        robot.clickOn(layout).clickOn("directories");
        waitForAnalysis();

        assertThat(model().get(prod, Environment.class).terraformLayout()).isEqualTo(TerraformLayout.DIRECTORIES);
        assertThat(run().isDone(ownState)).isTrue();
        assertThat(((Label) lookup(robot, "#task-" + ownState.id())).getText())
                .isEqualTo("Make the Terraform export give prod a state file and credentials of its own.");
        assertThat(run().isFinished()).isFalse();

        robot.clickOn("#hint-button-" + ownState.id());
        assertThat(lookup(robot, "#hint-" + ownState.id()).isVisible()).isTrue();

        robot.clickOn(canvas());
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        waitForAnalysis();
        assertThat(model().get(prod, Environment.class).terraformLayout()).isEqualTo(TerraformLayout.WORKSPACES);
        assertThat(run().isDone(ownState)).as("a done task stays done").isTrue();
        assertThat(lookup(robot, "#hint-" + ownState.id()).isVisible()).as("an open hint stays open as the model changes").isTrue();

        robot.clickOn("#lesson-close");
        assertThat(window.lessons().run()).isEmpty();
        assertThat(lookup(robot, "#lesson-panel").isVisible()).isFalse();
    }

    @Test
    void openingAnotherModelEndsTheLesson() throws Exception {
        onFx(() -> window.lessons().start(LessonCatalog.bundled().lessons().get(1)));
        waitForAnalysis();
        assertThat(fx(() -> window.lessons().panel().isVisible())).isTrue();

        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));

        assertThat(window.lessons().run()).isEmpty();
        assertThat(fx(() -> window.lessons().panel().isVisible())).isFalse();
    }

    @Test
    void aLessonStaysInSightAndReadsFromTheBackOfTheRoomInPresentationMode() throws Exception {
        onFx(() -> window.lessons().start(LessonCatalog.bundled().lesson("tenancy-models").orElseThrow()));
        waitForAnalysis();
        onFx(() -> window.presentation().enter());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Node panel = fx(() -> window.lessons().panel());
        assertThat(fx(() -> shownOnScreen(panel))).as("the lesson panel is shown while presenting").isTrue();
        assertThat(fx(() -> panel.getLayoutBounds().getWidth())).as("wide enough for 24 px lines").isGreaterThan(480);
        List<String> small = fx(() -> texts(panel, new ArrayList<>()).stream()
                .filter(text -> text.getFont().getSize() * text.getLocalToSceneTransform().getMyy() < 24 - 0.01)
                .map(text -> "'" + text.getText() + "' " + text.getFont().getSize()).toList());
        assertThat(fx(() -> texts(panel, new ArrayList<>()).size())).isGreaterThan(5);
        assertThat(small).as("lesson texts under 24 px on screen").isEmpty();

        onFx(() -> window.presentation().leave());
        assertThat(fx(() -> panel.getLayoutBounds().getWidth())).as("back to its normal width").isLessThan(480);
    }

    /** Review 14c: presented, a step's text stopped after two and a half lines in a box the room could not scroll. */
    @Test
    void presentedEveryStepOfEveryLessonShowsItsWholeTextWithoutScrolling() throws Exception {
        for (Lesson lesson : LessonCatalog.bundled().lessons()) {
            onFx(() -> window.lessons().start(lesson));
            waitForAnalysis();
            onFx(() -> window.presentation().enter());
            for (int index = 0; index < lesson.steps().size(); index++) {
                layOut();
                double height = fx(() -> window.stage().getScene().getHeight());
                javafx.scene.control.ScrollPane text = (javafx.scene.control.ScrollPane) fx(() -> window.stage().getScene().lookup("#lesson-text"));
                String where = lesson.id() + " step " + (index + 1);
                assertThat(fx(() -> ((Label) ((javafx.scene.layout.VBox) text.getContent()).getChildren().get(0)).getText()))
                        .as(where).isEqualTo(lesson.steps().get(index).paragraphs().get(0));
                assertThat(fx(() -> text.getViewportBounds().getHeight()))
                        .as("%s: the text's viewport against the text's height", where)
                        .isGreaterThanOrEqualTo(fx(() -> text.getContent().getLayoutBounds().getHeight()) - 0.5);
                assertThat(fx(() -> text.localToScene(text.getBoundsInLocal()).getMaxY())).as(where).isLessThanOrEqualTo(height);
                javafx.scene.Node bar = fx(() -> window.stage().getScene().lookup("#what-if-bar"));
                assertThat(fx(() -> bar.localToScene(bar.getBoundsInLocal()).getMaxY())).as(where + " what-if bar").isLessThanOrEqualTo(height);
                javafx.scene.control.Button next = (javafx.scene.control.Button) fx(() -> window.stage().getScene().lookup("#lesson-next"));
                onFx(next::fire);
            }
            onFx(() -> window.presentation().leave());
            onFx(() -> window.session().document().markSaved());
        }
    }

    @Test
    void presentedTheTerraformStepShowsTheEnvironmentsItCompares(FxRobot robot) throws Exception {
        onFx(() -> window.lessons().start(LessonCatalog.bundled().lesson("terraform-layouts").orElseThrow()));
        waitForAnalysis();
        onFx(() -> window.presentation().enter());
        layOut();

        // Workspaces against a directory per environment: dev and prod side by side, not prod alone at 24 px.
        dev.bulkhead.model.Geometry seen = fx(() -> canvas().viewport().visibleArea(canvas().getWidth(), canvas().getHeight()));
        List<javafx.geometry.Bounds> panels = fx(() -> canvas().coveringPanels());
        for (String environment : List.of("env-dev", "env-staging", "env-prod")) {
            dev.bulkhead.model.Geometry box = fx(() -> canvas().scene().bounds(ElementId.of(environment)));
            assertThat(seen.contains(box)).as("%s %s in view %s", environment, box, seen).isTrue();
            // Review 14d: prod ran under the legend, and at the zoom that fitted three environments abreast their
            // titles sat on the clusters' tags and tenant names were cut to "data…".
            javafx.geometry.Bounds onScreen = fx(() -> onScreen(box));
            assertThat(panels).as("%s on screen at %s", environment, onScreen).noneMatch(panel -> panel.intersects(onScreen));
        }
        assertThat(fx(() -> canvas().viewport().scale())).as("the zoom the environments are presented at").isGreaterThanOrEqualTo(0.85);

        // Step 2 is about dev, yet prod's boxes ran under the legend (review 14e): every box whole and clear of the panels.
        javafx.scene.control.Button next = lookup(robot, "#lesson-next");
        onFx(next::fire);
        layOut();
        double width = fx(() -> canvas().getWidth());
        double height = fx(() -> canvas().getHeight());
        List<javafx.geometry.Bounds> covering = fx(() -> canvas().coveringPanels());
        for (dev.bulkhead.model.Element element : model().elements().values()) {
            dev.bulkhead.model.Geometry box = fx(() -> canvas().scene().bounds(element.id()));
            if (box == null || element.kind() == dev.bulkhead.model.ElementKind.CONNECTION) {
                continue;
            }
            javafx.geometry.Bounds onScreen = fx(() -> onScreen(box));
            assertThat(onScreen.getMinX() >= 0 && onScreen.getMinY() >= 0 && onScreen.getMaxX() <= width && onScreen.getMaxY() <= height)
                    .as("step 2: %s at %s inside the canvas", element.name(), onScreen).isTrue();
            assertThat(covering).as("step 2: %s at %s", element.name(), onScreen).noneMatch(panel -> panel.intersects(onScreen));
        }
        onFx(() -> window.presentation().leave());
    }

    @Test
    void everyLessonOpensAtAZoomWhereItsNamesCanBeRead() throws Exception {
        for (Lesson lesson : LessonCatalog.bundled().lessons()) {
            onFx(() -> window.lessons().start(lesson));
            waitForAnalysis();
            WaitForAsyncUtils.waitForFxEvents();
            // A tenant's name is drawn at 13.5 diagram units: at 0.85 it is 11.5 px on screen, the inspector's small type.
            assertThat(fx(() -> canvas().viewport().scale())).as(lesson.id() + " opening zoom").isGreaterThanOrEqualTo(0.85);
            // What the first task is about is in view, its name (top left) readable.
            ElementId first = lesson.tasks().get(0).answer().get(0).element();
            dev.bulkhead.model.Geometry box = fx(() -> canvas().scene().bounds(first));
            dev.bulkhead.model.Geometry seen = fx(() -> canvas().viewport().visibleArea(canvas().getWidth(), canvas().getHeight()));
            assertThat(seen.contains(box.x() + 10, box.y() + 10)).as(lesson.id() + ": " + first + " in view").isTrue();
            onFx(() -> window.session().document().markSaved());
        }
    }

    /** A box of the diagram in the canvas's own coordinates, as the viewport shows it now. */
    private javafx.geometry.Bounds onScreen(dev.bulkhead.model.Geometry box) {
        var viewport = canvas().viewport();
        return new javafx.geometry.BoundingBox(box.x() * viewport.scale() + viewport.translateX(),
                box.y() * viewport.scale() + viewport.translateY(), box.width() * viewport.scale(), box.height() * viewport.scale());
    }

    private static boolean shownOnScreen(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }

    private static List<javafx.scene.text.Text> texts(javafx.scene.Node node, List<javafx.scene.text.Text> into) {
        if (!node.isVisible()) {
            return into;
        }
        if (node instanceof javafx.scene.text.Text text && !text.getText().isBlank()) {
            into.add(text);
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts(child, into));
        }
        return into;
    }

    /** Help > Lessons > the lesson; across first, so that the pointer stays on "Lessons" and its submenu stays open. */
    @Test
    void presentedOnAProjectorEachLessonShowsItsTaskHintAndShowMeAndTheStripEveryCard(FxRobot robot) throws Exception {
        for (Lesson lesson : LessonCatalog.bundled().lessons()) {
            onFx(() -> window.lessons().start(lesson));
            waitForAnalysis();
            onFx(() -> window.presentation().enter());
            layOut();
            double width = fx(() -> window.stage().getScene().getWidth());
            double height = fx(() -> window.stage().getScene().getHeight());
            LessonTask task = lesson.steps().get(0).tasks().get(0);
            // As the room first sees it, unscrolled: the task at hand and every check of it wholly in view (review 14e:
            // the cost check, the line that says what an edit did, was cut at the panel's bottom edge).
            javafx.scene.control.ScrollPane taskScroll = lookup(robot, "#lesson-task-scroll");
            javafx.scene.Node viewport = fx(() -> taskScroll.lookup(".viewport"));
            javafx.geometry.Bounds seen = fx(() -> viewport.localToScene(viewport.getBoundsInLocal()));
            for (int check = 0; check < task.checks().size(); check++) {
                javafx.scene.Node line = lookup(robot, "#check-" + task.id() + "-" + check);
                javafx.geometry.Bounds bounds = fx(() -> line.localToScene(line.getBoundsInLocal()));
                assertThat(bounds.getMinY() >= seen.getMinY() - 0.5 && bounds.getMaxY() <= seen.getMaxY() + 0.5
                        && bounds.getMaxY() <= height).as("%s check %d at %s inside the tasks' view %s", lesson.id(), check,
                        bounds, seen).isTrue();
            }
            // The step's text is read whole, so the tasks under it may scroll: the presenter scrolls to the hint first.
            javafx.scene.Node hintButton = lookup(robot, "#hint-button-" + task.id());
            onFx(() -> scrolledTo(hintButton));
            layOut();
            layOut();
            robot.clickOn(hintButton);
            layOut();
            for (String id : List.of("#task-" + task.id(), "#hint-" + task.id(), "#show-me-" + task.id())) {
                javafx.scene.Node node = lookup(robot, id);
                onFx(() -> scrolledTo(node));
                layOut();
                javafx.geometry.Bounds bounds = fx(() -> node.localToScene(node.getBoundsInLocal()));
                assertThat(fx(node::isVisible)).as("%s %s", lesson.id(), id).isTrue();
                assertThat(bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= width && bounds.getMaxY() <= height)
                        .as("%s %s at %s inside %s x %s", lesson.id(), id, bounds, width, height).isTrue();
            }
            // The open hint must not push the scene past the screen: the what-if bar under the strip stays in sight.
            javafx.scene.Node bar = lookup(robot, "#what-if-bar");
            assertThat(fx(() -> bar.localToScene(bar.getBoundsInLocal()).getMaxY()))
                    .as("%s what-if bar's bottom with the hint open, window %s high", lesson.id(), height).isLessThanOrEqualTo(height);
            for (String card : List.of("#card-current", "#card-namespace", "#card-vcluster", "#card-dedicated", "#card-recommended")) {
                javafx.scene.Node node = lookup(robot, card);
                assertThat(fx(() -> node.isVisible() && node.localToScene(node.getBoundsInLocal()).getMaxX() <= width))
                        .as("%s %s", lesson.id(), card).isTrue();
            }
            onFx(() -> window.presentation().leave());
        }
    }

    /**
     * A lesson says "watch the compare strip": the strip has a card for the learner's own design, and a point on its
     * chart, whose figure "show me" moves (review 14e: only the four options' cards, which no edit changes).
     */
    @Test
    void theStripShowsTheLearnersDesignWhoseFigureAnEditMoves(FxRobot robot) throws Exception {
        Lesson lesson = LessonCatalog.bundled().lesson("tenancy-models").orElseThrow();
        onFx(() -> window.lessons().start(lesson));
        waitForAnalysis();
        var strip = window.strip();
        assertThat(fx(() -> lookup(robot, "#card-current").isVisible())).isTrue();
        assertThat(fx(() -> strip.title(dev.bulkhead.analysis.OptionKey.CURRENT))).isEqualTo("Current design");
        String before = fx(() -> strip.amount(dev.bulkhead.analysis.OptionKey.CURRENT));
        assertThat(before).isEqualTo(designsCost());
        assertThat(fx(() -> strip.chart().points())).extracting(p -> p.key()).contains(dev.bulkhead.analysis.OptionKey.CURRENT);
        double costBefore = fx(() -> strip.chart().points().stream()
                .filter(p -> p.key() == dev.bulkhead.analysis.OptionKey.CURRENT).findFirst().orElseThrow().cost());

        robot.clickOn("#show-me-" + lesson.steps().get(0).tasks().get(0).id());
        waitForAnalysis();

        String after = fx(() -> strip.amount(dev.bulkhead.analysis.OptionKey.CURRENT));
        assertThat(after).isNotEqualTo(before).isEqualTo(designsCost());
        assertThat(fx(() -> strip.chart().points().stream().filter(p -> p.key() == dev.bulkhead.analysis.OptionKey.CURRENT)
                .findFirst().orElseThrow().cost())).isNotEqualTo(costBefore);
    }

    /** The design's monthly cost in the strip's scope, as its card words it. */
    private String designsCost() {
        return fx(() -> {
            var shown = window.strip().shown();
            return dev.bulkhead.diagram.chart.Amounts.whole(shown.pricing().symbol(),
                    shown.scope(window.strip().scopeEnvironment()).option(dev.bulkhead.analysis.OptionKey.CURRENT).monthlyCost());
        });
    }

    /** Scrolls the scroll pane around a node so that the node's top is at the viewport's top, as a user would to reach it. */
    private static void scrolledTo(javafx.scene.Node node) {
        for (javafx.scene.Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                double hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    scroll.setVvalue(Math.min(1, Math.max(0, top / hidden)));
                }
                return;
            }
        }
    }

    private static void openFromHelpMenu(FxRobot robot, int number, Lesson lesson) {
        robot.clickOn("Help").clickOn("Lessons").clickOn(number + ". " + lesson.title(), Motion.HORIZONTAL_FIRST);
    }

    private LessonRun run() {
        return fx(() -> window.lessons().run().orElseThrow());
    }

    /** Lays the window out now, so that bounds read next are the ones on screen. */
    private void layOut() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            window.stage().getScene().getRoot().applyCss();
            window.stage().getScene().getRoot().layout();
        });
    }
}
