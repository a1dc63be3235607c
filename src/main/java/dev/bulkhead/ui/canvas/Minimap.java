package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.DiagramPainter;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The overview in the canvas corner: the whole diagram in miniature with the visible area outlined. Pressing
 * or dragging in it moves the view there.
 */
final class Minimap extends VBox {
    private static final double WIDTH = 196;
    private static final double HEIGHT = 118;

    /** The diagram in miniature, drawn when the scene changes; the visible area is drawn on a layer above it. */
    private final WritableImage miniature = new WritableImage((int) WIDTH, (int) HEIGHT);
    private final ImageView diagram = new ImageView(miniature);
    private final Canvas visibleArea = new Canvas(WIDTH, HEIGHT);
    private SceneLayout drawnScene;
    private Geometry drawnArea;
    private CanvasTheme drawnTheme;
    /** Canvas units per minimap pixel and the canvas point at the minimap's corner, from the last paint. */
    private double unitsPerPixel = 1;
    private double originX;
    private double originY;
    private int paints;
    private int miniatures;
    /** The scene whose miniature is to be drawn after the frame under way, or null. */
    private SceneLayout laterScene;

    Minimap(BiConsumer<Double, Double> centreViewOn) {
        getStyleClass().add("bh-minimap");
        Label title = new Label("Overview");
        title.getStyleClass().add("bh-minimap-title");
        javafx.scene.layout.StackPane layers = new javafx.scene.layout.StackPane(diagram, visibleArea);
        getChildren().addAll(title, layers);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        visibleArea.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            centreViewOn.accept(originX + e.getX() * unitsPerPixel, originY + e.getY() * unitsPerPixel);
            e.consume();
        });
        visibleArea.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            centreViewOn.accept(originX + e.getX() * unitsPerPixel, originY + e.getY() * unitsPerPixel);
            e.consume();
        });
    }

    void paint(SceneLayout scene, Geometry visible, CanvasTheme theme) {
        paints++;
        Geometry content = scene.contentBounds();
        Geometry area = content == null ? visible : content.union(visible);
        // Redraw the miniature only when the scene, the theme or the mapped area changed; panning and zooming
        // inside the diagram only move the rectangle of the visible area.
        if (drawnScene != null && scene.model() != drawnScene.model() && theme == drawnTheme && drawnArea.contains(area)) {
            // An edit (a drop) changed the scene within the area mapped: the miniature of 10,000 elements is drawn after
            // the edit's frame rather than in it (a tenth of a drop's frame at 10,000 elements, issue 16).
            drawLater(scene);
        } else if (scene != drawnScene || theme != drawnTheme || drawnArea == null || !drawnArea.contains(area)) {
            laterScene = null;
            Geometry padded = content == null ? area : area.union(grow(content, 0.15));
            unitsPerPixel = Math.max(padded.width() / (WIDTH - 8), padded.height() / (HEIGHT - 8));
            originX = padded.x() - (WIDTH * unitsPerPixel - padded.width()) / 2;
            originY = padded.y() - (HEIGHT * unitsPerPixel - padded.height()) / 2;
            drawDiagram(scene, theme);
            drawnScene = scene;
            drawnTheme = theme;
            drawnArea = new Geometry(originX, originY, WIDTH * unitsPerPixel, HEIGHT * unitsPerPixel);
        }
        GraphicsContext g = visibleArea.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(theme.color("-bh-selection"));
        g.setLineWidth(1.5);
        g.strokeRect(x(visible.x()), y(visible.y()), visible.width() / unitsPerPixel, visible.height() / unitsPerPixel);
    }

    private void drawLater(SceneLayout scene) {
        boolean scheduled = laterScene != null;
        laterScene = scene;
        if (!scheduled) {
            javafx.application.Platform.runLater(() -> {
                if (laterScene != null) {
                    drawDiagram(laterScene, drawnTheme);
                    drawnScene = laterScene;
                    laterScene = null;
                }
            });
        }
    }

    /** How many times the miniature was drawn; for tests. */
    int miniatures() {
        return miniatures;
    }

    /** How many times {@link #paint} was called; for tests. */
    int paints() {
        return paints;
    }

    private void drawDiagram(SceneLayout scene, CanvasTheme theme) {
        miniatures++;
        int environment = argb(theme.color("-bh-border"));
        int cluster = argb(theme.color("-bh-cluster"));
        int other = argb(theme.color("-bh-undecided"));
        // Each option's colour converted once (a HashMap: "undecided" is the null option).
        Map<TenancyOption, Integer> options = new HashMap<>();
        int[] pixels = MiniatureRaster.of(scene, (int) WIDTH, (int) HEIGHT, originX, originY, unitsPerPixel,
                argb(theme.color("-bh-surface")), element -> switch (element.kind()) {
                    case ENVIRONMENT -> environment;
                    case CLUSTER -> cluster;
                    case TENANT -> options.computeIfAbsent(DiagramPainter.effectiveOption(scene.model(), (Tenant) element),
                            option -> argb(theme.option(option)));
                    default -> other;
                });
        miniature.getPixelWriter().setPixels(0, 0, (int) WIDTH, (int) HEIGHT, PixelFormat.getIntArgbInstance(), pixels, 0, (int) WIDTH);
    }

    private static int argb(Color colour) {
        return (int) Math.round(colour.getOpacity() * 255) << 24 | (int) Math.round(colour.getRed() * 255) << 16
                | (int) Math.round(colour.getGreen() * 255) << 8 | (int) Math.round(colour.getBlue() * 255);
    }

    private static Geometry grow(Geometry box, double fraction) {
        double dx = box.width() * fraction;
        double dy = box.height() * fraction;
        return new Geometry(box.x() - dx, box.y() - dy, box.width() + 2 * dx, box.height() + 2 * dy);
    }

    private double x(double canvasX) {
        return (canvasX - originX) / unitsPerPixel;
    }

    private double y(double canvasY) {
        return (canvasY - originY) / unitsPerPixel;
    }
}
