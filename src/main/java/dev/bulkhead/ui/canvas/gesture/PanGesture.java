package dev.bulkhead.ui.canvas.gesture;

import dev.bulkhead.ui.canvas.CanvasView;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/** Middle-button drag, or space held while dragging: moves the view. */
final class PanGesture implements CanvasGesture {
    private final CanvasView view;
    private double lastX;
    private double lastY;

    PanGesture(CanvasView view, double x, double y) {
        this.view = view;
        this.lastX = x;
        this.lastY = y;
        view.setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        view.pan(x - lastX, y - lastY);
        lastX = x;
        lastY = y;
    }

    @Override
    public void release(double x, double y, MouseEvent event) {
        view.setCursor(Cursor.DEFAULT);
    }

    @Override
    public void cancel() {
        view.setCursor(Cursor.DEFAULT);
    }
}
