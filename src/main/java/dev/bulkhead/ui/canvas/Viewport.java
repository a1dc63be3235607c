package dev.bulkhead.ui.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Zoom and pan: screen = canvas × scale + translation. Zoom keeps the point under the cursor still.
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.08;
    /**
     * The smallest zoom Fit goes to: below {@link #MIN_SCALE}, as a model of hundreds of tenants needs (at 8% Fit showed
     * one environment of a 300-tenant model's three). The names stay legible there: below half size the canvas draws
     * the containers' and endpoints' name tags at a constant size on screen (semantic zoom, {@code NamesAtFitTest}).
     */
    public static final double MIN_FIT_SCALE = 0.01;
    public static final double MAX_SCALE = 4;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);
    private double translateX = 40;
    private double translateY = 40;
    private long version;

    /** A view at this scale and translation, for drawing as a picture made then was drawn (no one listens to it). */
    static Viewport at(double scale, double translateX, double translateY) {
        Viewport view = new Viewport();
        view.scale.set(scale);
        view.translateX = translateX;
        view.translateY = translateY;
        return view;
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    public double translateX() {
        return translateX;
    }

    public double translateY() {
        return translateY;
    }

    /** Grows with every change, for caches that depend on the view. */
    public long version() {
        return version;
    }

    public double toScreenX(double x) {
        return x * scale.get() + translateX;
    }

    public double toScreenY(double y) {
        return y * scale.get() + translateY;
    }

    public double toCanvasX(double screenX) {
        return (screenX - translateX) / scale.get();
    }

    public double toCanvasY(double screenY) {
        return (screenY - translateY) / scale.get();
    }

    /** Moves the view by a screen distance. */
    public void pan(double dx, double dy) {
        translateX += dx;
        translateY += dy;
        version++;
    }

    /** Shows the canvas point (x, y) at the top-left corner of the screen area. */
    public void scrollTo(double x, double y) {
        translateX = -x * scale.get();
        translateY = -y * scale.get();
        version++;
    }

    /** The canvas rectangle a screen area of the given size shows. */
    public dev.bulkhead.model.Geometry visibleArea(double screenWidth, double screenHeight) {
        double s = scale.get();
        return new dev.bulkhead.model.Geometry(toCanvasX(0), toCanvasY(0), Math.max(1, screenWidth / s), Math.max(1, screenHeight / s));
    }

    /** Zooms by a factor around a screen point. */
    public void zoomAt(double factor, double screenX, double screenY) {
        setScale(scale.get() * factor, screenX, screenY);
    }

    /**
     * Sets the scale, keeping the given screen point over the same canvas point. Not below {@link #MIN_SCALE}, nor below
     * the current scale when Fit went lower (zooming out from there must not zoom in).
     */
    public void setScale(double newScale, double screenX, double screenY) {
        double clamped = Math.max(Math.min(MIN_SCALE, scale.get()), Math.min(MAX_SCALE, newScale));
        double canvasX = toCanvasX(screenX);
        double canvasY = toCanvasY(screenY);
        scale.set(clamped);
        translateX = screenX - canvasX * clamped;
        translateY = screenY - canvasY * clamped;
        version++;
    }

    /** Shows a canvas rectangle centred in a screen area, at a scale that fits it (at most 100%). */
    public void fit(double x, double y, double width, double height, double screenWidth, double screenHeight) {
        double margin = 32;
        double fitted = Math.min((screenWidth - 2 * margin) / Math.max(1, width), (screenHeight - 2 * margin) / Math.max(1, height));
        double clamped = Math.max(MIN_FIT_SCALE, Math.min(1, fitted));
        scale.set(clamped);
        translateX = (screenWidth - width * clamped) / 2 - x * clamped;
        translateY = (screenHeight - height * clamped) / 2 - y * clamped;
        version++;
    }
}
