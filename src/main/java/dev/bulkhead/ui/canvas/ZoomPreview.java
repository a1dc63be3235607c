package dev.bulkhead.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Keeps continuous zooming fluid on any model size: at the first step of a gesture the current drawing is
 * captured once, the following frames scale that picture (one image draw), and a moment after the last step
 * the diagram is drawn sharp at the new zoom. Maps and drawing tools zoom the same way.
 */
final class ZoomPreview {
    /** How long the gesture must pause before the sharp drawing. */
    private static final Duration SETTLE = Duration.millis(140);

    private final PauseTransition settle = new PauseTransition(SETTLE);
    private WritableImage picture;
    private double scale;
    private double translateX;
    private double translateY;
    private boolean active;

    ZoomPreview(Runnable redrawSharp) {
        settle.setOnFinished(e -> {
            active = false;
            redrawSharp.run();
        });
    }

    boolean isActive() {
        return active;
    }

    /** Captures the drawing at the start of a gesture (once), and restarts the wait for the sharp drawing. */
    void begin(Canvas content, Viewport viewport) {
        if (!active && content.getWidth() >= 1 && content.getHeight() >= 1) {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            if (picture == null || picture.getWidth() != (int) content.getWidth() || picture.getHeight() != (int) content.getHeight()) {
                picture = new WritableImage((int) content.getWidth(), (int) content.getHeight());
            }
            content.snapshot(parameters, picture);
            scale = viewport.scale();
            translateX = viewport.translateX();
            translateY = viewport.translateY();
            active = true;
        }
        settle.playFromStart();
    }

    /** Drops the picture when the model changes, so that no stale drawing is shown. */
    void cancel() {
        if (active) {
            settle.stop();
            active = false;
        }
    }

    /**
     * Draws the captured picture where the current zoom puts it: a canvas point that was at screen s0 = p·scale0 + t0
     * is now at p·scale + t, so the picture is scaled by scale/scale0 and moved to t − t0·scale/scale0.
     */
    void draw(GraphicsContext g, double width, double height, Viewport viewport, CanvasTheme theme) {
        double ratio = viewport.scale() / scale;
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(theme.color("-bh-canvas"));
        g.fillRect(0, 0, width, height);
        g.setImageSmoothing(false); // nearest-neighbour: a transient picture, and far cheaper to scale in software
        g.drawImage(picture, viewport.translateX() - translateX * ratio, viewport.translateY() - translateY * ratio,
                picture.getWidth() * ratio, picture.getHeight() * ratio);
    }
}
