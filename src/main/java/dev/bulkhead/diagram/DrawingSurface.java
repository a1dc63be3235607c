package dev.bulkhead.diagram;

/**
 * What the diagram and chart painters draw on: the JavaFX canvas in the app, and SVG, Java2D (PNG) and PDF in
 * the exports. Deliberately small and stateful like a graphics context (a fill, a stroke, a line width, a
 * transform), so that the canvas adapter is a thin, allocation-free pass-through. Coordinates are in diagram
 * units; the transform maps them to the target's.
 */
public interface DrawingSurface {
    /** Horizontal alignment of text at its anchor. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Sets the transform from diagram units to the target: {@code target = unit * scale + translate}. */
    void transform(double scale, double translateX, double translateY);

    void fill(Colour colour);

    void stroke(Colour colour);

    void lineWidth(double width);

    /** Dashed strokes from now on ({@code dash} on, {@code gap} off), or solid ones with {@code dash <= 0}. */
    void dashes(double dash, double gap);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    /** A rectangle with rounded corners; {@code arc} is the corners' diameter, as in JavaFX. */
    void fillRoundRect(double x, double y, double width, double height, double arc);

    void strokeRoundRect(double x, double y, double width, double height, double arc);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** A closed polygon of {@code count} points. */
    void fillPolygon(double[] xs, double[] ys, int count);

    /** An open line through x,y pairs. */
    void strokePolyline(double[] points);

    /**
     * Text in the current fill, vertically centred on {@code centreY}, squeezed horizontally when wider than
     * {@code maxWidth} (no limit when {@code maxWidth <= 0}), as JavaFX's {@code fillText} does.
     */
    void text(String text, DiagramFont font, double x, double centreY, Align align, double maxWidth);

    /** Text turned a quarter anticlockwise, centred on the point (a chart's vertical axis title). */
    void verticalText(String text, DiagramFont font, double centreX, double centreY);

    /** How wide a text is in a font, in diagram units. */
    double textWidth(String text, DiagramFont font);

    /** An icon of {@code size} in the current fill, its left edge at x, vertically centred on {@code centreY}. */
    void icon(Icon icon, double size, double x, double centreY);
}
