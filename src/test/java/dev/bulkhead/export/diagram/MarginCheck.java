package dev.bulkhead.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.pdf.PageSpec;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Every path a page paints, checked against the page's margins: a path painted outside them must be clipped to
 * the margin box (a tile shows part of the picture), and on a fitted page nothing is painted outside at all.
 */
public final class MarginCheck extends PDFGraphicsStreamEngine {
    private final Rectangle2D.Double margins;
    private final boolean clippedOnly;
    private final Rectangle2D.Double path = new Rectangle2D.Double();
    private boolean empty = true;
    /** The clip the page set (the engine leaves clipping to its subclass), or null. */
    private Rectangle2D clipRect;
    private boolean pendingClip;
    private int painted;

    private MarginCheck(PDPage page, PageSpec spec) {
        super(page);
        double m = PageSpec.MARGIN;
        this.margins = new Rectangle2D.Double(m - 0.01, m - 0.01, page.getMediaBox().getWidth() - 2 * m + 0.02,
                page.getMediaBox().getHeight() - 2 * m + 0.02);
        this.clippedOnly = spec.tile();
    }

    /** Every page's text and paths inside the margins ({@link PageSpec#MARGIN}) of its own size. */
    public static void assertInsideMargins(PDDocument pdf) throws IOException {
        assertInsideMargins(pdf, new PageSpec(PageSpec.Paper.A4, false, false));
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            float width = pdf.getPage(page - 1).getMediaBox().getWidth();
            float height = pdf.getPage(page - 1).getMediaBox().getHeight();
            for (org.apache.pdfbox.text.TextPosition glyph : glyphs(pdf, page)) {
                assertThat(glyph.getX()).as("x of '" + glyph.getUnicode() + "' on page " + page)
                        .isBetween((float) PageSpec.MARGIN - 0.5f, (float) (width - PageSpec.MARGIN));
                assertThat(glyph.getY()).as("baseline of '" + glyph.getUnicode() + "' on page " + page)
                        .isBetween((float) PageSpec.MARGIN, (float) (height - PageSpec.MARGIN));
            }
        }
    }

    /** The glyphs of a page as a text extractor sees them (y from the top). */
    public static java.util.List<org.apache.pdfbox.text.TextPosition> glyphs(PDDocument pdf, int page) throws IOException {
        java.util.List<org.apache.pdfbox.text.TextPosition> glyphs = new java.util.ArrayList<>();
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }

    static void assertInsideMargins(PDDocument pdf, PageSpec spec) throws IOException {
        int painted = 0;
        for (PDPage page : pdf.getPages()) {
            MarginCheck check = new MarginCheck(page, spec);
            check.processPage(page);
            painted += check.painted;
        }
        // A page of text alone (a report's list of findings) paints no path; the document as a whole must, or the
        // check saw nothing it could hold to the margins.
        assertThat(painted).as("paths painted").isPositive();
    }

    private void add(Point2D p) {
        if (empty) {
            path.setRect(p.getX(), p.getY(), 0, 0);
            empty = false;
        } else {
            path.add(p);
        }
    }

    private void paint() {
        if (empty) {
            return;
        }
        painted++;
        if (clippedOnly) {
            assertThat(clipRect).as("a tile clips to its margin box before it paints").isNotNull();
            Rectangle2D visible = path.createIntersection(clipRect);
            assertThat(visible.getWidth() < 0 || visible.getHeight() < 0 || inside(visible))
                    .as("a path at " + path + " shows only inside the margins " + margins).isTrue();
        } else {
            assertThat(inside(path)).as("a path at " + path + " inside the margins " + margins).isTrue();
        }
        empty = true;
    }

    /** Whether a box, possibly a line's (no height or width), lies within the margins. */
    private boolean inside(Rectangle2D box) {
        return box.getMinX() >= margins.getMinX() && box.getMaxX() <= margins.getMaxX()
                && box.getMinY() >= margins.getMinY() && box.getMaxY() <= margins.getMaxY();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        add(p0);
        add(p1);
        add(p2);
        add(p3);
    }

    @Override
    public void moveTo(float x, float y) {
        add(new Point2D.Float(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
        add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        add(new Point2D.Float(x3, y3));
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0);
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        if (pendingClip && !empty) {
            Rectangle2D bounds = path.getBounds2D();
            clipRect = clipRect == null ? bounds : clipRect.createIntersection(bounds);
        }
        pendingClip = false;
        empty = true;
    }

    @Override
    public void strokePath() {
        paint();
    }

    @Override
    public void fillPath(int windingRule) {
        paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint();
    }

    @Override
    public void clip(int windingRule) {
        pendingClip = true;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        throw new AssertionError("the diagram must have no bitmaps");
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
