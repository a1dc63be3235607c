package dev.bulkhead.ui.canvas.gesture;

import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.DragPreview;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.ui.canvas.SelectionRoots;
import dev.bulkhead.ui.canvas.SelectionModel;
import java.util.List;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * Press on a shape: selects it (shift or ctrl toggles it), and dragging moves the whole selection as a
 * preview. On release the model changes once; dropped over another container of the right kind, a single
 * element moves into it, and where it cannot live the move is refused with a hint.
 */
final class SelectAndMoveGesture implements CanvasGesture {
    /** Screen distance before a press becomes a drag, so that clicks do not nudge shapes. */
    private static final double DRAG_THRESHOLD = 4;

    private final CanvasView view;
    private final Element pressed;
    private final double startX;
    private final double startY;
    private final boolean selectOnlyOnClick;
    /** The dragged shapes with their contents: none of them can be the drop target. */
    private Set<ElementId> moving;
    private List<ElementId> roots;
    private List<ElementId> selectionAtStart;
    /** The dragged element when exactly one shape (with its contents) moves, else null. */
    private Element single;
    private boolean dragging;

    SelectAndMoveGesture(CanvasView view, Element pressed, double x, double y, MouseEvent event) {
        this.view = view;
        this.pressed = pressed;
        this.startX = x;
        this.startY = y;
        SelectionModel selection = view.selection();
        boolean additive = event.isShiftDown() || event.isShortcutDown();
        if (additive) {
            selection.toggle(pressed.id());
            selectOnlyOnClick = false;
        } else if (!selection.isSelected(pressed.id())) {
            selection.select(pressed.id());
            selectOnlyOnClick = false;
        } else {
            selectOnlyOnClick = selection.selected().size() > 1;
        }
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        if (!dragging && Math.hypot(x - startX, y - startY) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            selectionAtStart = view.selection().ordered();
            Model model = view.scene().model();
            List<Element> outermost = SelectionRoots.of(model, selectionAtStart);
            roots = outermost.stream().map(Element::id).toList();
            moving = SelectionRoots.withContents(model, outermost);
            single = outermost.size() == 1 ? outermost.get(0) : null;
            if (moving.isEmpty()) {
                dragging = false;
                return;
            }
        }
        double scale = view.viewport().scale();
        double dx = (x - startX) / scale;
        double dy = (y - startY) / scale;
        view.setPreview(DragPreview.move(roots, dx, dy));
        view.setGestureOverlay(dropFeedback(x, y));
    }

    @Override
    public void release(double x, double y, MouseEvent event) {
        if (!dragging) {
            if (selectOnlyOnClick) {
                view.selection().select(pressed.id());
            }
            return;
        }
        double scale = view.viewport().scale();
        double dx = (x - startX) / scale;
        double dy = (y - startY) / scale;
        SceneLayout scene = view.scene();
        view.setPreview(DragPreview.NONE);
        view.setGestureOverlay(null);
        view.apply(view.edits().move(selectionAtStart, dx, dy, view.viewport().toCanvasX(x), view.viewport().toCanvasY(y),
                scene, view.snapToGridProperty().get()));
    }

    @Override
    public void cancel() {
        view.setPreview(DragPreview.NONE);
        view.setGestureOverlay(null);
    }

    /** Where a single dragged element would land: its new container outlined, or a refusal at the pointer. */
    private dev.bulkhead.ui.canvas.CanvasOverlay dropFeedback(double x, double y) {
        Element element = single;
        if (element == null || !element.kind().isContained()) {
            return null;
        }
        SceneLayout scene = view.scene();
        Element target = scene.containerAt(view.viewport().toCanvasX(x), view.viewport().toCanvasY(y),
                element.kind().parentKind(), moving);
        if (target == null) {
            String hint = dev.bulkhead.ui.canvas.CanvasEdits.placementHint(element.kind());
            return (g, viewport, theme) -> Feedback.note(g, theme, hint, x, y, true);
        }
        if (target.id().equals(element.parentId())) {
            return null;
        }
        Geometry box = scene.bounds(target.id());
        String note = "Move into " + target.name();
        return (g, viewport, theme) -> {
            Feedback.target(g, viewport, theme, box, true);
            Feedback.note(g, theme, note, x, y, false);
        };
    }
}
