package dev.bulkhead.ui.canvas.gesture;

import javafx.scene.input.MouseEvent;

/**
 * One interaction from mouse press to release. It shows its progress through the view's preview and
 * overlay and changes the model at most once, on release. Coordinates are the view's local (screen) ones.
 */
interface CanvasGesture {
    void drag(double x, double y, MouseEvent event);

    void release(double x, double y, MouseEvent event);

    /** Abandons the gesture (Escape, focus lost) and clears what it showed. */
    void cancel();
}
