package dev.bulkhead.diagram.pdf;

import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DrawingSurface;
import dev.bulkhead.diagram.Icon;
import dev.bulkhead.diagram.fonts.IconOutlines;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * The drawing surface on a PDF page's content stream: vector shapes, icons as paths and text in an embedded
 * font (real text a reader can select and search). The page is flipped once so that y points down as on every
 * other surface; text is flipped back. PDFBox's checked IO errors become {@link UncheckedIOException}.
 */
public final class PdfSurface implements DrawingSurface {
    private static final double KAPPA = 0.5522847498;

    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private Colour fill = Colour.BLACK;
    private Colour stroke = Colour.BLACK;
    private double lineWidth = 1;
    private double dash;
    private double gap;

    /** Draws on a page of a height in points; call {@link #finish()} before closing the stream. */
    public PdfSurface(PDPageContentStream cs, PdfFonts fonts, double pageHeight) {
        this.cs = cs;
        this.fonts = fonts;
        run(() -> {
            cs.saveGraphicsState();
            cs.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight));
            cs.saveGraphicsState();
        });
    }

    /** Closes the graphics states this surface opened. */
    public void finish() {
        run(() -> {
            cs.restoreGraphicsState();
            cs.restoreGraphicsState();
        });
    }

    @Override
    public void transform(double scale, double translateX, double translateY) {
        run(() -> {
            cs.restoreGraphicsState();
            cs.saveGraphicsState();
            cs.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) translateX, (float) translateY));
            applyFill();
            applyStroke();
        });
    }

    @Override
    public void fill(Colour colour) {
        fill = colour;
        run(this::applyFill);
    }

    @Override
    public void stroke(Colour colour) {
        stroke = colour;
        run(() -> cs.setStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f));
    }

    @Override
    public void lineWidth(double width) {
        lineWidth = width;
        run(() -> cs.setLineWidth((float) width));
    }

    @Override
    public void dashes(double newDash, double newGap) {
        dash = newDash;
        gap = newGap;
        run(this::applyDash);
    }

    private void applyFill() throws IOException {
        cs.setNonStrokingColor(fill.red() / 255f, fill.green() / 255f, fill.blue() / 255f);
    }

    private void applyStroke() throws IOException {
        cs.setStrokingColor(stroke.red() / 255f, stroke.green() / 255f, stroke.blue() / 255f);
        cs.setLineWidth((float) lineWidth);
        applyDash();
    }

    private void applyDash() throws IOException {
        cs.setLineDashPattern(dash > 0 ? new float[] {(float) dash, (float) gap} : new float[0], 0);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        run(() -> {
            cs.addRect((float) x, (float) y, (float) width, (float) height);
            cs.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        run(() -> {
            cs.addRect((float) x, (float) y, (float) width, (float) height);
            cs.stroke();
        });
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        run(() -> {
            roundRect(x, y, width, height, arc);
            cs.fill();
        });
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        run(() -> {
            roundRect(x, y, width, height, arc);
            cs.stroke();
        });
    }

    private void roundRect(double x, double y, double w, double h, double arc) throws IOException {
        double r = Math.max(0, Math.min(arc / 2, Math.min(w, h) / 2));
        if (r == 0) {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double k = KAPPA * r;
        double right = x + w;
        double bottom = y + h;
        cs.moveTo((float) (x + r), (float) y);
        cs.lineTo((float) (right - r), (float) y);
        cs.curveTo((float) (right - r + k), (float) y, (float) right, (float) (y + r - k), (float) right, (float) (y + r));
        cs.lineTo((float) right, (float) (bottom - r));
        cs.curveTo((float) right, (float) (bottom - r + k), (float) (right - r + k), (float) bottom, (float) (right - r), (float) bottom);
        cs.lineTo((float) (x + r), (float) bottom);
        cs.curveTo((float) (x + r - k), (float) bottom, (float) x, (float) (bottom - r + k), (float) x, (float) (bottom - r));
        cs.lineTo((float) x, (float) (y + r));
        cs.curveTo((float) x, (float) (y + r - k), (float) (x + r - k), (float) y, (float) (x + r), (float) y);
        cs.closePath();
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        run(() -> {
            oval(x, y, width, height);
            cs.fill();
        });
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        run(() -> {
            oval(x, y, width, height);
            cs.stroke();
        });
    }

    private void oval(double x, double y, double w, double h) throws IOException {
        double rx = w / 2;
        double ry = h / 2;
        double cx = x + rx;
        double cy = y + ry;
        double kx = KAPPA * rx;
        double ky = KAPPA * ry;
        cs.moveTo((float) (cx + rx), (float) cy);
        cs.curveTo((float) (cx + rx), (float) (cy + ky), (float) (cx + kx), (float) (cy + ry), (float) cx, (float) (cy + ry));
        cs.curveTo((float) (cx - kx), (float) (cy + ry), (float) (cx - rx), (float) (cy + ky), (float) (cx - rx), (float) cy);
        cs.curveTo((float) (cx - rx), (float) (cy - ky), (float) (cx - kx), (float) (cy - ry), (float) cx, (float) (cy - ry));
        cs.curveTo((float) (cx + kx), (float) (cy - ry), (float) (cx + rx), (float) (cy - ky), (float) (cx + rx), (float) cy);
        cs.closePath();
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        run(() -> {
            cs.moveTo((float) x1, (float) y1);
            cs.lineTo((float) x2, (float) y2);
            cs.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        run(() -> {
            cs.moveTo((float) xs[0], (float) ys[0]);
            for (int i = 1; i < count; i++) {
                cs.lineTo((float) xs[i], (float) ys[i]);
            }
            cs.closePath();
            cs.fill();
        });
    }

    @Override
    public void strokePolyline(double[] points) {
        run(() -> {
            cs.moveTo((float) points[0], (float) points[1]);
            for (int i = 2; i + 1 < points.length; i += 2) {
                cs.lineTo((float) points[i], (float) points[i + 1]);
            }
            cs.stroke();
        });
    }

    @Override
    public void text(String text, DiagramFont font, double x, double centreY, Align align, double maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        String printable = fonts.printable(text, font.semiBold());
        double width = fonts.width(printable, font.semiBold(), font.size());
        double squeeze = maxWidth > 0 && width > maxWidth ? maxWidth / width : 1;
        double drawn = width * squeeze;
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - drawn / 2;
            case RIGHT -> x - drawn;
        };
        double baseline = centreY + fonts.baselineBelowCentre(font.semiBold(), font.size());
        run(() -> {
            cs.beginText();
            cs.setFont(fonts.font(font), (float) font.size());
            // y points down on this page; the text matrix flips the glyphs upright again.
            cs.setTextMatrix(new Matrix((float) squeeze, 0, 0, -1, (float) left, (float) baseline));
            cs.showText(printable);
            cs.endText();
        });
    }

    @Override
    public void verticalText(String text, DiagramFont font, double centreX, double centreY) {
        String printable = fonts.printable(text, font.semiBold());
        double width = fonts.width(printable, font.semiBold(), font.size());
        double baseline = fonts.baselineBelowCentre(font.semiBold(), font.size());
        run(() -> {
            cs.beginText();
            cs.setFont(fonts.font(font), (float) font.size());
            // Rotated a quarter anticlockwise as seen on the page (y down): glyphs run upwards.
            cs.setTextMatrix(new Matrix(0, -1, -1, 0, (float) (centreX + baseline), (float) (centreY + width / 2)));
            cs.showText(printable);
            cs.endText();
        });
    }

    @Override
    public double textWidth(String text, DiagramFont font) {
        return fonts.width(text, font.semiBold(), font.size());
    }

    @Override
    public void icon(Icon icon, double size, double x, double centreY) {
        double baseline = centreY + IconOutlines.baselineBelowCentre() * size;
        run(() -> {
            cs.saveGraphicsState();
            cs.transform(new Matrix((float) size, 0, 0, (float) size, (float) x, (float) baseline));
            cs.drawForm(fonts.icon(icon));
            cs.restoreGraphicsState();
        });
    }

    private interface PdfAction {
        void run() throws IOException;
    }

    private static void run(PdfAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
