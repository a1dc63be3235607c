package dev.bulkhead.ui.canvas.gesture;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.Viewport;
import java.util.List;
import javafx.scene.input.MouseEvent;

/**
 * Press on empty canvas and drag: a rubber band selects the shapes wholly inside it (shift or ctrl adds
 * them to the selection). A plain click on empty canvas clears the selection.
 */
final class MarqueeGesture implements CanvasGesture {
    private final CanvasView view;
    private final double startX;
    private final double startY;
    private final boolean additive;
    private boolean dragged;

    MarqueeGesture(CanvasView view, double x, double y, MouseEvent event) {
        this.view = view;
        this.startX = x;
        this.startY = y;
        this.additive = event.isShiftDown() || event.isShortcutDown();
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        dragged = dragged || Math.hypot(x - startX, y - startY) > 3;
        double left = Math.min(startX, x);
        double top = Math.min(startY, y);
        double width = Math.abs(x - startX);
        double height = Math.abs(y - startY);
        view.setGestureOverlay((g, viewport, theme) -> {
            g.setFill(theme.color("-bh-selection").deriveColor(0, 1, 1, 0.08));
            g.fillRect(left, top, width, height);
            g.setStroke(theme.color("-bh-selection"));
            g.setLineWidth(1);
            g.setLineDashes(4, 3);
            g.strokeRect(left + 0.5, top + 0.5, width, height);
            g.setLineDashes((double[]) null);
        });
    }

    @Override
    public void release(double x, double y, MouseEvent event) {
        view.setGestureOverlay(null);
        if (!dragged) {
            if (!additive) {
                view.selection().clear();
            }
            return;
        }
        Viewport viewport = view.viewport();
        double left = viewport.toCanvasX(Math.min(startX, x));
        double top = viewport.toCanvasY(Math.min(startY, y));
        Geometry band = new Geometry(left, top, Math.max(1, Math.abs(x - startX) / viewport.scale()),
                Math.max(1, Math.abs(y - startY) / viewport.scale()));
        List<ElementId> inside = view.scene().enclosedBy(band);
        if (additive) {
            view.selection().add(inside);
        } else {
            view.selection().setAll(inside);
        }
    }

    @Override
    public void cancel() {
        view.setGestureOverlay(null);
    }
}
