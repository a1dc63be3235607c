package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The ghosts of shapes being dragged, drawn once and then moved as a picture: a drag frame only shifts this layer,
 * so that it costs the same however many shapes are dragged. Stroking 200 dashed outlines every frame was most of a
 * drag frame's painting at 10,000 elements (issue 16). The picture covers the ghosts, up to {@link #MARGIN} pixels
 * past each side of the view, and is drawn again only when the drag has carried it further than that, or when the zoom, the scene or the dragged shapes change. It moves by whole pixels, so that it shows
 * exactly what drawing the ghosts there would (a mouse moves by whole pixels).
 */
final class GhostLayer {
    /** Above this many moved shapes, ghosts are outlines only (filling hundreds costs too much), one box around them. */
    static final int MANY_GHOSTS = 40;
    /** How far, in pixels, the picture reaches past the view on each side. */
    private static final double MARGIN = 256;
    /** Room around the ghosts' boxes for their outlines' width and antialiasing, in pixels. */
    private static final double OUTLINE = 4;

    private final Canvas picture = new Canvas();
    private final Rectangle viewClip = new Rectangle();
    private final Group node = new Group(picture);
    /** What the picture shows: the dragged shapes, at which offset, zoom and scene; null when it is empty. */
    private List<ElementId> drawnMoved;
    private double drawnDx;
    private double drawnDy;
    private long drawnView = -1;
    private SceneLayout drawnScene;
    private int redraws;
    /** Where the picture's top-left corner is in the view when not moved, and the view size it was drawn for. */
    private double originX;
    private double originY;
    private double drawnWidth;
    private double drawnHeight;

    GhostLayer() {
        node.setMouseTransparent(true);
        node.setManaged(false);
        node.setClip(viewClip);
        picture.setVisible(false);
    }

    /** The node to stack between the diagram and the overlay. */
    Group node() {
        return node;
    }

    /** How many times the picture was drawn (rather than moved); for tests. */
    int redraws() {
        return redraws;
    }

    /** Shows the ghosts of a move in progress: moves the picture when it can, else draws it again. */
    void show(SceneLayout scene, Viewport viewport, DragPreview preview, double width, double height, Color accent) {
        viewClip.setWidth(width);
        viewClip.setHeight(height);
        double scale = viewport.scale();
        double shiftX = Math.round((preview.dx() - drawnDx) * scale);
        double shiftY = Math.round((preview.dy() - drawnDy) * scale);
        boolean current = preview.moved().equals(drawnMoved) && viewport.version() == drawnView && scene == drawnScene
                && width == drawnWidth && height == drawnHeight;
        if (!current || Math.abs(shiftX) > MARGIN || Math.abs(shiftY) > MARGIN) {
            draw(scene, viewport, preview, width, height, accent);
            shiftX = 0;
            shiftY = 0;
        }
        picture.relocate(originX + shiftX, originY + shiftY);
        picture.setVisible(true);
    }

    /** Whether ghosts are on show. */
    boolean isShowing() {
        return drawnMoved != null;
    }

    /** Hides the ghosts (the drag ended) and lets the picture go. */
    void hide() {
        if (drawnMoved != null) {
            picture.setVisible(false);
            picture.getGraphicsContext2D().clearRect(0, 0, picture.getWidth(), picture.getHeight());
            drawnMoved = null;
            drawnScene = null;
        }
    }

    private void draw(SceneLayout scene, Viewport viewport, DragPreview preview, double width, double height, Color accent) {
        double s = viewport.scale();
        Geometry reach = new Geometry(viewport.toCanvasX(-MARGIN), viewport.toCanvasY(-MARGIN), (width + 2 * MARGIN) / s,
                (height + 2 * MARGIN) / s);
        // The picture covers only the ghosts (within its reach): what a frame repaints is where they were and are, not
        // the whole view (a few hundred small ghosts with the whole model in view cover a sliver of it).
        Geometry around = aroundGhosts(scene, preview);
        double left = around == null ? 0 : Math.max(-MARGIN, Math.floor(viewport.toScreenX(around.x())) - OUTLINE);
        double top = around == null ? 0 : Math.max(-MARGIN, Math.floor(viewport.toScreenY(around.y())) - OUTLINE);
        double right = around == null ? 1 : Math.min(width + MARGIN, Math.ceil(viewport.toScreenX(around.maxX())) + OUTLINE);
        double bottom = around == null ? 1 : Math.min(height + MARGIN, Math.ceil(viewport.toScreenY(around.maxY())) + OUTLINE);
        originX = left;
        originY = top;
        picture.setWidth(Math.max(1, right - left));
        picture.setHeight(Math.max(1, bottom - top));
        GraphicsContext g = picture.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, picture.getWidth(), picture.getHeight());
        // Whole pixels from the view's origin: the ghosts' edges fall on the pixels a drawing on the view's would.
        g.setTransform(1, 0, 0, 1, -originX, -originY);
        paint(g, scene, viewport, preview, reach, accent);
        drawnWidth = width;
        drawnHeight = height;
        drawnMoved = preview.moved();
        drawnDx = preview.dx();
        drawnDy = preview.dy();
        drawnView = viewport.version();
        drawnScene = scene;
        redraws++;
    }

    /** The box around where every moved shape would land (canvas units), or null when none has bounds. */
    private static Geometry aroundGhosts(SceneLayout scene, DragPreview preview) {
        Geometry around = null;
        for (ElementId id : preview.moved()) {
            Geometry box = scene.bounds(id);
            if (box != null) {
                Geometry moved = box.translated(preview.dx(), preview.dy());
                around = around == null ? moved : around.union(moved);
            }
        }
        return around;
    }

    /**
     * Where moved shapes would land, dashed, those within {@code visible} (canvas units). With many shapes only their
     * outlines are drawn, and one box around them all.
     */
    static void paint(GraphicsContext g, SceneLayout scene, Viewport viewport, DragPreview preview, Geometry visible, Color accent) {
        g.setStroke(accent);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        List<Geometry> boxes = new ArrayList<>();
        for (ElementId id : preview.moved()) {
            Geometry box = scene.bounds(id);
            if (box != null) {
                boxes.add(box.translated(preview.dx(), preview.dy()));
            }
        }
        boolean few = boxes.size() <= MANY_GHOSTS;
        Geometry around = null;
        for (Geometry box : boxes) {
            around = around == null ? box : around.union(box);
            if (box.intersects(visible)) {
                ghost(g, viewport, box, accent, few);
            }
        }
        if (!few && around != null) {
            g.setLineDashes((double[]) null);
            ghost(g, viewport, around, accent, false);
        }
        g.setLineDashes((double[]) null);
    }

    static void ghost(GraphicsContext g, Viewport viewport, Geometry box, Color accent, boolean filled) {
        double x = viewport.toScreenX(box.x());
        double y = viewport.toScreenY(box.y());
        double w = box.width() * viewport.scale();
        double h = box.height() * viewport.scale();
        if (filled) {
            g.setFill(accent.deriveColor(0, 1, 1, 0.07));
            g.fillRect(x, y, w, h);
        }
        g.setStroke(accent);
        g.strokeRect(x, y, w, h);
    }
}
