package dev.bulkhead.ui.canvas.gesture;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.DragPreview;
import dev.bulkhead.ui.canvas.Handles;
import javafx.scene.input.MouseEvent;

/** Drags a resize grip: the shape previews its new size; on release it is resized once (never below its contents). */
final class ResizeGesture implements CanvasGesture {
    private static final double MIN_WIDTH = 80;
    private static final double MIN_HEIGHT = 40;

    private final CanvasView view;
    private final ElementId id;
    private final Handles.Kind grip;
    private final Geometry start;
    private final double startX;
    private final double startY;
    private Geometry bounds;

    ResizeGesture(CanvasView view, Handles.Handle handle, double x, double y) {
        this.view = view;
        this.id = handle.element();
        this.grip = handle.kind();
        this.start = view.scene().bounds(id);
        this.startX = x;
        this.startY = y;
        this.bounds = start;
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        double scale = view.viewport().scale();
        double width = grip == Handles.Kind.RESIZE_SOUTH ? start.width() : start.width() + (x - startX) / scale;
        double height = grip == Handles.Kind.RESIZE_EAST ? start.height() : start.height() + (y - startY) / scale;
        bounds = new Geometry(start.x(), start.y(), Math.max(MIN_WIDTH, width), Math.max(MIN_HEIGHT, height));
        view.setPreview(DragPreview.resize(id, bounds));
    }

    @Override
    public void release(double x, double y, MouseEvent event) {
        view.setPreview(DragPreview.NONE);
        if (!bounds.equals(start)) {
            view.apply(view.edits().resize(id, bounds, view.scene(), view.snapToGridProperty().get()));
        }
    }

    @Override
    public void cancel() {
        view.setPreview(DragPreview.NONE);
    }
}
