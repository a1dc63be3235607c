package dev.bulkhead.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Keeps continuous zooming fluid on any model size: while a gesture goes on, the view shows the diagram's picture as
 * drawn scaled to the new zoom ({@link ZoomPicture}), and a moment after the last step the diagram is drawn
 * sharp at the new zoom. Maps and drawing tools zoom the same way.
 */
final class ZoomPreview {
    /** How long the gesture must pause before the sharp drawing. */
    private static final Duration SETTLE = Duration.millis(140);

    private final PauseTransition settle = new PauseTransition(SETTLE);
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

    /** A step of a gesture: restarts the wait for the sharp drawing. */
    void begin() {
        active = true;
        settle.playFromStart();
    }

    /** Stops the gesture's preview when the model changes, so that no stale drawing is shown. */
    void cancel() {
        if (active) {
            settle.stop();
            active = false;
        }
    }
}
