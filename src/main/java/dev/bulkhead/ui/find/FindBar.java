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
     * Moves the view down when the bar, which floats over the canvas's top right corner, covers the element found:
     * the match must be seen, not hidden under the field that found it.
     */
    private void clearOfBar(dev.bulkhead.model.ElementId id) {
        dev.bulkhead.model.Geometry box = canvas.scene().visibleBoundsOf(id);
        if (box == null || getScene() == null) {
            return;
        }
        applyCss();
        layout();
        javafx.geometry.Bounds bar = canvas.sceneToLocal(localToScene(getLayoutBounds()));
        var viewport = canvas.viewport();
        javafx.geometry.Bounds shown = new javafx.geometry.BoundingBox(viewport.toScreenX(box.x()), viewport.toScreenY(box.y()),
                box.width() * viewport.scale(), box.height() * viewport.scale());
        if (!bar.intersects(shown)) {
            return;
        }
        // Just below the bar, with a small gap; the centre moves up by as much, so the drawing moves down.
        double down = bar.getMaxY() + 8 - shown.getMinY();
        canvas.centreOn(viewport.toCanvasX(canvas.getWidth() / 2), viewport.toCanvasY(canvas.getHeight() / 2 - down));
    }
}
