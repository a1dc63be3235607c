package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field that renames an element in place, over its title. Enter or leaving the field commits,
 * Escape cancels. It follows the element when the view pans or zooms.
 */
final class InlineRename {
    private final CanvasView view;
    private final TextField field = new TextField();
    private ElementId editing;
    private Geometry bounds;

    InlineRename(CanvasView view) {
        this.view = view;
        field.getStyleClass().add("bh-rename");
        field.setVisible(false);
        field.setManaged(false);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                view.requestFocus();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
    }

    TextField field() {
        return field;
    }

    boolean isActive() {
        return editing != null;
    }

    void start(Element element, Geometry box) {
        editing = element.id();
        bounds = box;
        field.setText(element.name());
        field.setVisible(true);
        view.requestLayout();
        field.requestFocus();
        field.selectAll();
    }

    void cancel() {
        editing = null;
        field.setVisible(false);
    }

    private void commit() {
        if (editing == null) {
            return;
        }
        ElementId id = editing;
        String name = field.getText();
        cancel();
        view.commitRename(id, name);
    }

    /** Places the field over the element's title at the current zoom. */
    void layout(Viewport viewport) {
        if (editing == null) {
            return;
        }
        double x = viewport.toScreenX(bounds.x()) + 4;
        double y = viewport.toScreenY(bounds.y()) + 4;
        double width = Math.max(140, Math.min(320, bounds.width() * viewport.scale() - 8));
        field.resizeRelocate(x, y, width, field.prefHeight(-1));
    }
}
