package dev.bulkhead.ui.compare;

import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.ui.canvas.CanvasTheme;
import dev.bulkhead.ui.canvas.FxSurface;
import javafx.beans.InvalidationListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * A chart that a toolkit-free painter of {@code dev.bulkhead.diagram.chart} draws onto a canvas, through the same
 * {@link DrawingSurface} the reports and saved files use, so the app and the report show one drawing. Only what
 * the user points at (a point, a crossover) gets a scene-graph node: a transparent circle over the drawn mark that
 * carries its tooltip, its click and its id for tests. Redrawn on every layout pass (a resize, new data) and when
 * the window's theme changes.
 */
public abstract class PaintedChart extends Pane {
    private final Canvas canvas = new Canvas();
    private final InvalidationListener themeChanged = o -> requestLayout();
    private FxSurface light;
    private FxSurface dark;
    /** How many screen pixels a unit of the drawing takes: above 1 the whole chart is drawn larger (presentation mode). */
    private double magnification = 1;
    /** The drawing surface of the last frame, for what it measured. */
    private FxSurface drawnOn;

    protected PaintedChart() {
        // Unmanaged: the canvas follows the chart's size and must not feed back into what the chart asks for.
        canvas.setManaged(false);
        getChildren().add(canvas);
        sceneProperty().addListener((o, before, scene) -> {
            if (before != null) {
                before.getStylesheets().removeListener(themeChanged);
            }
            if (scene != null) {
                scene.getStylesheets().addListener(themeChanged);
            }
            requestLayout();
        });
    }

    /** Draws the chart on the canvas through its public drawing method, and lays out the targets the app needs. */
    protected abstract void paint(DrawingSurface surface, DiagramTheme theme);

    /** The drawn width in the drawing's units: the whole pixels the canvas has, over the magnification. */
    protected final double drawnWidth() {
        return Math.floor(getWidth()) / magnification;
    }

    protected final double drawnHeight() {
        return Math.floor(getHeight()) / magnification;
    }

    /**
     * Draws the chart {@code factor} times larger in the same space, type, marks and lines alike, as a projector needs
     * (presentation mode); 1 is the usual size.
     */
    public final void setMagnification(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("a chart's magnification must be above 0, not " + factor);
        }
        magnification = factor;
        requestLayout();
    }

    public final double magnification() {
        return magnification;
    }

    /** The smallest text of the last frame as drawn on the canvas, in pixels (infinite when none was drawn), for tests. */
    public final double smallestTextPixels() {
        return drawnOn == null ? Double.POSITIVE_INFINITY : drawnOn.smallestTextPixels();
    }

    /** Which text that was, for a test's message. */
    public final String smallestText() {
        return drawnOn == null ? "" : drawnOn.smallestText();
    }

    /** Whether the window shows the dark theme (its stylesheets say so; the controls follow the same sheets). */
    protected final boolean darkTheme() {
        Scene scene = getScene();
        return scene != null && scene.getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"));
    }

    /** The theme the chart is drawn in now, for a file saved from it. */
    public final DiagramTheme theme() {
        return DiagramTheme.of(darkTheme());
    }

    @Override
    protected void layoutChildren() {
        getChildren().retainAll(canvas);
        double width = Math.floor(getWidth());
        double height = Math.floor(getHeight());
        canvas.setWidth(Math.max(0, width));
        canvas.setHeight(Math.max(0, height));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (width <= 0 || height <= 0) {
            drawnOn = null;
            return;
        }
        boolean isDark = darkTheme();
        drawnOn = surface(isDark).on(g);
        drawnOn.startMeasuring();
        drawnOn.transform(magnification, 0, 0);
        paint(drawnOn, DiagramTheme.of(isDark));
    }

    private FxSurface surface(boolean isDark) {
        if (isDark) {
            dark = dark == null ? new FxSurface(CanvasTheme.of(true)) : dark;
            return dark;
        }
        light = light == null ? new FxSurface(CanvasTheme.of(false)) : light;
        return light;
    }

    /** A transparent target over a drawn mark: hand cursor, tooltip, and whatever the caller adds to it. */
    protected final Circle target(String id, double x, double y, double radius, String tooltip) {
        Circle target = new Circle(x * magnification, y * magnification, radius * magnification, Color.TRANSPARENT);
        target.setId(id);
        target.setCursor(Cursor.HAND);
        Tooltip tip = new Tooltip(tooltip);
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.INDEFINITE);
        Tooltip.install(target, tip);
        add(target);
        return target;
    }

    private void add(Node node) {
        node.setManaged(false);
        getChildren().add(node);
    }
}
