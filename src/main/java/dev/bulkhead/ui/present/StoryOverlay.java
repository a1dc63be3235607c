package dev.bulkhead.ui.present;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.Viewport;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * What presentation mode draws over the canvas: a thick ring around the step's highlighted element (it follows pans
 * and zooms); and, in {@link #captions()} above the canvas or the compare view alike, the step's note and, in the
 * top-right corner, the step counter. The ring is mouse-transparent, so the canvas under it works as usual.
 */
public final class StoryOverlay extends Pane {
    /** The ring: the accent orange of the diff marks' "changed", wide enough to see from the back of a room. */
    static final Color RING = Color.web("#e8590c");
    private static final double MARGIN = 24;
    private final CanvasView view;
    private final Canvas ring = new Canvas();
    private final Label note = new Label();
    private final Label counter = new Label();
    /** Which of the model's stories plays; shown only when there is more than one to choose from. */
    private final javafx.scene.control.ChoiceBox<String> stories = new javafx.scene.control.ChoiceBox<>();
    private java.util.function.Consumer<String> onStoryChosen = name -> { };
    private boolean listing;
    /** The note and the counter as a bar above the centre, so that they never cover the canvas or the table. */
    private final javafx.scene.layout.HBox captions = new javafx.scene.layout.HBox(16);
    private ElementId highlight;
    private long drawnVersion = -1;
    private final AnimationTimer follower = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (view.viewport().version() != drawnVersion) {
                draw();
            }
        }
    };

    public StoryOverlay(CanvasView view) {
        this.view = view;
        setId("story-overlay");
        setMouseTransparent(true);
        setPickOnBounds(false);
        note.setId("story-note");
        note.getStyleClass().add("bh-story-note");
        note.setWrapText(true);
        counter.setId("story-counter");
        counter.getStyleClass().addAll("bh-legend", "bh-story-counter");
        getChildren().add(ring);
        captions.setId("story-captions");
        captions.getStyleClass().add("bh-story-captions");
        captions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        note.setMaxWidth(Double.MAX_VALUE);
        // The room reads the whole note: a short window takes height from the canvas, never lines from the note.
        note.setMinHeight(Region.USE_PREF_SIZE);
        captions.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        stories.setId("story-choice");
        stories.setMinWidth(Region.USE_PREF_SIZE);
        stories.setFocusTraversable(false); // the arrows step through the story, never through this list
        stories.valueProperty().addListener((o, before, now) -> {
            if (!listing && now != null) {
                onStoryChosen.accept(now);
            }
        });
        captions.getChildren().addAll(note, stories, counter);
        showStories(java.util.List.of(), null);
        showStep(null, "", "");
    }

    /**
     * Shows a step: its highlighted element (or none), its note (hidden when empty) and the counter text
     * (hidden when empty, as when no story is playing).
     */
    public void showStep(ElementId element, String noteText, String counterText) {
        highlight = element;
        note.setText(noteText);
        note.setVisible(!noteText.isBlank());
        counter.setText(counterText);
        counter.setVisible(!counterText.isBlank());
        captions.setVisible(note.isVisible() || counter.isVisible() || stories.isVisible());
        captions.setManaged(captions.isVisible());
        if (element == null) {
            follower.stop();
        } else {
            follower.start();
        }
        requestLayout();
        draw();
    }

    /** What happens when the presenter picks another story in the captions' selector. */
    public void onStoryChosen(java.util.function.Consumer<String> action) {
        onStoryChosen = java.util.Objects.requireNonNull(action);
    }

    /** Lists the model's stories in the selector, {@code playing} chosen; hidden for fewer than two. */
    public void showStories(java.util.List<String> names, String playing) {
        listing = true;
        try {
            if (!stories.getItems().equals(names)) {
                stories.getItems().setAll(names);
            }
            stories.setValue(playing);
        } finally {
            listing = false;
        }
        boolean choice = names.size() > 1 && playing != null;
        stories.setVisible(choice);
        stories.setManaged(choice);
        captions.setVisible(note.isVisible() || counter.isVisible() || choice);
        captions.setManaged(captions.isVisible());
    }

    /** The story selector, for tests. */
    public javafx.scene.control.ChoiceBox<String> stories() {
        return stories;
    }

    /** The note and the step counter, to place above the canvas and the compare view. */
    public javafx.scene.layout.HBox captions() {
        return captions;
    }

    /** The element ringed now, or null. */
    public ElementId highlight() {
        return highlight;
    }

    /** The note shown, for tests. */
    public Label note() {
        return note;
    }

    /** The step counter, for tests. */
    public Label counter() {
        return counter;
    }

    @Override
    protected void layoutChildren() {
        ring.setWidth(getWidth());
        ring.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = ring.getGraphicsContext2D();
        g.clearRect(0, 0, ring.getWidth(), ring.getHeight());
        drawnVersion = view.viewport().version();
        Geometry box = highlight == null ? null : boundsOf(highlight);
        if (box == null) {
            return;
        }
        Viewport viewport = view.viewport();
        double x = viewport.toScreenX(box.x());
        double y = viewport.toScreenY(box.y());
        double w = box.width() * viewport.scale();
        double h = box.height() * viewport.scale();
        g.setStroke(RING);
        g.setLineWidth(6);
        g.strokeRoundRect(x - 8, y - 8, w + 16, h + 16, 16, 16);
    }

    /** The element's box on the canvas, or null when it is not drawn (unplaced, or not in this scenario). */
    private Geometry boundsOf(ElementId id) {
        try {
            return view.scene().bounds(id);
        } catch (RuntimeException notOnCanvas) {
            return null;
        }
    }
}
