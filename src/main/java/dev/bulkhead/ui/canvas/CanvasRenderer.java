package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws the visible part of the scene: only elements and connections that overlap the viewport are drawn,
 * and text is left out when zoomed too far out to read. Passes: containers, connection lines (under the
 * boxes they join), boxes, connection labels (over everything, to stay readable). Gestures in progress are
 * not drawn here: their ghosts go on the overlay, so that a drag never redraws the diagram.
 */
public final class CanvasRenderer {
    private static final double GRID_STEP = 24;

    private static final double LABEL_HEIGHT = 18;
    private final CanvasTheme theme;
    private final ElementPainter painter;

    public CanvasRenderer(CanvasTheme theme) {
        this.theme = theme;
        this.painter = new ElementPainter(theme);
    }

    public CanvasTheme theme() {
        return theme;
    }

    /** Draws a frame on a canvas of the given size; returns how many shapes were drawn. */
    public int draw(GraphicsContext g, double width, double height, SceneLayout scene, Viewport viewport, Decorations marks) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(theme.color("-bh-canvas"));
        g.fillRect(0, 0, width, height);
        double scale = viewport.scale();
        Geometry visible = new Geometry(viewport.toCanvasX(0), viewport.toCanvasY(0), Math.max(1, width / scale),
                Math.max(1, height / scale));
        g.setTransform(scale, 0, 0, scale, viewport.translateX(), viewport.translateY());
        if (scale >= 0.5) {
            grid(g, visible);
        }
        int detail = detail(scale);
        Model model = scene.model();
        List<Element> elements = scene.elementsIn(visible);
        List<Element> leaves = new ArrayList<>(elements.size());
        int drawn = 0;
        for (Element element : elements) {
            if (ElementSizes.isContainer(element.kind()) && element.kind() != dev.bulkhead.model.ElementKind.TENANT) {
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
        g.setTransform(1, 0, 0, 1, 0, 0);
        return drawn;
    }

    private void grid(GraphicsContext g, Geometry visible) {
        g.setFill(theme.color("-bh-grid"));
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
    static int detail(double scale) {
        return scale >= 0.7 ? 2 : scale >= 0.35 ? 1 : 0;
    }

    private boolean connectionLine(GraphicsContext g, SceneLayout scene, ElementId id) {
        double[] p = scene.route(id);
        if (p == null) {
            return false;
        }
        Color color = theme.color("-bh-connection");
        g.setStroke(color);
        g.setLineWidth(1.4);
        g.beginPath();
        g.moveTo(p[0], p[1]);
        for (int i = 2; i < p.length; i += 2) {
            g.lineTo(p[i], p[i + 1]);
        }
        g.stroke();
        arrowHead(g, color, p[p.length - 4], p[p.length - 3], p[p.length - 2], p[p.length - 1]);
        return true;
    }

    private void connectionLabel(GraphicsContext g, SceneLayout scene, Model model, ElementId id, List<Geometry> placed) {
        double[] p = scene.route(id);
        if (p == null) {
            return;
        }
        dev.bulkhead.model.Connection connection = model.get(id, dev.bulkhead.model.Connection.class);
        String label = connection.portLabel();
        double width = painter.textWidth(label) + 14;
        Geometry box = LabelPlacement.place(p, width, LABEL_HEIGHT, area -> {
            List<Geometry> taken = new ArrayList<>(scene.labelObstaclesNear(area));
            taken.addAll(placed);
            return taken;
        });
        placed.add(box);
        double x = box.x() + box.width() / 2;
        double y = box.y() + box.height() / 2;
        g.setFill(theme.color("-bh-surface"));
        g.fillRoundRect(box.x(), box.y(), width, LABEL_HEIGHT, 6, 6);
        g.setStroke(theme.color("-bh-border"));
        g.setLineWidth(1);
        g.strokeRoundRect(box.x(), box.y(), width, LABEL_HEIGHT, 6, 6);
        g.setFill(theme.color("-bh-text"));
        g.setFont(theme.regular(10.5));
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        g.fillText(label, x, y);
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
    }

    private static void arrowHead(GraphicsContext g, Color color, double x1, double y1, double x2, double y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double length = 9;
        g.setFill(color);
        g.fillPolygon(new double[] {x2, x2 - length * Math.cos(angle - 0.4), x2 - length * Math.cos(angle + 0.4)},
                new double[] {y2, y2 - length * Math.sin(angle - 0.4), y2 - length * Math.sin(angle + 0.4)}, 3);
    }
}
