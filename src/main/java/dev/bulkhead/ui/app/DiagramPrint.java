package dev.bulkhead.ui.app;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.ui.canvas.CanvasTheme;
import dev.bulkhead.ui.canvas.FxSurface;
import javafx.scene.canvas.Canvas;

/**
 * File > Print…'s page: the diagram fitted to the printer's printable area by the page fitting the PDF export uses
 * (the detail chosen for the size it prints at, the environments in rows when that prints them larger), with legend
 * and title block. JavaFX prints a node's unit as a point, so the page is planned in points.
 */
final class DiagramPrint {
    private DiagramPrint() {
    }

    /** The plan of the printed page: the printable area is the page, the printer's own margins around it. */
    static PagePlan plan(Analysis analysis, double printableWidth, double printableHeight) {
        DiagramExport.Options options = DiagramExport.Options.of(DiagramExport.Format.PDF).withLegend(true);
        return PagePlan.fitted(DiagramExport.picture(analysis, options), printableWidth, printableHeight, 0);
    }

    /** A canvas of the printable area with the plan's page drawn on it, light (paper is white). */
    static Canvas page(PagePlan plan) {
        PagePlan.Page page = plan.pages().get(0);
        Canvas canvas = new Canvas(page.width(), page.height());
        page.picture().draw(new FxSurface(CanvasTheme.of(false)).on(canvas.getGraphicsContext2D()), page.scale(), page.x(), page.y());
        return canvas;
    }
}
