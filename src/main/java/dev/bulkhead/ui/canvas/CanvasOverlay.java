package dev.bulkhead.ui.canvas;

import javafx.scene.canvas.GraphicsContext;

/** What a gesture in progress draws above the diagram, in screen coordinates. */
@FunctionalInterface
public interface CanvasOverlay {
    void paint(GraphicsContext g, Viewport viewport, CanvasTheme theme);
}
