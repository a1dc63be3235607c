package dev.bulkhead.ui.present;

import dev.bulkhead.edit.ScenarioEdits;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Story;
import dev.bulkhead.model.StoryStep;
import dev.bulkhead.model.StoryView;
import dev.bulkhead.model.UndoHistory;
import dev.bulkhead.ui.canvas.CanvasView;
import java.util.List;
import java.util.function.Consumer;

/**
 * Steps through a story: each step shows its scenario, its canvas area and zoom (or the compare view), rings its
 * element and shows its note and the step counter. Showing a scenario is the app's ordinary, undoable switch; when
 * the presenter leaves and nothing else was edited meanwhile, those switches are undone, so that presenting leaves
 * the model and its saved state exactly as they were.
 */
final class StoryPlayer {
    private final ModelDocument document;
    private final CanvasView canvas;
    private final StoryOverlay overlay;
    private final Consumer<Boolean> showCompare;
    private final Consumer<String> say;
    private Story story;
    private int index = -1;
    private String scenarioBefore;
    private int switchesMade;
    /** What redo held before the story's first switch (which cleared it), put back when the switches are undone. */
    private ModelDocument.RedoMark redoBefore;
    /** The history's revision after the player's own last switch; another edit after it breaks the chain. */
    private long revisionAfterSwitch;
    private boolean chainIntact;

    StoryPlayer(ModelDocument document, CanvasView canvas, StoryOverlay overlay, Consumer<Boolean> showCompare, Consumer<String> say) {
        this.document = document;
        this.canvas = canvas;
        this.overlay = overlay;
        this.showCompare = showCompare;
        this.say = say;
        // The step's area stays centred when the canvas changes size (entering full screen, a resize).
        canvas.widthProperty().addListener((o, before, now) -> recentre());
        canvas.heightProperty().addListener((o, before, now) -> recentre());
    }

    /** Starts a story at its first step (a story without steps only shows that there is nothing to step through). */
    void start(Story newStory) {
        story = newStory;
        index = -1;
        scenarioBefore = document.snapshot().scenarios().active();
        switchesMade = 0;
        revisionAfterSwitch = document.history().revision();
        chainIntact = true;
        redoBefore = document.redoMark();
        if (story == null || story.steps().isEmpty()) {
            overlay.showStep(null, "", "");
            return;
        }
        go(0);
    }

    /** Stops, taking back the scenario switches the steps made when nothing else changed since. */
    void stop() {
        if (story == null) {
            return;
        }
        UndoHistory history = document.history();
        if (switchesMade > 0 && chainIntact && history.revision() == revisionAfterSwitch) {
            document.undoTemporary(switchesMade, redoBefore);
        } else if (document.snapshot().scenarios().contains(scenarioBefore)
                && !document.snapshot().scenarios().active().equals(scenarioBefore)) {
            new ScenarioEdits(document).switchTo(scenarioBefore);
        }
        story = null;
        index = -1;
        overlay.showStep(null, "", "");
        showCompare.accept(false);
    }

    /** The story started last, or null when none is playing. */
    Story story() {
        return story;
    }

    boolean isPlaying() {
        return story != null && !story.steps().isEmpty();
    }

    /** The step shown, 0-based, or -1. */
    int index() {
        return index;
    }

    void next() {
        if (isPlaying() && index < story.steps().size() - 1) {
            go(index + 1);
        }
    }

    void previous() {
        if (isPlaying() && index > 0) {
            go(index - 1);
        }
    }

    /** Shows step {@code i}. */
    void go(int i) {
        StoryStep step = story.steps().get(i);
        index = i;
        String active = document.snapshot().scenarios().active();
        if (!active.equals(step.scenario())) {
            if (!document.snapshot().scenarios().contains(step.scenario())) {
                say.accept("Step " + (i + 1) + " shows scenario '" + step.scenario() + "', which this model no longer has; "
                        + "it stays on '" + active + "'");
            } else {
                chainIntact = chainIntact && document.history().revision() == revisionAfterSwitch;
                new ScenarioEdits(document).switchTo(step.scenario());
                switchesMade++;
                revisionAfterSwitch = document.history().revision();
            }
        }
        showCompare.accept(step.view().compare());
        recentre();
        ElementId highlight = step.highlight() != null && document.snapshot().find(step.highlight()).isPresent() ? step.highlight() : null;
        overlay.showStep(highlight, step.note(), (i + 1) + " / " + story.steps().size());
    }

    private void recentre() {
        if (!isPlaying() || index < 0) {
            return;
        }
        StoryView view = story.steps().get(index).view();
        if (!view.compare() && canvas.getWidth() > 0) {
            canvas.viewport().setScale(view.zoom(), canvas.getWidth() / 2, canvas.getHeight() / 2);
            canvas.centreOn(view.centreX(), view.centreY());
            clearOfPanels();
            // Again once the pass that resized the canvas has laid the legend out at its new place: while the canvas's
            // height changes the panels' bounds are still the old ones.
            int shown = index;
            javafx.application.Platform.runLater(() -> {
                if (isPlaying() && index == shown) {
                    clearOfPanels();
                }
            });
        }
    }

    /**
     * Moves the view the least that brings every element the step shows, even in part, wholly into sight and clear of
     * the legend, the overview and the scroll bars, where such a place exists: a step's centre was chosen on another
     * screen, and the strip's height changes with its heading (a what-if's), so boxes ran under the legend (review
     * 14e). The candidates are the shifts that put a box just beside a panel's or the canvas's edge, and every pair of
     * them, as the find bar places a match (only the outermost boxes: what they hold moves with them). Where none is
     * clear, the view stays as the step has it.
     */
    private void clearOfPanels() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        List<javafx.geometry.Bounds> covers = canvas.coveringPanels();
        var viewport = canvas.viewport();
        var scene = canvas.scene();
        double scale = viewport.scale();
        List<javafx.geometry.Bounds> boxes = new java.util.ArrayList<>();
        for (dev.bulkhead.model.Element element : scene.elementsIn(viewport.visibleArea(width, height))) {
            dev.bulkhead.model.Geometry box = scene.bounds(element.id());
            if (box != null && scene.depth(element.id()) == 0 && element.kind() != dev.bulkhead.model.ElementKind.CONNECTION) {
                boxes.add(new javafx.geometry.BoundingBox(box.x() * scale + viewport.translateX(),
                        box.y() * scale + viewport.translateY(), box.width() * scale, box.height() * scale));
            }
        }
        double[] best = dev.bulkhead.ui.find.ClearPlace.shift(boxes, covers, width, height);
        if (best != null && (best[0] != 0 || best[1] != 0)) {
            canvas.pan(best[0], best[1]);
        }
    }

    /** The view the canvas shows now, as a step would store it. */
    static StoryView currentView(CanvasView canvas) {
        double zoom = Math.max(StoryView.MIN_ZOOM, Math.min(StoryView.MAX_ZOOM, canvas.viewport().scale()));
        return StoryView.canvas(canvas.viewport().toCanvasX(canvas.getWidth() / 2), canvas.viewport().toCanvasY(canvas.getHeight() / 2), zoom);
    }
}
