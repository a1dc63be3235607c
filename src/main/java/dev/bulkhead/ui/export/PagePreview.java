package dev.bulkhead.ui.export;

import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.pdf.PageInk;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.ui.canvas.CanvasTheme;
import dev.bulkhead.ui.canvas.FxSurface;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;

/**
 * The pages a diagram file will hold, drawn from the file's own page plan and only scaled to the pane (never laid out
 * again at the pane's size): the same detail, rows and pages as the file. "Fit" shows every page; a zoom in percent
 * shows the file's units (pixels or points) that many screen pixels each, scrolled.
 */
final class PagePreview {
    static final List<String> ZOOMS = List.of("Fit", "50%", "100%", "200%");
    /** The gap between pages, and around them. */
    static final double GAP = 12;
    /** Canvases much larger than this exceed the graphics card's texture limit; a larger zoom is capped to it. */
    static final double LARGEST_SIDE = 8192;

    private final Canvas canvas = new Canvas();
    private final ScrollPane pane = new ScrollPane(canvas);
    private double zoom;
    /** What was last shown, drawn again when the pane is resized. */
    private PagePlan plan;
    private boolean dark;
    private String zoomChoice;

    /** A preview that starts at {@code width} × {@code height} and grows and shrinks with the pane (the dialog). */
    PagePreview(double width, double height) {
        canvas.setId("diagram-preview");
        pane.setId("diagram-preview-pane");
        pane.setPrefViewportWidth(width);
        pane.setPrefViewportHeight(height);
        pane.setPannable(true);
        // Fitted to the pane as it is, not as it was made: a fixed 640-pixel preview left a third of a wide dialog empty.
        pane.viewportBoundsProperty().addListener((o, before, now) -> {
            if (plan != null && (before.getWidth() != now.getWidth() || before.getHeight() != now.getHeight())) {
                show(plan, dark, zoomChoice);
            }
        });
    }

    ScrollPane node() {
        return pane;
    }

    /** Screen pixels per unit of the file (pixel or point) the last drawing used. */
    double zoom() {
        return zoom;
    }

    void show(PagePlan plan, boolean dark, String zoomChoice) {
        this.plan = plan;
        this.dark = dark;
        this.zoomChoice = zoomChoice;
        // Before the pane is first laid out its viewport is empty: its preferred size stands in.
        double width = pane.getViewportBounds().getWidth() > 0 ? pane.getViewportBounds().getWidth() : pane.getPrefViewportWidth();
        double height = pane.getViewportBounds().getHeight() > 0 ? pane.getViewportBounds().getHeight() : pane.getPrefViewportHeight();
        double across = 0;
        double down = 0;
        for (PagePlan.Page page : plan.pages()) {
            across = Math.max(across, page.width());
            down += page.height();
        }
        double gaps = GAP * (plan.pages().size() + 1);
        // Fit shows every page whole in the pane, never larger than the file's own size.
        double fit = Math.min(1, Math.min((width - 2 * GAP) / across, (height - gaps) / down));
        zoom = zoomChoice.equals("Fit") ? fit : Double.parseDouble(zoomChoice.replace("%", "")) / 100;
        zoom = Math.min(zoom, (LARGEST_SIDE - gaps) / Math.max(across, down));
        double canvasWidth = across * zoom + 2 * GAP;
        double canvasHeight = down * zoom + gaps;
        canvas.setWidth(Math.max(width, canvasWidth));
        canvas.setHeight(Math.max(height, canvasHeight));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.web(dark ? "#1f2430" : "#d7dce3"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        FxSurface surface = new FxSurface(CanvasTheme.of(dark)).on(g);
        double top = GAP;
        for (PagePlan.Page page : plan.pages()) {
            double left = (canvas.getWidth() - page.width() * zoom) / 2;
            drawPage(g, surface, page, left, top);
            top += page.height() * zoom + GAP;
        }
    }

    /**
     * A page: its paper as the file prints it (white, or a dark picture's canvas; a page cut to the picture has none
     * showing), then the picture clipped to its margins.
     */
    private void drawPage(GraphicsContext g, FxSurface surface, PagePlan.Page page, double left, double top) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        Colour paper = PageInk.of(page.picture().theme()).paper();
        surface.fill(paper == null ? Colour.WHITE : paper);
        surface.fillRect(left, top, page.width() * zoom, page.height() * zoom);
        g.save();
        g.beginPath();
        g.rect(left + page.margin() * zoom, top + page.margin() * zoom, (page.width() - 2 * page.margin()) * zoom,
                (page.height() - 2 * page.margin()) * zoom);
        g.clip();
        page.picture().draw(surface, page.scale() * zoom, left + page.x() * zoom, top + page.y() * zoom);
        g.restore();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setStroke(Color.web("#94a3b8"));
        g.setLineWidth(1);
        g.strokeRect(left - 0.5, top - 0.5, page.width() * zoom + 1, page.height() * zoom + 1);
    }
}
