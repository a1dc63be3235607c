package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.edit.StoryEdits;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.StoryStep;
import dev.bulkhead.model.StoryView;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.ui.present.PresentationMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode: large type, a story stepped through by keyboard, what-ifs that never touch the model. */
class PresentationModeTest extends WindowTest {
    /** A projector's 1080p seen from the back of a room: nothing smaller than this on screen. */
    private static final double MIN_PX = 24;
    private static final ElementId TUTOR = new ElementId("tenant-code-tutor-prod");
    private static final ElementId PROD = new ElementId("cluster-aks-prod");

    @BeforeEach
    void openTheProposal() throws Exception {
        open(new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json")));
    }

    private PresentationMode presentation() {
        return window.presentation();
    }

    /** Replaces the sample's story by three known steps; saved, so that the test can tell a dirty model. */
    private void threeStepStory() throws Exception {
        Geometry tutor = fx(() -> canvas().scene().bounds(TUTOR));
        onFx(() -> {
            var document = window.session().document();
            document.edit("No story", tx -> tx.setStories(dev.bulkhead.model.Stories.NONE));
            StoryEdits edits = new StoryEdits(document);
            edits.addStep("Test", new StoryStep("current", StoryView.canvas(tutor.x() + tutor.width() / 2,
                    tutor.y() + tutor.height() / 2, 1.5), TUTOR, "Today the tutor shares prod"));
            edits.addStep("Test", new StoryStep("proposal A", StoryView.canvas(100, 100, 0.5), null, "Proposal A"));
            edits.addStep("Test", new StoryStep("proposal A", StoryView.compareView(), null, "What it costs"));
            document.markSaved();
        });
    }

    @Test
    void f11EntersFullScreenWithPanelsHiddenAndEscapeRestoresTheLayoutExactly(FxRobot robot) throws Exception {
        SplitPane body = lookup(robot, "#main-split");
        double[] dividers = fx(body::getDividerPositions);
        int items = fx(() -> body.getItems().size());
        Model before = model();
        robot.clickOn(canvas());

        robot.push(KeyCode.F11);

        assertThat(presentation().isOn()).isTrue();
        assertThat(window.stage().isFullScreen()).isTrue();
        assertThat(fx(() -> shown(window.stage().getScene().getRoot().lookup(".menu-bar")))).isFalse();
        assertThat(fx(() -> shown(lookup(robot, "#tool-connect")))).isFalse();
        assertThat(fx(() -> body.getItems().size())).isEqualTo(items - 1);
        assertThat(lookup(robot, "#what-if-bar").isVisible()).isTrue();

        robot.push(KeyCode.ESCAPE);

        assertThat(presentation().isOn()).isFalse();
        assertThat(window.stage().isFullScreen()).isFalse();
        assertThat(fx(() -> shown(window.stage().getScene().getRoot().lookup(".menu-bar")))).isTrue();
        assertThat(fx(() -> shown(lookup(robot, "#tool-connect")))).isTrue();
        assertThat(fx(() -> body.getItems().size())).isEqualTo(items);
        assertThat(fx(body::getDividerPositions)).containsExactly(dividers, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lookup(robot, "#what-if-bar").isVisible()).isFalse();
        assertThat(fx(() -> window.stage().getScene().getRoot().getStyleClass())).doesNotContain("bh-presenting");
        assertThat(model()).isEqualTo(before);
    }

    @Test
    void everyVisibleTextIsAtLeast24PixelsOnTheCanvasAndInTheCompareViewTheCanvasDrawingIncluded(FxRobot robot) throws Exception {
        threeStepStory();
        onFx(() -> presentation().enter());
        waitForAnalysis();

        List<String> small = tooSmall();
        assertThat(countTexts()).as("texts measured").isGreaterThan(10);
        assertThat(fx(() -> canvas().smallestText())).as("the canvas drew text, so that it was measured").isNotEmpty();
        assertThat(fx(() -> window.strip().chart().smallestText())).as("the strip's chart drew text").isNotEmpty();
        assertThat(small).as("texts under %spx on the canvas view, or cut short", MIN_PX).isEmpty();

        robot.push(KeyCode.RIGHT);
        assertThat(fx(() -> canvas().viewport().scale())).isEqualTo(0.5);
        assertThat(tooSmall()).as("texts under %spx on the canvas zoomed out to 50%%", MIN_PX).isEmpty();
        // The sample story's own zoom.
        onFx(() -> canvas().viewport().setScale(0.8, 0, 0));
        assertThat(tooSmall()).as("texts under %spx on the canvas at 80%%", MIN_PX).isEmpty();
        robot.push(KeyCode.RIGHT);
        waitForAnalysis();
        assertThat(presentation().showsCompareView()).isTrue();
        assertThat(tooSmall()).as("texts under %spx in the compare view", MIN_PX).isEmpty();

        // Leaving draws the canvas and the strip as before, small print included.
        robot.push(KeyCode.ESCAPE);
        onFx(() -> {
            canvas().fitToWindow();
            canvas().viewport().setScale(1, canvas().getWidth() / 2, canvas().getHeight() / 2);
        });
        tooSmall();
        assertThat(fx(() -> canvas().smallestTextPixels())).isLessThan(MIN_PX);
        assertThat(fx(() -> window.strip().chart().magnification())).isEqualTo(1.0);
    }

    @Test
    void theKeysStepThroughTheStoryAndEachStepSetsItsScenarioViewAndRing(FxRobot robot) throws Exception {
        threeStepStory();
        // Something to redo before presenting: the story's switches must neither lose it nor leave their own.
        onFx(() -> {
            new StoryEdits(window.session().document()).addStep("Test", new StoryStep("current", StoryView.compareView(), null, "x"));
            window.session().document().undo();
        });
        int undoSteps = fx(() -> window.session().document().history().undoSize());
        String redoBefore = fx(() -> window.session().document().history().redoName().orElseThrow());
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);

        // Step 1: the base scenario, zoomed to 150% on the tutor, which is ringed; the note and "1 / 3" are shown.
        assertThat(model().scenarios().active()).isEqualTo("current");
        StoryView first = model().stories().all().get(0).steps().get(0).view();
        assertThat(fx(() -> canvas().viewport().scale())).isEqualTo(1.5);
        assertThat(fx(() -> canvas().viewport().toCanvasX(canvas().getWidth() / 2))).isCloseTo(first.centreX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(fx(() -> canvas().viewport().toCanvasY(canvas().getHeight() / 2))).isCloseTo(first.centreY(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(presentation().overlay().highlight()).isEqualTo(TUTOR);
        assertThat(presentation().overlay().note().getText()).isEqualTo("Today the tutor shares prod");
        assertThat(presentation().overlay().counter().getText()).isEqualTo("1 / 3");

        robot.push(KeyCode.PAGE_DOWN);
        assertThat(model().scenarios().active()).isEqualTo("proposal A");
        assertThat(fx(() -> canvas().viewport().scale())).isEqualTo(0.5);
        assertThat(presentation().overlay().highlight()).isNull();
        assertThat(presentation().overlay().counter().getText()).isEqualTo("2 / 3");
        assertThat(presentation().showsCompareView()).isFalse();

        robot.push(KeyCode.RIGHT);
        assertThat(presentation().showsCompareView()).isTrue();
        assertThat(canvas().isVisible()).isTrue(); // the canvas stays; its area is hidden
        assertThat(lookup(robot, "#presentation-compare").isVisible()).isTrue();
        assertThat(presentation().overlay().counter().getText()).isEqualTo("3 / 3");
        robot.push(KeyCode.RIGHT);
        assertThat(presentation().stepIndex()).as("no step after the last").isEqualTo(2);

        robot.push(KeyCode.PAGE_UP);
        robot.push(KeyCode.LEFT);
        assertThat(presentation().stepIndex()).isZero();
        assertThat(model().scenarios().active()).isEqualTo("current");

        robot.push(KeyCode.ESCAPE);
        // Presenting left the model as it was: the scenario shown before, nothing to save, the same undo history.
        assertThat(model().scenarios().active()).isEqualTo("proposal A");
        assertThat(window.session().document().history().isDirty()).isFalse();
        assertThat(window.session().document().history().undoSize()).isEqualTo(undoSteps);
        assertThat(window.session().document().history().redoName()).contains(redoBefore);
    }

    /** The Edit menu's Redo item as the user sees it. */
    private String redoMenuText() {
        return fx(() -> ((javafx.scene.control.MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar")).getMenus().stream()
                .filter(m -> m.getText().equals("Edit")).flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().startsWith("Redo")).findFirst().orElseThrow().getText());
    }

    @Test
    void afterPresentingTheRedoMenuNamesTheStepRedoAppliesAndRedoesIt(FxRobot robot) throws Exception {
        onFx(() -> {
            new dev.bulkhead.edit.ScenarioEdits(window.session().document()).duplicate("proposal B");
            window.session().document().undo();
        });
        String redo = redoMenuText();
        assertThat(redo).isEqualTo("Redo Duplicate scenario proposal A as proposal B");
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.PAGE_DOWN);
        }
        robot.push(KeyCode.ESCAPE);

        assertThat(presentation().isOn()).isFalse();
        assertThat(redoMenuText()).as("the story's own scenario switches leave no redo name behind").isEqualTo(redo);
        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.Y, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        assertThat(model().scenarios().names()).contains("proposal B");
        assertThat(model().scenarios().active()).isEqualTo("proposal B");
        assertThat(redoMenuText()).isEqualTo("Redo");
    }

    @Test
    void afterPresentingWithNothingToRedoTheRedoMenuIsDisabled(FxRobot robot) throws Exception {
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);
        robot.push(KeyCode.PAGE_DOWN);
        robot.push(KeyCode.PAGE_DOWN);
        robot.push(KeyCode.ESCAPE);

        assertThat(redoMenuText()).isEqualTo("Redo");
        assertThat(window.session().redoNameProperty().get()).isEmpty();
    }

    @Test
    void f5StartsTheStoryAndShiftF5ResumesItAndNeitherLeavesPresenting(FxRobot robot) throws Exception {
        threeStepStory();
        Model before = model();
        robot.clickOn(canvas());

        robot.push(KeyCode.F5);
        assertThat(presentation().isOn()).isTrue();
        assertThat(presentation().stepIndex()).isZero();
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.F5);
        assertThat(presentation().isOn()).as("a clicker's second F5 keeps presenting").isTrue();
        assertThat(presentation().stepIndex()).as("F5 starts from the first step").isZero();

        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        assertThat(presentation().isOn()).isTrue();
        assertThat(presentation().stepIndex()).as("Shift+F5 stays on the step shown").isEqualTo(2);

        robot.push(KeyCode.ESCAPE);
        assertThat(presentation().isOn()).isFalse();
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        assertThat(presentation().isOn()).isTrue();
        assertThat(presentation().stepIndex()).as("Shift+F5 resumes where the show was left").isEqualTo(2);
        assertThat(model().scenarios().active()).isEqualTo("proposal A");
        assertThat(presentation().showsCompareView()).isTrue();

        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.F5);
        assertThat(presentation().stepIndex()).as("F5 starts again from the first step").isZero();
        robot.push(KeyCode.ESCAPE);
        assertThat(model()).isEqualTo(before);
        assertThat(window.session().document().history().isDirty()).isFalse();
    }

    @Test
    void bAndPeriodBlankTheWholeScreenAndBringItBackWithTheStoryWhereItWas(FxRobot robot) throws Exception {
        threeStepStory();
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);
        robot.push(KeyCode.RIGHT);
        Node cover = lookup(robot, "#presentation-blank");
        assertThat(cover.isVisible()).isFalse();

        robot.push(KeyCode.B);
        assertThat(presentation().isBlank()).isTrue();
        assertThat(cover.isVisible()).isTrue();
        javafx.geometry.Bounds covered = fx(() -> cover.localToScene(cover.getBoundsInLocal()));
        assertThat(covered.getMinX()).isLessThanOrEqualTo(0);
        assertThat(covered.getMinY()).isLessThanOrEqualTo(0);
        assertThat(covered.getWidth()).isGreaterThanOrEqualTo(fx(() -> window.stage().getScene().getWidth()));
        assertThat(covered.getHeight()).isGreaterThanOrEqualTo(fx(() -> window.stage().getScene().getHeight()));
        assertThat(fx(() -> cover.getParent().getChildrenUnmodifiable().get(cover.getParent().getChildrenUnmodifiable().size() - 1)))
                .as("drawn over everything").isSameAs(cover);

        robot.push(KeyCode.B);
        assertThat(presentation().isBlank()).isFalse();
        robot.push(KeyCode.PERIOD);
        assertThat(presentation().isBlank()).isTrue();
        robot.push(KeyCode.PERIOD);
        assertThat(presentation().isBlank()).isFalse();
        assertThat(presentation().isOn()).isTrue();
        assertThat(presentation().stepIndex()).isEqualTo(1);

        robot.push(KeyCode.B);
        robot.push(KeyCode.F11);
        assertThat(presentation().isOn()).as("F11 while black only un-blacks").isTrue();
        robot.push(KeyCode.B);
        onFx(() -> presentation().leave()); // as View > Presentation does
        assertThat(presentation().isOn()).isFalse();
        assertThat(cover.isVisible()).as("leaving takes the black screen away").isFalse();
        robot.push(KeyCode.B);
        assertThat(cover.isVisible()).as("B is a key like any other when not presenting").isFalse();
    }

    /**
     * The strip shows the active scenario's own cost as modelled beside the options, headed as compare --scenario heads
     * that column ("proposal A (as modelled)", "current"), with the same figure; a model without scenarios calls it
     * "Current design".
     */
    @Test
    void theStripShowsTheActiveScenarioAsModelled(FxRobot robot) throws Exception {
        javafx.scene.layout.Region card = lookup(robot, "#card-current");
        var strip = window.strip();
        assertThat(fx(() -> card.isVisible())).isTrue();
        assertThat(fx(() -> strip.title(OptionKey.CURRENT))).isEqualTo("proposal A (as modelled)");
        assertThat(fx(() -> strip.amount(OptionKey.CURRENT))).isEqualTo("$4,903");
        assertThat(fx(() -> strip.amount(OptionKey.NAMESPACE))).isEqualTo("$3,251");

        robot.push(KeyCode.F11);
        assertThat(fx(() -> card.isVisible())).as("kept in presentation, where the room compares").isTrue();
        robot.push(KeyCode.ESCAPE);

        onFx(() -> new dev.bulkhead.edit.ScenarioEdits(window.session().document()).switchTo("current"));
        waitForAnalysis();
        assertThat(fx(() -> strip.title(OptionKey.CURRENT))).isEqualTo("current");
        // The figure of the strip's scope (the story left an environment selected), as compare --scenario current gives it.
        Analysis shown = window.analysis().latest();
        assertThat(fx(() -> strip.amount(OptionKey.CURRENT))).isEqualTo(dev.bulkhead.diagram.chart.Amounts.whole(
                shown.pricing().symbol(), fx(() -> shown.scope(strip.scopeEnvironment()).option(OptionKey.CURRENT).monthlyCost())));
        assertThat(fx(() -> strip.amount(OptionKey.CURRENT))).isNotEqualTo(fx(() -> strip.amount(OptionKey.RECOMMENDED)));

        onFx(() -> window.session().document().markSaved()); // opening another file asks nothing then
        open(new ModelReader().read(Path.of("sample-models", "workshop-starter.bulkhead.json")));
        assertThat(fx(() -> lookup(robot, "#card-current").isVisible())).as("the design's own card in every model").isTrue();
        assertThat(fx(() -> strip.title(OptionKey.CURRENT))).isEqualTo("Current design");
    }

    /**
     * Every option's card and the design's own stay in the strip, in a 1600 px window and presented on a 1920 x 1080
     * projector at every canvas step of the sample's story, what-ifs set too (review 14e: presented, the Dedicated card,
     * the one option meeting everything, was dropped whenever the proposal's card was shown).
     */
    @Test
    void everyCardFitsTheStripInTheWindowAndPresentedAtEveryStep(FxRobot robot) throws Exception {
        assertEveryCardShown(robot, "in the window");
        onFx(() -> presentation().enter());
        waitForAnalysis();
        int steps = model().stories().all().get(0).steps().size();
        for (int step = 1; step <= steps; step++) {
            if (fx(() -> window.strip().isVisible())) {
                assertEveryCardShown(robot, "presented, step " + step);
            }
            robot.push(KeyCode.RIGHT);
            waitForAnalysis();
        }
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        onFx(() -> presentation().ask(dev.bulkhead.analysis.WhatIf.NONE.withTenantMultiplier(3).withPriceMultiplier(1.5)));
        waitUntil(() -> window.strip().scopeText().startsWith("WHAT-IF"));
        assertEveryCardShown(robot, "presented with what-ifs");
        assertThat(fx(() -> window.strip().stacked())).as("presented, the cards stack their figures").isTrue();
    }

    /**
     * The sample story's whole-design steps (1 and 4) show every box whole and clear of the legend and the overview on a
     * 1920 x 1080 projector, every what-if set too (review 14e: the what-if heading's four lines pushed the legend over
     * web-shop's "undecided"; at 80% "partner-…" and "tutor-sa…" were cut).
     */
    @Test
    void theStorysWholeDesignStepsShowEveryBoxClearOfTheLegendAndTheOverview(FxRobot robot) throws Exception {
        onFx(() -> presentation().enter());
        waitForAnalysis();
        assertEveryBoxClear("step 1");
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        waitForAnalysis();
        assertEveryBoxClear("step 4");
        onFx(() -> presentation().ask(dev.bulkhead.analysis.WhatIf.NONE.withTenantMultiplier(3).withPriceMultiplier(1.5)
                .withSandbox(PROD, dev.bulkhead.model.SandboxRuntime.GVISOR)));
        waitUntil(() -> window.strip().scopeText().contains("gVisor"));
        assertEveryBoxClear("step 4, every what-if set");
    }

    private void assertEveryBoxClear(String where) throws Exception {
        layOut();
        layOut();
        double width = fx(() -> canvas().getWidth());
        double height = fx(() -> canvas().getHeight());
        List<javafx.geometry.Bounds> panels = fx(() -> canvas().coveringPanels());
        var viewport = canvas().viewport();
        for (dev.bulkhead.model.Element element : model().elements().values()) {
            Geometry box = fx(() -> canvas().scene().bounds(element.id()));
            if (box == null || element.kind() == dev.bulkhead.model.ElementKind.CONNECTION) {
                continue;
            }
            javafx.geometry.Bounds onScreen = fx(() -> new javafx.geometry.BoundingBox(box.x() * viewport.scale() + viewport.translateX(),
                    box.y() * viewport.scale() + viewport.translateY(), box.width() * viewport.scale(), box.height() * viewport.scale()));
            assertThat(onScreen.getMinX() >= 0 && onScreen.getMinY() >= 0 && onScreen.getMaxX() <= width && onScreen.getMaxY() <= height)
                    .as("%s: %s at %s inside the canvas %s x %s", where, element.name(), onScreen, width, height).isTrue();
            assertThat(panels).as("%s: %s at %s", where, element.name(), onScreen).noneMatch(panel -> panel.intersects(onScreen));
        }
    }

    private void assertEveryCardShown(FxRobot robot, String where) throws Exception {
        layOut();
        double width = fx(() -> window.stage().getScene().getWidth());
        for (OptionKey key : List.of(OptionKey.CURRENT, OptionKey.NAMESPACE, OptionKey.VCLUSTER, OptionKey.DEDICATED,
                OptionKey.RECOMMENDED)) {
            javafx.scene.layout.Region card = window.strip().card(key);
            javafx.geometry.Bounds bounds = fx(() -> card.localToScene(card.getBoundsInLocal()));
            assertThat(fx(card::isVisible)).as("%s: the %s card", where, key.label()).isTrue();
            assertThat(bounds.getMaxX()).as("%s: the %s card's right edge in a scene %s wide", where, key.label(), width)
                    .isLessThanOrEqualTo(width);
            // Nothing cut inside the card either: every line of its texts is as wide as it needs.
            fx(() -> card.getChildrenUnmodifiable().stream().map(javafx.scene.control.Label.class::cast).toList())
                    .forEach(label -> assertThat(fx(() -> label.getWidth() + 0.5 >= label.prefWidth(-1)))
                            .as("%s: '%s' in the %s card is whole", where, label.getText(), key.label()).isTrue());
        }
    }

    /**
     * While black, any key brings the picture back and does nothing else, as PowerPoint does: the clicker's next or
     * previous never steps the story unseen, and Escape un-blacks instead of ending the show.
     */
    @Test
    void whileBlackAnyKeyOnlyBringsThePictureBack(FxRobot robot) throws Exception {
        threeStepStory();
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);
        robot.push(KeyCode.RIGHT);
        assertThat(presentation().stepIndex()).isEqualTo(1);

        for (KeyCode key : List.of(KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.LEFT, KeyCode.PAGE_UP, KeyCode.HOME)) {
            robot.push(KeyCode.B);
            assertThat(presentation().isBlank()).isTrue();
            robot.push(key);
            assertThat(presentation().isBlank()).as(key + " un-blacks").isFalse();
            assertThat(presentation().stepIndex()).as(key + " does not step the story while black").isEqualTo(1);
        }

        robot.push(KeyCode.PERIOD);
        robot.push(KeyCode.ESCAPE);
        assertThat(presentation().isBlank()).as("Escape un-blacks").isFalse();
        assertThat(presentation().isOn()).as("and stays in presentation").isTrue();
        assertThat(presentation().stepIndex()).isEqualTo(1);

        robot.push(KeyCode.RIGHT);
        assertThat(presentation().stepIndex()).as("the next key, seen, steps").isEqualTo(2);
        robot.push(KeyCode.ESCAPE);
        assertThat(presentation().isOn()).as("Escape, not black, leaves").isFalse();
    }

    @Test
    void whatIfsMoveTheChartWithRealAnalysesMarkedAsSuchAndOneClickResets(FxRobot robot) throws Exception {
        onFx(() -> {
            window.session().document().edit("No story", tx -> tx.setStories(dev.bulkhead.model.Stories.NONE));
            window.session().document().markSaved();
        });
        waitForAnalysis();
        Model saved = model();
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);
        waitForAnalysis();
        String before = window.strip().amount(OptionKey.DEDICATED);
        int tenants = model().all(Tenant.class).size();
        Slider slider = lookup(robot, "#what-if-tenants");

        onFx(() -> slider.setValue(3));
        waitUntil(() -> window.strip().shown() != window.analysis().latest());
        Analysis shown = window.strip().shown();

        assertThat(shown.whole().option(OptionKey.DEDICATED).tenantCount()).isEqualTo(3 * tenants);
        assertThat(window.strip().amount(OptionKey.DEDICATED)).isNotEqualTo(before);
        assertThat(window.strip().scopeText()).startsWith("WHAT-IF (tenants ×3)");
        // Review 14e: the proposal's own card stayed, with the what-if's figure, as the compare table keeps its column.
        var asModelled = shown.scope(window.strip().scopeEnvironment()).option(OptionKey.CURRENT).monthlyCost();
        assertThat(fx(() -> lookup(robot, "#card-current").isVisible())).isTrue();
        assertThat(fx(() -> window.strip().title(OptionKey.CURRENT))).isEqualTo("proposal A (as modelled)");
        assertThat(fx(() -> window.strip().amount(OptionKey.CURRENT))).isEqualTo(
                dev.bulkhead.diagram.chart.Amounts.whole(shown.pricing().symbol(), asModelled));
        assertThat(fx(() -> ((javafx.scene.control.Label) lookup(robot, "#what-if-badge")).getText())).isEqualTo("WHAT-IF · not saved");
        // The dots glide to the new figures, and end where the what-if's analysis puts them.
        waitUntil(() -> !window.strip().chart().isMoving());
        var scope = shown.scope(window.strip().scopeEnvironment());
        assertThat(window.strip().chart().points()).extracting(p -> p.cost()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(OptionKey.COMPARED.stream(), java.util.stream.Stream.of(OptionKey.CURRENT))
                        .map(k -> scope.option(k).monthlyCost().doubleValue()).toList());
        // Never a change of the model or its saved state.
        assertThat(model()).isEqualTo(saved);
        assertThat(window.session().document().history().isDirty()).isFalse();

        robot.clickOn("#what-if-reset");
        waitUntil(() -> window.strip().shown() == window.analysis().latest());
        assertThat(window.strip().amount(OptionKey.DEDICATED)).isEqualTo(before);
        assertThat(window.strip().scopeText()).doesNotContain("WHAT-IF");
        assertThat(presentation().whatIf().isNone()).isTrue();
    }

    @Test
    void theCompareViewsFormulaCardShowsTheMultipliedPriceAndTheSandboxToggleReanalyses(FxRobot robot) throws Exception {
        threeStepStory();
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        Slider prices = lookup(robot, "#what-if-prices");

        onFx(() -> prices.setValue(2));
        waitUntil(() -> window.strip().scopeText().contains("cloud prices ×2.00"));
        robot.clickOn("#cell-namespace-worker-nodes");
        String card = fx(() -> presentation().table().openFormula());

        assertThat(card).contains("what-if ×2.00 of");

        onFx(() -> ((javafx.scene.control.ChoiceBox<dev.bulkhead.model.Cluster>) lookup(robot, "#what-if-cluster"))
                .setValue(model().get(PROD, dev.bulkhead.model.Cluster.class)));
        onFx(() -> ((javafx.scene.control.ToggleButton) lookup(robot, "#what-if-sandbox")).fire());
        waitUntil(() -> window.strip().scopeText().contains("gVisor on aks-prod"));
        assertThat(window.strip().shown().model().get(TUTOR, Tenant.class).runtime()).isEqualTo(dev.bulkhead.model.SandboxRuntime.GVISOR);
        assertThat(model().get(TUTOR, Tenant.class).runtime()).isNotEqualTo(dev.bulkhead.model.SandboxRuntime.GVISOR);
    }

    @Test
    void theSampleStoryPlaysFromOpeningTheProposal(FxRobot robot) throws Exception {
        int steps = model().stories().all().get(0).steps().size();
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);

        for (int i = 0; i < steps; i++) {
            StoryStep step = model().stories().all().get(0).steps().get(i);
            assertThat(model().scenarios().active()).as("step %s", i + 1).isEqualTo(step.scenario());
            assertThat(presentation().overlay().counter().getText()).isEqualTo((i + 1) + " / " + steps);
            assertThat(presentation().showsCompareView()).isEqualTo(step.view().compare());
            // The whole note shows: as tall as its wrapped lines need at its width (step 4's runs to several lines).
            javafx.scene.control.Label note = presentation().overlay().note();
            double needed = fx(() -> note.prefHeight(note.getWidth()));
            assertThat(note.getHeight()).as("step %s's note height", i + 1).isGreaterThanOrEqualTo(needed - 0.5);
            robot.push(KeyCode.RIGHT);
        }
        assertThat(steps).isGreaterThanOrEqualTo(3);
    }

    /** The comparison table's column of the design as modelled in a scenario, as the table would show it. */
    private static List<String> asModelled(Analysis analysis, ElementId environment) {
        var table = dev.bulkhead.export.report.ComparisonTable.of(analysis.scope(environment), analysis.model(),
                analysis.pricing().symbol(), List.of(OptionKey.CURRENT)).markedNotPriced(
                dev.bulkhead.export.report.NotPriced.of(analysis, analysis.scope(environment)), List.of(OptionKey.CURRENT));
        return table.rows().stream().map(r -> r.cells().get(0).text()).toList();
    }

    @Test
    void aProposalsCompareStepShowsItsCostAgainstTheBaseScenarioWithEachColumnNamedByItsScenario(FxRobot robot) throws Exception {
        threeStepStory();
        // Nothing selected: the strip and the table show the whole model, where the proposal's change shows.
        onFx(() -> presentation().enter());
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        waitForAnalysis();
        assertThat(window.strip().scopeEnvironment()).isNull();
        var table = presentation().table();
        waitUntil(() -> !table.baselineColumn().isEmpty());
        ElementId environment = window.strip().scopeEnvironment();
        var analyzer = new dev.bulkhead.analysis.Analyzer(dev.bulkhead.reference.ReferenceData.bundled());

        // Never "Current" over the proposal's own figures: each as-modelled column says which scenario it shows.
        // The base by its bare name, as compare --scenario current and the strip head it (one rule, Scenarios.heading).
        assertThat(fx(table::headers)).startsWith("current", "proposal A (as modelled)").doesNotContain("Current");
        List<String> base = asModelled(analyzer.analyze(model().inScenario("current")), environment);
        List<String> proposal = asModelled(analyzer.analyze(model()), environment);
        assertThat(fx(table::baselineColumn)).containsExactlyElementsOf(base);
        assertThat(fx(() -> table.column(OptionKey.CURRENT))).containsExactlyElementsOf(proposal);
        assertThat(base).as("the proposal changes the cost, so the columns can be told apart").isNotEqualTo(proposal);

        // A what-if asks the same of both: the base's column is the what-if's too.
        onFx(() -> ((Slider) lookup(robot, "#what-if-tenants")).setValue(3));
        var question = dev.bulkhead.analysis.WhatIf.NONE.withTenantMultiplier(3);
        List<String> baseTimesThree = asModelled(question.analyze(dev.bulkhead.reference.ReferenceData.bundled(),
                model().inScenario("current")), environment);
        waitUntil(() -> table.baselineColumn().equals(baseTimesThree));
        assertThat(fx(() -> table.column(OptionKey.CURRENT))).containsExactlyElementsOf(
                asModelled(question.analyze(dev.bulkhead.reference.ReferenceData.bundled(), model()), environment));

        // Back on the base scenario's own step, and out of presentation: no second as-modelled column.
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.ESCAPE);
        onFx(() -> window.openCompare(null));
        waitUntil(() -> window.compareWindow().table().table() != null);
        assertThat(fx(() -> window.compareWindow().table().headers())).startsWith("proposal A (as modelled)");
        assertThat(fx(() -> window.compareWindow().table().baselineColumn())).isEmpty();
    }

    @Test
    void anyOfTheModelsStoriesCanBeChosenFromTheMenuAndSwitchedWhilePresenting(FxRobot robot) throws Exception {
        String sample = model().stories().all().get(0).name();
        onFx(() -> {
            new StoryEdits(window.session().document()).addStep("Costs only", new StoryStep("proposal A", StoryView.compareView(), null,
                    "What proposal A costs"));
            new StoryEdits(window.session().document()).addStep("Costs only", new StoryStep("current", StoryView.compareView(), null,
                    "What the current design costs"));
            window.session().document().markSaved();
        });
        Model before = model();

        robot.clickOn("View").clickOn("Present Story").clickOn("Costs only", org.testfx.robot.Motion.HORIZONTAL_FIRST);

        assertThat(presentation().isOn()).isTrue();
        assertThat(presentation().playing()).isEqualTo("Costs only");
        assertThat(presentation().overlay().note().getText()).isEqualTo("What proposal A costs");
        assertThat(presentation().overlay().counter().getText()).isEqualTo("1 / 2");
        assertThat(presentation().showsCompareView()).isTrue();
        var choice = presentation().overlay().stories();
        assertThat(fx(() -> List.copyOf(choice.getItems()))).containsExactly(sample, "Costs only");
        assertThat(fx(() -> shown(choice))).isTrue();
        assertThat(fx(choice::getValue)).isEqualTo("Costs only");

        // The selector in the captions switches story while presenting, from its first step.
        onFx(() -> choice.setValue(sample));
        assertThat(presentation().playing()).isEqualTo(sample);
        StoryStep first = model().stories().named(sample).orElseThrow().steps().get(0);
        assertThat(presentation().overlay().note().getText()).isEqualTo(first.note());
        assertThat(model().scenarios().active()).isEqualTo(first.scenario());
        robot.push(KeyCode.RIGHT);
        assertThat(presentation().stepIndex()).as("the arrows still step, never move the selector").isEqualTo(1);
        assertThat(fx(choice::getValue)).isEqualTo(sample);

        robot.push(KeyCode.ESCAPE);
        assertThat(presentation().isOn()).isFalse();
        assertThat(fx(() -> shown(choice))).isFalse();
        assertThat(model()).isEqualTo(before);
        assertThat(window.session().document().history().isDirty()).isFalse();
    }

    @Test
    void aModelWithOneStoryHasNoSelectorAndTheMenuSaysWhenThereIsNone(FxRobot robot) throws Exception {
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);
        assertThat(presentation().playing()).isEqualTo(model().stories().all().get(0).name());
        assertThat(fx(() -> shown(presentation().overlay().stories()))).isFalse();
        robot.push(KeyCode.ESCAPE);

        onFx(() -> window.session().document().edit("No story", tx -> tx.setStories(dev.bulkhead.model.Stories.NONE)));
        robot.clickOn("View").clickOn("Present Story");
        assertThat(robot.lookup("No stories yet: add steps in Story Steps…").tryQuery()).isPresent();
        robot.push(KeyCode.ESCAPE).push(KeyCode.ESCAPE);
    }

    @Test
    void findDuringAStoryRingsTheMatchButLeavesTheStripAndTheStoryAsTheyWere(FxRobot robot) throws Exception {
        onFx(() -> {
            canvas().selection().clear();
            presentation().enter();
        });
        robot.push(KeyCode.RIGHT);
        waitForAnalysis();
        String strip = fx(() -> window.strip().scopeText());
        ElementId environment = fx(() -> window.strip().scopeEnvironment());
        assertThat(environment).as("nothing selected: the story's strip shows the whole model").isNull();

        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        robot.write("code-tutor");
        // The arrows and Escape typed in the field belong to the field: the story stays on its step and presenting goes on.
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas().selection().selected()).as("find selected the match").isNotEmpty();
        assertThat(fx(() -> window.strip().scopeEnvironment())).isNull();
        assertThat(fx(() -> window.strip().scopeText())).isEqualTo(strip);
        assertThat(presentation().stepIndex()).isEqualTo(1);
        robot.push(KeyCode.ESCAPE);
        assertThat(lookup(robot, "#find-bar").isVisible()).isFalse();
        assertThat(presentation().isOn()).isTrue();
        robot.push(KeyCode.RIGHT);
        assertThat(presentation().stepIndex()).as("back on the canvas, the arrows step again").isEqualTo(2);
        assertThat(fx(() -> window.strip().scopeEnvironment())).isNull();
        robot.push(KeyCode.ESCAPE);
        assertThat(presentation().isOn()).isFalse();
    }

    @Test
    void theWhatIfClusterChoiceShowsTheWholeClusterNameClearOfItsArrowInLargeType(FxRobot robot) throws Exception {
        onFx(() -> presentation().enter());
        waitForAnalysis();
        layOut();
        javafx.scene.control.ChoiceBox<?> cluster = lookup(robot, "#what-if-cluster");
        for (Object item : fx(() -> List.copyOf(cluster.getItems()))) {
            onFx(() -> {
                ((javafx.scene.control.ChoiceBox<Object>) (javafx.scene.control.ChoiceBox<?>) cluster).setValue(item);
                window.stage().getScene().getRoot().applyCss();
                window.stage().getScene().getRoot().layout();
            });
            String expected = ((dev.bulkhead.model.Cluster) item).name();
            fx(() -> {
                javafx.scene.control.Label label = (javafx.scene.control.Label) cluster.lookup(".label");
                Node arrow = cluster.lookup(".open-button");
                Text text = (Text) label.lookup(".text");
                assertThat(label.getFont().getSize()).as("the presentation's type").isGreaterThanOrEqualTo(MIN_PX);
                assertThat(text.getText()).as("the cluster's name, not cut short").isEqualTo(expected);
                double textRight = text.localToScene(text.getBoundsInLocal()).getMaxX();
                double arrowLeft = arrow.localToScene(arrow.getBoundsInLocal()).getMinX();
                assertThat(textRight).as("'%s' ends before the arrow", expected).isLessThanOrEqualTo(arrowLeft);
                return null;
            });
        }
        onFx(() -> presentation().leave());
    }

    @Test
    void theStorysCompareStepShowsTheWholeTableInTheWindowWithoutScrolling(FxRobot robot) throws Exception {
        robot.clickOn(canvas());
        robot.push(KeyCode.F11);
        List<StoryStep> steps = model().stories().all().get(0).steps();
        int compare = steps.size() - 1;
        assertThat(steps.get(compare).view().compare()).as("the sample's last step is its compare view").isTrue();
        for (int i = 0; i < compare; i++) {
            robot.push(KeyCode.RIGHT);
        }
        var table = presentation().table();
        waitUntil(() -> !table.baselineColumn().isEmpty());
        layOut();
        assertThat(fx(() -> window.stage().getScene().getHeight())).as("full screen on the 1080p headless screen").isEqualTo(1080);
        javafx.scene.control.ScrollPane area = lookup(robot, "#presentation-compare");
        fx(() -> {
            // What the room sees is the scroll pane's viewport, not the window: a table taller than it scrolls.
            Node viewport = area.lookup(".viewport");
            javafx.geometry.Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
            assertThat(table.getHeight()).as("the table's height against its area's").isLessThanOrEqualTo(visible.getHeight() + 0.5);
            assertThat(table.getWidth()).as("the table's width against its area's").isLessThanOrEqualTo(visible.getWidth() + 0.5);
            for (Node node : nodes(table, new ArrayList<>())) {
                if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                    javafx.geometry.Bounds box = node.localToScene(node.getBoundsInLocal());
                    assertThat(box.getMaxY()).as("'%s' inside the visible area", labeled.getText()).isLessThanOrEqualTo(visible.getMaxY() + 0.5);
                    assertThat(box.getMaxX()).as("'%s' inside the visible area", labeled.getText()).isLessThanOrEqualTo(visible.getMaxX() + 0.5);
                }
            }
            // Each column's heading on one line: "current (as / modelled)" broken in two is what made the table scroll.
            for (Node header : table.lookupAll(".bh-table-header")) {
                javafx.scene.control.Label label = (javafx.scene.control.Label) header;
                assertThat(label.getHeight()).as("'%s' on one line", label.getText())
                        .isLessThan(label.getFont().getSize() * 2);
            }
            return null;
        });
        assertThat(fx(() -> table.lookupAll(".bh-table-label").stream().map(n -> ((javafx.scene.control.Label) n).getText()).toList()))
                .contains("Per tenant", "Blast radius of a compromised agent");
        assertThat(tooSmall()).isEmpty();
        robot.push(KeyCode.ESCAPE);
    }

    /** Whether a node and every node above it are visible. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every visible text whose font, as drawn on screen, is under {@link #MIN_PX}: the text nodes, and the texts drawn
     * on the canvas and on the charts' canvases (as their drawing surface measured them, times the zoom and the
     * chart's magnification); and every label whose text is cut short.
     */
    private List<String> tooSmall() throws Exception {
        // A frame drawn with the layout as it is now: the canvas and charts measure what they draw.
        onFx(() -> {
            window.stage().getScene().getRoot().applyCss();
            window.stage().getScene().getRoot().layout();
            canvas().paintNow();
        });
        return fx(() -> {
            List<String> found = new ArrayList<>();
            Parent root = window.stage().getScene().getRoot();
            for (Text text : texts(root, new ArrayList<>())) {
                double onScreen = text.getFont().getSize() * text.getLocalToSceneTransform().getMyy();
                if (onScreen < MIN_PX - 0.01) {
                    found.add("'" + text.getText() + "' " + Math.round(onScreen * 10) / 10.0 + "px in " + text.getParent());
                }
            }
            if (shown(canvas()) && canvas().smallestTextPixels() < MIN_PX - 0.01) {
                found.add("'" + canvas().smallestText() + "' " + Math.round(canvas().smallestTextPixels() * 10) / 10.0
                        + "px drawn on the canvas");
            }
            for (Node node : nodes(root, new ArrayList<>())) {
                if (node instanceof dev.bulkhead.ui.compare.PaintedChart chart) {
                    double onScreen = chart.smallestTextPixels() * chart.getLocalToSceneTransform().getMyy();
                    if (onScreen < MIN_PX - 0.01) {
                        found.add("'" + chart.smallestText() + "' " + Math.round(onScreen * 10) / 10.0 + "px drawn on " + chart);
                    }
                }
                if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                    for (Node child : labeled.getChildrenUnmodifiable()) {
                        // The label's own text node (an icon font's glyph beside it is a Text too, of another class).
                        if (child instanceof Text shownText && shownText.getStyleClass().contains("text") && shownText.isVisible()
                                && !shownText.getText().equals(labeled.getText())) {
                            found.add("'" + labeled.getText() + "' cut to '" + shownText.getText() + "'");
                        }
                    }
                }
            }
            return found;
        });
    }

    /** Every visible node under a node. */
    private static List<Node> nodes(Node node, List<Node> into) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return into;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodes(child, into);
            }
        }
        return into;
    }

    private int countTexts() {
        return fx(() -> texts(window.stage().getScene().getRoot(), new ArrayList<>()).size());
    }

    private static List<Text> texts(Node node, List<Text> into) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return into;
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            into.add(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                texts(child, into);
            }
        }
        return into;
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
