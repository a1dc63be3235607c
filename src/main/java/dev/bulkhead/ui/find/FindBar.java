package dev.bulkhead.ui.find;

import dev.bulkhead.model.Element;
import dev.bulkhead.ui.canvas.CanvasView;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * Find (Ctrl+F): a field over the canvas; typing selects the first element whose name, kind or tag matches and
 * pans the canvas to it, Enter goes to the next match, Escape closes.
 */
public final class FindBar extends HBox {
    private final CanvasView canvas;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private List<Element> matches = List.of();
    private int current;

    public FindBar(CanvasView canvas) {
        super(8);
        this.canvas = canvas;
        setId("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getStyleClass().add("bh-legend"); // the theme's surface and border, light or dark
        field.setId("find-field");
        field.setPromptText("Find by name, kind or tag");
        field.setPrefColumnCount(24);
        count.setId("find-count");
        getChildren().addAll(new Label("Find"), field, count);
        field.textProperty().addListener((o, before, text) -> search(text));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                go(current + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar with its field focused and its text selected. */
    public void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Hides the bar and gives the keyboard back to the canvas. */
    public void close() {
        setVisible(false);
        setManaged(false);
        canvas.requestFocus();
    }

    private void search(String text) {
        matches = ElementSearch.find(canvas.document().snapshot(), text);
        go(0);
    }

    private void go(int index) {
        if (matches.isEmpty()) {
            count.setText(field.getText().isBlank() ? "" : "no match");
            return;
        }
        current = Math.floorMod(index, matches.size());
        Element element = matches.get(current);
        canvas.selection().select(element.id());
        canvas.reveal(element.id());
        clearOfBar(element.id());
        count.setText((current + 1) + " of " + matches.size() + ": " + element.kind().label().toLowerCase(java.util.Locale.ROOT)
                + " " + element.name());
    }

    /**
     * Pans the least distance that shows the match's whole bounds (a connection's route box, not only its ends) clear
     * of every panel over the canvas: this bar, the overview, the legend and the scroll bars. "In view" alone left a
     * match under the field that found it, or a connection half under the overview.
     */
    private void clearOfBar(dev.bulkhead.model.ElementId id) {
        dev.bulkhead.model.Geometry box = matchBounds(id);
        if (box == null || getScene() == null) {
            return;
        }
        applyCss();
        layout();
        List<javafx.geometry.Bounds> covers = new java.util.ArrayList<>(canvas.coveringPanels());
        if (isVisible()) {
            covers.add(canvas.sceneToLocal(localToScene(getLayoutBounds())));
        }
        var viewport = canvas.viewport();
        javafx.geometry.Bounds shown = new javafx.geometry.BoundingBox(viewport.toScreenX(box.x()), viewport.toScreenY(box.y()),
                box.width() * viewport.scale(), box.height() * viewport.scale());
        double[] shift = ClearPlace.shift(shown, covers, canvas.getWidth(), canvas.getHeight());
        if (shift == null || (shift[0] == 0 && shift[1] == 0)) {
            return;
        }
        // The centre moves against the drawing: to move the drawing down by dy, look dy higher.
        canvas.centreOn(viewport.toCanvasX(canvas.getWidth() / 2 - shift[0]), viewport.toCanvasY(canvas.getHeight() / 2 - shift[1]));
    }

    /** An element's drawn bounds; for a connection, the box around its route (its ends' when it has no route). */
    private dev.bulkhead.model.Geometry matchBounds(dev.bulkhead.model.ElementId id) {
        var scene = canvas.scene();
        if (scene.model().find(id).orElse(null) instanceof dev.bulkhead.model.Connection connection) {
            dev.bulkhead.model.Geometry route = dev.bulkhead.diagram.DiagramRenderer.routeBox(scene.route(id));
            return route != null ? route
                    : union(scene.visibleBoundsOf(connection.from()), scene.visibleBoundsOf(connection.to()));
        }
        return scene.visibleBoundsOf(id);
    }

    private static dev.bulkhead.model.Geometry union(dev.bulkhead.model.Geometry a, dev.bulkhead.model.Geometry b) {
        return a == null ? b : b == null ? a : a.union(b);
    }
}
