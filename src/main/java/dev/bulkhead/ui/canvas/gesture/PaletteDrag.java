package dev.bulkhead.ui.canvas.gesture;

import dev.bulkhead.diagram.ElementSizes;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.ui.canvas.CanvasEdits;
import dev.bulkhead.ui.canvas.CanvasView;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Creating from the palette: drag an item onto the canvas and a ghost of the new shape follows the pointer,
 * outlining the container it would land in (or saying why it cannot land there); release creates it. A click
 * instead adds it to the selected container. This uses plain mouse events (the press grabs the mouse) rather
 * than platform drag-and-drop, so it behaves the same on every platform and under test robots.
 */
public final class PaletteDrag {
    private final CanvasView view;
    private final ElementKind kind;
    private boolean dragged;

    private PaletteDrag(CanvasView view, ElementKind kind) {
        this.view = view;
        this.kind = kind;
    }

    /** Lets a palette item create elements of a kind on the canvas. */
    public static void install(Node item, ElementKind kind, CanvasView view) {
        PaletteDrag drag = new PaletteDrag(view, kind);
        item.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                drag.dragged = false;
            }
        });
        item.addEventHandler(MouseEvent.MOUSE_DRAGGED, drag::dragged);
        item.addEventHandler(MouseEvent.MOUSE_RELEASED, drag::released);
    }

    private void dragged(MouseEvent e) {
        dragged = true;
        Point2D point = view.sceneToCanvas(e.getSceneX(), e.getSceneY());
        if (point == null) {
            view.setGestureOverlay(null);
            return;
        }
        double x = point.getX();
        double y = point.getY();
        Element container = kind.isContained() ? view.scene().containerAt(x, y, kind.parentKind(), java.util.Set.of()) : null;
        boolean refused = kind.isContained() && container == null;
        Geometry target = container == null ? null : view.scene().bounds(container.id());
        Point2D local = view.sceneToLocal(e.getSceneX(), e.getSceneY());
        view.setGestureOverlay((g, viewport, theme) -> {
            double scale = viewport.scale();
            g.setFill(theme.color("-bh-selection").deriveColor(0, 1, 1, 0.12));
            g.setStroke(theme.color("-bh-selection"));
            g.setLineWidth(1.5);
            g.fillRoundRect(local.getX(), local.getY(), ElementSizes.defaultWidth(kind) * scale,
                    ElementSizes.defaultHeight(kind) * scale, 10, 10);
            g.strokeRoundRect(local.getX(), local.getY(), ElementSizes.defaultWidth(kind) * scale,
                    ElementSizes.defaultHeight(kind) * scale, 10, 10);
            if (target != null) {
                Feedback.target(g, viewport, theme, target, true);
            }
            if (refused) {
                Feedback.note(g, theme, CanvasEdits.placementHint(kind), local.getX(), local.getY(), true);
            }
        });
        e.consume();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        view.setGestureOverlay(null);
        if (dragged) {
            view.createAt(kind, e.getSceneX(), e.getSceneY());
        } else {
            view.apply(view.edits().createInside(kind, containerFromSelection()));
            view.requestFocus();
        }
        e.consume();
    }

    /** The selected element, or its nearest container, that can hold the new kind; or null. */
    private ElementId containerFromSelection() {
        if (!kind.isContained()) {
            return null;
        }
        Model model = view.document().snapshot();
        ElementId id = view.selection().primary();
        for (Element e = id == null ? null : model.find(id).orElse(null); e != null;
             e = e.parentId() == null ? null : model.find(e.parentId()).orElse(null)) {
            if (e.kind() == kind.parentKind()) {
                return e.id();
            }
        }
        // With exactly one possible container, there is nothing to choose.
        var candidates = model.all(Element.class).stream().filter(c -> c.kind() == kind.parentKind()).toList();
        return candidates.size() == 1 ? candidates.get(0).id() : null;
    }
}
