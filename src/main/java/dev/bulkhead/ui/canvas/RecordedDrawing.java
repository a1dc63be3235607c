package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.Icon;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * A frame's drawing commands kept in order instead of drawn, so that they can be played onto a canvas a part at
 * a time ({@link SharpDrawing}): the renderer walks the scene once, and played in full, in order, the commands
 * draw exactly what drawing directly would. Text is measured by the surface the commands will be played on, as
 * the painter measures while it draws.
 */
final class RecordedDrawing implements DrawingSurface {
    private final DrawingSurface measure;
    private final List<Consumer<DrawingSurface>> commands = new ArrayList<>();
    /** Per command, whether it puts pixels down (state changes cost the rasteriser nothing). */
    private final BitSet paints = new BitSet();

    RecordedDrawing(DrawingSurface measure) {
        this.measure = measure;
    }

    /** How many commands were recorded. */
    int size() {
        return commands.size();
    }

    /** How many of them put pixels down. */
    int shapes() {
        return paints.cardinality();
    }

    /**
     * Plays commands from {@code from} on until {@code shapes} of them have put pixels down or none is left (state
     * changes ride along with the shapes after them); returns the index to go on from.
     */
    int play(DrawingSurface target, int from, int shapes) {
        int next = from;
        int drawn = 0;
        while (next < commands.size() && drawn < shapes) {
            commands.get(next).accept(target);
            if (paints.get(next)) {
                drawn++;
            }
            next++;
        }
        return next;
    }

    private void state(Consumer<DrawingSurface> command) {
        commands.add(command);
    }

    private void shape(Consumer<DrawingSurface> command) {
        paints.set(commands.size());
        commands.add(command);
    }

    @Override
    public void transform(double scale, double translateX, double translateY) {
        state(g -> g.transform(scale, translateX, translateY));
    }

    @Override
    public void fill(Colour colour) {
        state(g -> g.fill(colour));
    }

    @Override
    public void stroke(Colour colour) {
        state(g -> g.stroke(colour));
    }

    @Override
    public void lineWidth(double width) {
        state(g -> g.lineWidth(width));
    }

    @Override
    public void dashes(double dash, double gap) {
        state(g -> g.dashes(dash, gap));
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        shape(g -> g.fillRect(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        shape(g -> g.strokeRect(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        shape(g -> g.fillRoundRect(x, y, width, height, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        shape(g -> g.strokeRoundRect(x, y, width, height, arc));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        shape(g -> g.fillOval(x, y, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        shape(g -> g.strokeOval(x, y, width, height));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        shape(g -> g.strokeLine(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        // Painters may reuse their arrays for the next shape: keep copies.
        double[] x = xs.clone();
        double[] y = ys.clone();
        shape(g -> g.fillPolygon(x, y, count));
    }

    @Override
    public void strokePolyline(double[] points) {
        double[] copy = points.clone();
        shape(g -> g.strokePolyline(copy));
    }

    @Override
    public void text(String text, DiagramFont font, double x, double centreY, Align align, double maxWidth) {
        shape(g -> g.text(text, font, x, centreY, align, maxWidth));
    }

    @Override
    public void verticalText(String text, DiagramFont font, double centreX, double centreY) {
        shape(g -> g.verticalText(text, font, centreX, centreY));
    }

    @Override
    public double textWidth(String text, DiagramFont font) {
        return measure.textWidth(text, font);
    }

    @Override
    public void icon(Icon icon, double size, double x, double centreY) {
        shape(g -> g.icon(icon, size, x, centreY));
    }
}
