package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.Decorations;
import dev.bulkhead.diagram.DiagramRenderer;
import dev.bulkhead.diagram.SceneLayout;
import javafx.scene.canvas.GraphicsContext;

/**
 * Draws the visible part of the scene on the canvas through the toolkit-free {@link DiagramRenderer}, the same
 * code that draws every export. Gestures in progress are not drawn here: their ghosts go on the overlay, so that
 * a drag never redraws the diagram.
 */
public final class CanvasRenderer {
    private final CanvasTheme theme;
    private final DiagramRenderer renderer;
    private final FxSurface surface;

    public CanvasRenderer(CanvasTheme theme) {
        this.theme = theme;
        this.renderer = new DiagramRenderer(theme.diagram());
        this.surface = new FxSurface(theme);
    }

    public CanvasTheme theme() {
        return theme;
    }

    /** Draws a frame on a canvas of the given size; returns how many shapes were drawn. */
    public int draw(GraphicsContext g, double width, double height, SceneLayout scene, Viewport viewport, Decorations marks) {
        return draw(g, width, height, scene, viewport, marks, null);
    }

    /** As {@link #draw}, drawing only the elements (and the connections among them) in {@code include}; null: all. */
    public int draw(GraphicsContext g, double width, double height, SceneLayout scene, Viewport viewport, Decorations marks,
                    java.util.Set<dev.bulkhead.model.ElementId> include) {
        double scale = viewport.scale();
        surface.startMeasuring();
        // Read across a room, the detail is drawn as shapes and every text as a tag of the reading size.
        int detail = renderer.painter().isReading() ? 0 : detail(scale);
        return renderer.draw(surface.on(g), width, height, scale, viewport.translateX(), viewport.translateY(), scene, marks,
                detail, true, include);
    }

    /**
     * Records the frame {@link #draw} would draw, for {@link SharpDrawing} to put down over several frames; the
     * smallest text is measured as it is played.
     */
    RecordedDrawing record(double width, double height, SceneLayout scene, Viewport viewport, Decorations marks) {
        RecordedDrawing recorded = new RecordedDrawing(surface);
        int detail = renderer.painter().isReading() ? 0 : detail(viewport.scale());
        renderer.draw(recorded, width, height, viewport.scale(), viewport.translateX(), viewport.translateY(), scene, marks, detail,
                true);
        return recorded;
    }

    /** The surface a recorded frame is played through onto a canvas, measuring its text as {@link #draw} does. */
    FxSurface surfaceOn(GraphicsContext g) {
        surface.startMeasuring();
        return surface.on(g);
    }

    /** Draws for reading across a room with every text {@code pixels} high on screen, or as usual with 0. */
    public void reading(double pixels) {
        renderer.painter().reading(pixels);
    }

    /** The smallest text of the last frame, in pixels on screen (infinite when none was drawn), for tests. */
    public double smallestTextPixels() {
        return surface.smallestTextPixels();
    }

    /** Which text that was. */
    public String smallestText() {
        return surface.smallestText();
    }

    /** How much to draw at a zoom (see {@link DiagramRenderer#detail}). */
    static int detail(double scale) {
        return DiagramRenderer.detail(scale);
    }
}
