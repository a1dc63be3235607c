package dev.bulkhead.diagram.pdf;

import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.DrawingSurface.Align;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A diagram picture as a vector PDF: on a page of its own size, fitted to A4 or Letter, or tiled across pages at
 * full size with overlap and corner marks for gluing. Everything drawn stays inside the page's margins.
 */
public final class PdfDiagram {
    private static final DiagramFont TILE_LABEL = DiagramFont.regular(7);

    private PdfDiagram() {
    }

    public static byte[] pdf(DiagramPicture picture, PageSpec spec, String title) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Bulkhead");
            info.setCreationDate(Calendar.getInstance());
            PdfFonts fonts = new PdfFonts(document);
            if (spec.paper() == PageSpec.Paper.FIT_PICTURE) {
                double scale = PageSpec.POINTS_PER_UNIT;
                double width = picture.width() * scale + 2 * PageSpec.MARGIN;
                double height = picture.height() * scale + 2 * PageSpec.MARGIN;
                page(document, fonts, width, height, picture, scale, PageSpec.MARGIN, PageSpec.MARGIN, null);
            } else if (!spec.tile()) {
                double availableWidth = spec.pageWidth() - 2 * PageSpec.MARGIN;
                double availableHeight = spec.pageHeight() - 2 * PageSpec.MARGIN;
                // Fitted as the report's diagram is: the detail chosen for the size it prints at.
                DiagramPicture fitted = picture.fittedTo(availableWidth, availableHeight);
                double scale = fitted.printScale().orElseThrow();
                double x = PageSpec.MARGIN + (availableWidth - fitted.width() * scale) / 2;
                page(document, fonts, spec.pageWidth(), spec.pageHeight(), fitted, scale, x, PageSpec.MARGIN, null);
            } else {
                tiles(document, fonts, picture, spec);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Full size (a unit three quarters of a point) across as many pages as it takes, neighbours overlapping. */
    private static void tiles(PDDocument document, PdfFonts fonts, DiagramPicture picture, PageSpec spec) throws IOException {
        double scale = PageSpec.POINTS_PER_UNIT;
        double areaWidth = spec.pageWidth() - 2 * PageSpec.MARGIN;
        double areaHeight = spec.pageHeight() - 2 * PageSpec.MARGIN;
        double stepX = areaWidth - PageSpec.OVERLAP;
        double stepY = areaHeight - PageSpec.OVERLAP;
        int columns = Math.max(1, (int) Math.ceil((picture.width() * scale - PageSpec.OVERLAP) / stepX));
        int rows = Math.max(1, (int) Math.ceil((picture.height() * scale - PageSpec.OVERLAP) / stepY));
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                String label = "tile " + (row + 1) + "," + (column + 1) + " of " + rows + "×" + columns;
                page(document, fonts, spec.pageWidth(), spec.pageHeight(), picture, scale,
                        PageSpec.MARGIN - column * stepX, PageSpec.MARGIN - row * stepY, label);
            }
        }
    }

    private static void page(PDDocument document, PdfFonts fonts, double width, double height, DiagramPicture picture,
                             double scale, double x, double y, String tileLabel) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
        document.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            // Nothing may leave the margins: clip to them (a tile shows its part of the picture only).
            cs.saveGraphicsState();
            cs.addRect((float) PageSpec.MARGIN, (float) PageSpec.MARGIN, (float) (width - 2 * PageSpec.MARGIN),
                    (float) (height - 2 * PageSpec.MARGIN));
            cs.clip();
            PdfSurface surface = new PdfSurface(cs, fonts, height);
            picture.draw(surface, scale, x, y);
            surface.finish();
            cs.restoreGraphicsState();
            if (tileLabel != null) {
                marks(cs, fonts, width, height, tileLabel);
            }
        }
    }

    /** Corner marks just inside the margin box, and which tile this is, so that printed tiles can be put together. */
    private static void marks(PDPageContentStream cs, PdfFonts fonts, double width, double height, String label) {
        PdfSurface g = new PdfSurface(cs, fonts, height);
        double m = PageSpec.MARGIN;
        double o = PageSpec.OVERLAP;
        g.stroke(Colour.hex("#94a3b8"));
        g.lineWidth(0.5);
        // The overlap's inner edges: glue the next tile's margin-box edge onto these lines.
        g.strokeLine(width - m - o, m, width - m - o, m + 8);
        g.strokeLine(width - m - o, height - m - 8, width - m - o, height - m);
        g.strokeLine(m, height - m - o, m + 8, height - m - o);
        g.strokeLine(width - m - 8, height - m - o, width - m, height - m - o);
        g.fill(Colour.hex("#64748b"));
        g.text(label, TILE_LABEL, m + 4, height - m - o / 2, Align.LEFT, 0);
        g.finish();
    }
}
