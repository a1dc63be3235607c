package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.Icon;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The drawing surface on a JavaFX canvas: each call goes straight to the graphics context. Colours and fonts
 * are converted once and cached, and text is measured once per distinct string, so that a frame allocates
 * nothing the old direct drawing did not.
 */
public final class FxSurface implements DrawingSurface {
    private final CanvasTheme theme;
    private final Map<DiagramFont, Font> fonts = new HashMap<>();
    private final Map<DiagramFont, Map<String, Double>> widths = new HashMap<>();
    private final PolylineClip visibleArea = new PolylineClip();
    private GraphicsContext g;
    /** The scale of the transform set last: what a font's size is multiplied by on screen. */
    private double scale = 1;
    /** The smallest text drawn on screen since {@link #startMeasuring}, in pixels, and which text it was. */
    private double smallestPixels = Double.POSITIVE_INFINITY;
    private String smallestText = "";

    public FxSurface(CanvasTheme theme) {
        this.theme = theme;
    }

    /** Draws onto this context from now on. */
    public FxSurface on(GraphicsContext context) {
        this.g = context;
        // Until a transform is set through this surface, what the canvas shows of a line is not known: none is cut.
        visibleArea.unbounded();
        return this;
    }

    @Override
    public void transform(double scale, double translateX, double translateY) {
        this.scale = scale;
        g.setTransform(scale, 0, 0, scale, translateX, translateY);
        visibleArea.set(scale, translateX, translateY, g.getCanvas().getWidth(), g.getCanvas().getHeight());
    }

    /**
     * Forgets the smallest text measured so far; call before a frame. Presentation mode's test reads what a frame
     * drew on screen, for a canvas's text is no node that a scene walk could measure.
     */
    public void startMeasuring() {
        smallestPixels = Double.POSITIVE_INFINITY;
        smallestText = "";
    }

    /** The smallest text drawn since {@link #startMeasuring}: its font size times the scale, in pixels. */
    public double smallestTextPixels() {
        return smallestPixels;
    }

    /** The text drawn smallest since {@link #startMeasuring}, or empty. */
    public String smallestText() {
        return smallestText;
    }

    @Override
    public void fill(Colour colour) {
        g.setFill(theme.fx(colour));
    }

    @Override
    public void stroke(Colour colour) {
        g.setStroke(theme.fx(colour));
    }

    @Override
    public void lineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void dashes(double dash, double gap) {
        if (dash <= 0) {
            g.setLineDashes((double[]) null);
        } else {
            g.setLineDashes(dash, gap);
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        g.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        g.fillRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        g.strokeRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        g.strokeOval(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        g.fillPolygon(xs, ys, count);
    }

    @Override
    public void strokePolyline(double[] points) {
        g.beginPath();
        if (!visibleArea.clip(points, this::moveTo, this::lineTo)) {
            return;
        }
        g.stroke();
    }

    private void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    private void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void text(String text, DiagramFont font, double x, double centreY, Align align, double maxWidth) {
        double pixels = font.size() * scale;
        if (pixels < smallestPixels) {
            smallestPixels = pixels;
            smallestText = text;
        }
        g.setFont(font(font));
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.setTextBaseline(VPos.CENTER);
        if (maxWidth > 0) {
            g.fillText(text, x, centreY, maxWidth);
        } else {
            g.fillText(text, x, centreY);
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    @Override
    public void verticalText(String text, DiagramFont font, double centreX, double centreY) {
        g.save();
        g.translate(centreX, centreY);
        g.rotate(-90);
        text(text, font, 0, 0, Align.CENTER, 0);
        g.restore();
    }

    @Override
    public double textWidth(String text, DiagramFont font) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(text, t -> {
            Text measure = new Text(t);
            measure.setFont(font(font));
            return measure.getLayoutBounds().getWidth();
        });
    }

    @Override
    public void icon(Icon icon, double size, double x, double centreY) {
        g.setFont(ElementIcons.font(size));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(icon.glyph(), x, centreY);
    }

    private Font font(DiagramFont font) {
        Font fx = fonts.get(font);
        if (fx == null) {
            fx = font.semiBold() ? theme.semiBold(font.size()) : theme.regular(font.size());
            fonts.put(font, fx);
        }
        return fx;
    }
}
