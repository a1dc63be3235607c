package dev.bulkhead.ui.canvas.gesture;

import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.ui.canvas.CanvasEdits;
import dev.bulkhead.ui.canvas.CanvasView;
import javafx.scene.input.MouseEvent;

/**
 * Drags a new connection out of a tenant, agent or endpoint (or, with {@code connection} set, one end of an
 * existing connection to another element). The element under the pointer is outlined green when it can take
 * the connection; releasing there connects, releasing anywhere else changes nothing.
 */
final class ConnectGesture implements CanvasGesture {
    private static final String TARGET_HINT = "Drop on a tenant, agent or external endpoint";

    private final CanvasView view;
    private final ElementId anchor;
    private final Connection connection;
    private final boolean movingStart;

    /** A new connection from {@code from}. */
    ConnectGesture(CanvasView view, ElementId from) {
        this(view, from, null, false);
    }

    /**
     * Moves one end of {@code connection}; the line is drawn from the end that stays.
     *
     * @param movingStart whether the start (rather than the end) is being moved
     */
    static ConnectGesture reconnect(CanvasView view, Connection connection, boolean movingStart) {
        return new ConnectGesture(view, movingStart ? connection.to() : connection.from(), connection, movingStart);
    }

    private ConnectGesture(CanvasView view, ElementId anchor, Connection connection, boolean movingStart) {
        this.view = view;
        this.anchor = anchor;
        this.connection = connection;
        this.movingStart = movingStart;
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        SceneLayout scene = view.scene();
        Geometry from = scene.visibleBoundsOf(anchor);
        if (from == null) {
            return;
        }
        Element target = targetAt(x, y);
        boolean acceptable = target != null && !target.id().equals(anchor);
        Geometry targetBox = target == null ? null : scene.bounds(target.id());
        view.setGestureOverlay((g, viewport, theme) -> {
            if (targetBox != null) {
                Feedback.target(g, viewport, theme, targetBox, acceptable);
            }
            Feedback.rubberLine(g, theme, viewport.toScreenX(from.x() + from.width() / 2),
                    viewport.toScreenY(from.y() + from.height() / 2), x, y);
            if (target == null) {
                Feedback.note(g, theme, TARGET_HINT, x, y, false);
            }
        });
    }

    @Override
    public void release(double x, double y, MouseEvent event) {
        view.setGestureOverlay(null);
        Element target = targetAt(x, y);
        if (target == null) {
            view.showHint(TARGET_HINT);
            return;
        }
        CanvasEdits edits = view.edits();
        CanvasEdits.Outcome outcome = connection == null ? edits.connect(anchor, target.id())
                : edits.reconnect(connection.id(), movingStart, target.id());
        view.apply(outcome);
    }

    @Override
    public void cancel() {
        view.setGestureOverlay(null);
    }

    /** The innermost connectable element under a screen point, or null. */
    private Element targetAt(double x, double y) {
        SceneLayout scene = view.scene();
        Element element = scene.elementAt(view.viewport().toCanvasX(x), view.viewport().toCanvasY(y));
        return element != null && element.kind().isConnectable() ? element : null;
    }
}
