package dev.bulkhead.ui.scenario;

import dev.bulkhead.analysis.diff.ElementChange;
import dev.bulkhead.analysis.diff.ModelDiff;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.canvas.Viewport;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Marks of a diff above the canvas: a green outline and "+" on what the scenario added, amber "~" on what it
 * changed, a red ghost and "−" where what it removed used to be (its place in the base scenario's scene), and a
 * legend that counts them.
 * Mouse-transparent, so the canvas under it works as usual; it follows pans and zooms by the viewport's version.
 */
public final class DiffMarksLayer extends Pane {
    /** Added: the canvas theme's "meets requirement" green family, readable on light and dark. */
    static final Color ADDED = Color.web("#2e9d4f");
    static final Color CHANGED = Color.web("#d08a00");
    static final Color REMOVED = Color.web("#c8463c");
    private final CanvasView view;
    private final Canvas marks = new Canvas();
    private final HBox legend = new HBox(10);
    private final Label legendText = new Label();
    private ModelDiff diff;
    /** The base scenario's scene: where removed elements and connections were. */
    private SceneLayout before;
    private long drawnVersion = -1;
    private final java.util.List<dev.bulkhead.model.ElementId> marked = new java.util.ArrayList<>();
    private final AnimationTimer follower = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (view.viewport().version() != drawnVersion) {
                draw();
            }
        }
    };

    public DiffMarksLayer(CanvasView view) {
        this.view = view;
        setId("diff-marks");
        setMouseTransparent(true);
        setPickOnBounds(false);
        legend.getStyleClass().addAll("bh-legend", "bh-diff-legend"); // the theme's surface and border, light or dark
        legend.setId("diff-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().addAll(swatch("+ added", ADDED), swatch("~ changed", CHANGED), swatch("− removed", REMOVED), legendText);
        getChildren().addAll(marks, legend);
        setVisible(false);
    }

    /** Shows the marks of a diff without its removals' places, or hides them (null). */
    public void show(ModelDiff newDiff) {
        show(newDiff, null);
    }

    /**
     * Shows the marks of a diff, or hides them (null diff).
     *
     * @param scene the scene of the diff's "before" side, where removed elements are ghosted; null marks no removal
     */
    public void show(ModelDiff newDiff, SceneLayout scene) {
        diff = newDiff;
        before = scene;
        setVisible(diff != null);
        if (diff == null) {
            follower.stop();
            return;
        }
        long added = diff.changes().stream().filter(c -> c.status() == ElementChange.Status.ADDED).count();
        long changed = diff.changes().stream().filter(c -> c.status() == ElementChange.Status.CHANGED).count();
        long removed = diff.changes().stream().filter(c -> c.status() == ElementChange.Status.REMOVED).count();
        legendText.setText("from " + diff.before() + ": " + added + " added, " + changed + " changed, " + removed + " removed");
        follower.start();
        draw();
    }

    /** The diff shown, or null. */
    public ModelDiff diff() {
        return diff;
    }

    @Override
    protected void layoutChildren() {
        marks.setWidth(getWidth());
        marks.setHeight(getHeight());
        double w = Math.min(legend.prefWidth(-1), getWidth() - 32);
        legend.resizeRelocate(16, 12, w, legend.prefHeight(w));
        draw();
    }

    private void draw() {
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, marks.getWidth(), marks.getHeight());
        drawnVersion = view.viewport().version();
        marked.clear();
        if (diff == null) {
            return;
        }
        Viewport viewport = view.viewport();
        g.setFont(Font.font("System", FontWeight.BOLD, 14));
        for (ElementChange change : diff.changes()) {
            boolean removed = change.status() == ElementChange.Status.REMOVED;
            SceneLayout scene = removed ? before : view.scene();
            if (scene == null) {
                continue;
            }
            Color colour = switch (change.status()) {
                case ADDED -> ADDED;
                case CHANGED -> CHANGED;
                case REMOVED -> REMOVED;
            };
            if (change.kind() == dev.bulkhead.model.ElementKind.CONNECTION) {
                markRoute(g, viewport, scene, change, colour);
                continue;
            }
            Geometry box;
            try {
                box = scene.bounds(change.id());
            } catch (RuntimeException notOnCanvas) {
                continue; // an unplaced element has no box of its own
            }
            if (box == null) {
                continue;
            }
            marked.add(change.id());
            double x = viewport.toScreenX(box.x());
            double y = viewport.toScreenY(box.y());
            double w = box.width() * viewport.scale();
            double h = box.height() * viewport.scale();
            if (removed) {
                // A ghost: nothing is there any more, so a faint fill and the name say what was.
                g.setFill(REMOVED.deriveColor(0, 1, 1, 0.12));
                g.fillRoundRect(x, y, w, h, 8, 8);
                g.setFill(REMOVED);
                g.fillText(change.name(), x + 8, y + 20, Math.max(20, w - 16));
            }
            g.setStroke(colour);
            g.setLineWidth(3);
            g.setLineDashes(change.status() == ElementChange.Status.ADDED ? null : new double[] {8, 5});
            g.strokeRoundRect(x - 4, y - 4, w + 8, h + 8, 10, 10);
            g.setFill(colour);
            g.fillOval(x + w - 8, y - 12, 20, 20);
            g.setFill(Color.WHITE);
            g.fillText(badge(change), x + w - 2, y + 3);
        }
    }

    private static String badge(ElementChange change) {
        return switch (change.status()) {
            case ADDED -> "+";
            case CHANGED -> "~";
            case REMOVED -> "−";
        };
    }

    /** A connection added, changed or removed: its route (a removed one's as it was) in the mark's colour, the badge at its middle. */
    private void markRoute(GraphicsContext g, Viewport viewport, SceneLayout scene, ElementChange change, Color colour) {
        double[] route;
        try {
            route = scene.route(change.id());
        } catch (RuntimeException notOnCanvas) {
            return;
        }
        if (route == null || route.length < 4) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(4);
        g.setLineDashes(change.status() == ElementChange.Status.ADDED ? null : new double[] {8, 5});
        g.beginPath();
        g.moveTo(viewport.toScreenX(route[0]), viewport.toScreenY(route[1]));
        for (int i = 2; i + 1 < route.length; i += 2) {
            g.lineTo(viewport.toScreenX(route[i]), viewport.toScreenY(route[i + 1]));
        }
        g.stroke();
        int middle = (route.length / 4) * 2;
        double x = viewport.toScreenX(route[middle]);
        double y = viewport.toScreenY(route[middle + 1]);
        g.setFill(colour);
        g.fillOval(x - 10, y - 10, 20, 20);
        g.setFill(Color.WHITE);
        g.fillText(badge(change), x - 4, y + 5);
        marked.add(change.id());
    }

    /** The elements and connections marked on the canvas by the last drawing, for tests. */
    public java.util.List<dev.bulkhead.model.ElementId> marked() {
        return java.util.List.copyOf(marked);
    }

    private static Label swatch(String text, Color colour) {
        Label label = new Label(text);
        label.setStyle("-fx-text-fill: " + toWeb(colour) + "; -fx-font-weight: bold;");
        return label;
    }

    private static String toWeb(Color c) {
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255), (int) (c.getBlue() * 255));
    }
}
