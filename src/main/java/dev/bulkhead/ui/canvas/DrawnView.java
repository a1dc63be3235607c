package dev.bulkhead.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Affine;

/**
 * A canvas and the view its drawing was made at, so that the drawing can be shown at another zoom and pan without
 * being drawn again: the canvas node is transformed, and the renderer scales the picture it already holds. A point
 * drawn at screen s0 = p·scale0 + t0 belongs at p·scale + t, so the picture is scaled by scale/scale0 and moved by
 * t − t0·scale/scale0.
 */
final class DrawnView {
    private final Canvas canvas;
    private final Affine transform = new Affine();
    private double scale = 1;
    private double translateX;
    private double translateY;

    DrawnView(Canvas canvas) {
        this.canvas = canvas;
        canvas.getTransforms().add(transform);
    }

    Canvas canvas() {
        return canvas;
    }

    /** The canvas now holds a drawing of this view: shown as drawn. */
    void drawnAt(Viewport viewport) {
        scale = viewport.scale();
        translateX = viewport.translateX();
        translateY = viewport.translateY();
        transform.setToIdentity();
    }

    /** The view the canvas's drawing was made at. */
    Viewport drawnAt() {
        return Viewport.at(scale, translateX, translateY);
    }

    /** Whether the canvas's drawing was made at the view {@code viewport} shows now. */
    boolean isDrawnAt(Viewport viewport) {
        return viewport.scale() == scale && viewport.translateX() == translateX && viewport.translateY() == translateY;
    }

    /** Shows the drawing the canvas holds as it was drawn, untransformed. */
    void showAsDrawn() {
        transform.setToIdentity();
    }

    /** Shows the drawing the canvas holds where the current view puts it. */
    void follow(Viewport viewport) {
        Mapping to = mappingTo(viewport);
        transform.setToTransform(to.ratio(), 0, to.shiftX(), 0, to.ratio(), to.shiftY());
    }

    /** Where the current view puts the drawing the canvas holds: scaled by {@code ratio}, then moved by the shift. */
    Mapping mappingTo(Viewport viewport) {
        double ratio = viewport.scale() / scale;
        return new Mapping(ratio, viewport.translateX() - translateX * ratio, viewport.translateY() - translateY * ratio);
    }

    /** A drawing's point x goes to x · ratio + shiftX (in the view's units), y likewise. */
    record Mapping(double ratio, double shiftX, double shiftY) {
    }
}
