package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws what sits above the diagram in screen space: selection outlines, the grips of {@link Handles}, the
 * ghost of a shape being resized, and whatever the gesture in progress shows (rubber band, rubber
 * line, drop target). The diagram itself is not redrawn while a gesture runs.
 */
final class SelectionOverlay {
    private final CanvasTheme theme;

    SelectionOverlay(CanvasTheme theme) {
        this.theme = theme;
    }

    /** Draws the overlay afresh; returns false when there is nothing to show (the canvas is only cleared). */
    boolean draw(GraphicsContext g, double width, double height, SceneLayout scene, Viewport viewport,
                 SelectionModel selection, DragPreview preview, List<Handles.Handle> handles, CanvasOverlay gesture) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, width, height);
        return drawOver(g, width, height, scene, viewport, selection, preview, handles, gesture);
    }

    /**
     * Draws the overlay over what the canvas holds (the diagram's picture, during a zoom gesture); returns false when
     * there is nothing to show.
     */
    boolean drawOver(GraphicsContext g, double width, double height, SceneLayout scene, Viewport viewport,
                     SelectionModel selection, DragPreview preview, List<Handles.Handle> handles, CanvasOverlay gesture) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        if (selection.selected().isEmpty() && preview.resized() == null && handles.isEmpty() && gesture == null) {
            return false;
        }
        Geometry visible = viewport.visibleArea(width, height);
        Color accent = theme.color("-bh-selection");
        g.setStroke(accent);
        if (preview.resized() != null) {
            resizeGhost(g, viewport, preview, accent);
        }
        boolean many = selection.selected().size() > GhostLayer.MANY_GHOSTS;
        // While shapes are dragged their ghosts say where they go; outlining them where they were would double the work.
        for (ElementId id : preview.isEmpty() ? selection.ordered() : List.<ElementId>of()) {
            double[] route = scene.route(id);
            if (route != null) {
                connection(g, viewport, route, accent);
                continue;
            }
            Geometry box = scene.bounds(id);
            if (box == null) {
                continue;
            }
            if (!box.intersects(visible)) {
                continue;
            }
            g.setLineWidth(2);
            g.setLineDashes((double[]) null);
            double x = viewport.toScreenX(box.x()) - 3;
            double y = viewport.toScreenY(box.y()) - 3;
            double w = box.width() * viewport.scale() + 6;
            double h = box.height() * viewport.scale() + 6;
            if (many) {
                g.strokeRect(x, y, w, h); // square corners cost far less to rasterise, hundreds of times a frame
            } else {
                g.strokeRoundRect(x, y, w, h, 10, 10);
            }
        }
        if (preview.isEmpty()) {
            for (Handles.Handle handle : handles) {
                grip(g, handle, accent);
            }
        }
        if (gesture != null) {
            gesture.paint(g, viewport, theme);
        }
        return true;
    }

    /** A resized shape's new outline, dashed (the ghosts of moved shapes are on the {@link GhostLayer}). */
    private static void resizeGhost(GraphicsContext g, Viewport viewport, DragPreview preview, Color accent) {
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        GhostLayer.ghost(g, viewport, preview.resizedBounds(), accent, true);
        g.setLineDashes((double[]) null);
    }

    private static void connection(GraphicsContext g, Viewport viewport, double[] route, Color accent) {
        g.setLineWidth(3.5);
        g.setStroke(accent.deriveColor(0, 1, 1, 0.45));
        g.beginPath();
        g.moveTo(viewport.toScreenX(route[0]), viewport.toScreenY(route[1]));
        for (int i = 2; i < route.length; i += 2) {
            g.lineTo(viewport.toScreenX(route[i]), viewport.toScreenY(route[i + 1]));
        }
        g.stroke();
        g.setStroke(accent);
    }

    private void grip(GraphicsContext g, Handles.Handle handle, Color accent) {
        double half = Handles.SIZE / 2;
        g.setLineWidth(1.5);
        if (handle.kind() == Handles.Kind.CONNECT_PORT) {
            g.setFill(accent);
            g.fillOval(handle.x() - half - 1, handle.y() - half - 1, Handles.SIZE + 2, Handles.SIZE + 2);
            g.setStroke(Color.WHITE);
            g.strokeLine(handle.x() - 2.5, handle.y(), handle.x() + 2.5, handle.y());
            g.strokeLine(handle.x(), handle.y() - 2.5, handle.x(), handle.y() + 2.5);
            g.setStroke(accent);
            return;
        }
        g.setFill(theme.color("-bh-surface"));
        if (handle.kind() == Handles.Kind.CONNECTION_START || handle.kind() == Handles.Kind.CONNECTION_END) {
            g.fillOval(handle.x() - half, handle.y() - half, Handles.SIZE, Handles.SIZE);
            g.strokeOval(handle.x() - half, handle.y() - half, Handles.SIZE, Handles.SIZE);
        } else {
            g.fillRect(handle.x() - half, handle.y() - half, Handles.SIZE, Handles.SIZE);
            g.strokeRect(handle.x() - half, handle.y() - half, Handles.SIZE, Handles.SIZE);
        }
    }
}
