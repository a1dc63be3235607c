package dev.bulkhead.diagram;

import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the visible part of a scene onto any surface: only elements and connections that overlap the view are
 * drawn. Passes: containers, connection lines (under the boxes they join), boxes, connection labels (over
 * everything, to stay readable). The canvas calls it every frame, the exports once.
 */
public final class DiagramRenderer {
    private static final double GRID_STEP = 24;
    private static final double LABEL_HEIGHT = 18;
    static final DiagramFont LABEL = DiagramFont.regular(10.5);

    private final DiagramTheme theme;
    private final DiagramPainter painter;

    public DiagramRenderer(DiagramTheme theme) {
        this.theme = theme;
        this.painter = new DiagramPainter(theme);
    }

    public DiagramTheme theme() {
        return theme;
    }

    public DiagramPainter painter() {
        return painter;
    }

    /**
     * Draws a frame of {@code width} × {@code height} target units showing the scene at a scale and offset; returns
     * how many shapes were drawn.
     *
     * @param detail     2 everything, 1 titles only, 0 shapes only (see {@link #detail(double)})
     * @param background whether to paint the canvas colour (and, at 50% and more, the dot grid) first
     */
    public int draw(DrawingSurface g, double width, double height, double scale, double translateX, double translateY,
                    SceneLayout scene, Decorations marks, int detail, boolean background) {
        g.transform(1, 0, 0);
        if (background) {
            g.fill(theme.colour("-bh-canvas"));
            g.fillRect(0, 0, width, height);
        }
        Geometry visible = new Geometry(-translateX / scale, -translateY / scale, Math.max(1, width / scale),
                Math.max(1, height / scale));
        g.transform(scale, translateX, translateY);
        if (background && scale >= 0.5) {
            grid(g, visible);
        }
        Model model = scene.model();
        List<Element> elements = scene.elementsIn(visible);
        List<Element> leaves = new ArrayList<>(elements.size());
        int drawn = 0;
        for (Element element : elements) {
            if (DiagramPainter.drawnUnderConnections(element.kind())) {
                painter.paint(g, model, element, scene.bounds(element.id()), detail, marks);
                drawn++;
            } else {
                leaves.add(element);
            }
        }
        List<ElementId> connections = new ArrayList<>(scene.connectionsIn(visible));
        connections.sort(null);
        for (ElementId id : connections) {
            drawn += connectionLine(g, scene, id) ? 1 : 0;
        }
        for (Element element : leaves) {
            painter.paint(g, model, element, scene.bounds(element.id()), detail, marks);
            drawn++;
        }
        if (detail == 2) {
            List<Geometry> placed = new ArrayList<>();
            for (ElementId id : connections) {
                connectionLabel(g, scene, model, id, placed);
            }
        }
        g.transform(1, 0, 0);
        return drawn;
    }

    private void grid(DrawingSurface g, Geometry visible) {
        g.fill(theme.colour("-bh-grid"));
        double startX = Math.floor(visible.x() / GRID_STEP) * GRID_STEP;
        double startY = Math.floor(visible.y() / GRID_STEP) * GRID_STEP;
        for (double x = startX; x < visible.maxX(); x += GRID_STEP) {
            for (double y = startY; y < visible.maxY(); y += GRID_STEP) {
                g.fillRect(x - 1, y - 1, 2, 2);
            }
        }
    }

    /**
     * How much to draw at a zoom: 2 everything, 1 titles only, 0 shapes only. Below about 70% the small print
     * is under 8 px and below about 35% titles are too; leaving them out keeps large diagrams fluid.
     */
    public static int detail(double scale) {
        return scale >= 0.7 ? 2 : scale >= 0.35 ? 1 : 0;
    }

    private boolean connectionLine(DrawingSurface g, SceneLayout scene, ElementId id) {
        double[] p = scene.route(id);
        if (p == null) {
            return false;
        }
        Colour colour = theme.colour("-bh-connection");
        g.stroke(colour);
        g.lineWidth(1.4);
        g.strokePolyline(p);
        arrowHead(g, colour, p[p.length - 4], p[p.length - 3], p[p.length - 2], p[p.length - 1]);
        return true;
    }

    private void connectionLabel(DrawingSurface g, SceneLayout scene, Model model, ElementId id, List<Geometry> placed) {
        double[] p = scene.route(id);
        if (p == null) {
            return;
        }
        Connection connection = model.get(id, Connection.class);
        String label = connection.portLabel();
        double width = Math.ceil(g.textWidth(label, LABEL)) + 14;
        Geometry box = LabelPlacement.place(p, width, LABEL_HEIGHT, area -> {
            List<Geometry> taken = new ArrayList<>(scene.labelObstaclesNear(area));
            taken.addAll(placed);
            return taken;
        });
        placed.add(box);
        g.fill(theme.colour("-bh-surface"));
        g.fillRoundRect(box.x(), box.y(), width, LABEL_HEIGHT, 6);
        g.stroke(theme.colour("-bh-border"));
        g.lineWidth(1);
        g.strokeRoundRect(box.x(), box.y(), width, LABEL_HEIGHT, 6);
        g.fill(theme.colour("-bh-text"));
        g.text(label, LABEL, box.x() + box.width() / 2, box.y() + box.height() / 2, Align.CENTER, 0);
    }

    private static void arrowHead(DrawingSurface g, Colour colour, double x1, double y1, double x2, double y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double length = 9;
        g.fill(colour);
        g.fillPolygon(new double[] {x2, x2 - length * Math.cos(angle - 0.4), x2 - length * Math.cos(angle + 0.4)},
                new double[] {y2, y2 - length * Math.sin(angle - 0.4), y2 - length * Math.sin(angle + 0.4)}, 3);
    }
}
