package dev.bulkhead.diagram.pdf;

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
        return pdf(PagePlan.of(picture, spec), title);
    }

    /** The PDF of a page plan: each page as planned, so that a preview of the plan shows this file. */
    public static byte[] pdf(PagePlan plan, String title) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Bulkhead");
            info.setCreationDate(Calendar.getInstance());
            PdfFonts fonts = new PdfFonts(document);
            for (PagePlan.Page page : plan.pages()) {
                page(document, fonts, page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(PDDocument document, PdfFonts fonts, PagePlan.Page planned) throws IOException {
        double width = planned.width();
        double height = planned.height();
        PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
        document.addPage(page);
        PageInk ink = PageInk.of(planned.picture().theme());
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            if (ink.paper() != null) {
                // The margins too: else a dark picture is a panel on white paper.
                PdfSurface paper = new PdfSurface(cs, fonts, height);
                paper.fill(ink.paper());
                paper.fillRect(0, 0, width, height);
                paper.finish();
            }
            // Nothing may leave the margins: clip to them (a tile shows its part of the picture only).
            cs.saveGraphicsState();
            double margin = planned.margin();
            cs.addRect((float) margin, (float) margin, (float) (width - 2 * margin), (float) (height - 2 * margin));
            cs.clip();
            PdfSurface surface = new PdfSurface(cs, fonts, height);
            planned.picture().draw(surface, planned.scale(), planned.x(), planned.y());
            surface.finish();
            cs.restoreGraphicsState();
            if (planned.tileLabel() != null) {
                marks(cs, fonts, width, height, planned.tileLabel(), ink);
            }
        }
    }

    /** Corner marks just inside the margin box, and which tile this is, so that printed tiles can be put together. */
    private static void marks(PDPageContentStream cs, PdfFonts fonts, double width, double height, String label, PageInk ink) {
        PdfSurface g = new PdfSurface(cs, fonts, height);
        double m = PageSpec.MARGIN;
        double o = PageSpec.OVERLAP;
        g.stroke(ink.marks());
        g.lineWidth(0.5);
        // The overlap's inner edges: glue the next tile's margin-box edge onto these lines.
        g.strokeLine(width - m - o, m, width - m - o, m + 8);
        g.strokeLine(width - m - o, height - m - 8, width - m - o, height - m);
        g.strokeLine(m, height - m - o, m + 8, height - m - o);
        g.strokeLine(width - m - 8, height - m - o, width - m, height - m - o);
        g.fill(ink.label());
        g.text(label, TILE_LABEL, m + 4, height - m - o / 2, Align.LEFT, 0);
        g.finish();
    }
}
