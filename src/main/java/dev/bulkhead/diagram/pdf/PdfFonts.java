package dev.bulkhead.diagram.pdf;

import dev.bulkhead.diagram.DiagramFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import dev.bulkhead.diagram.Icon;
import dev.bulkhead.diagram.fonts.IconOutlines;
import dev.bulkhead.diagram.fonts.Outline;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * What a PDF embeds once and draws many times: the icons as form XObjects (one outline each, placed by a matrix),
 * and the fonts (subset): DejaVu Sans Condensed, regular and bold, shipped with the app under its
 * Bitstream Vera licence. Embedded TrueType rather than Inter because PDFBox embeds TrueType outlines only; the
 * text stays real, selectable and searchable text. Characters the font lacks print as '?'.
 */
public final class PdfFonts {
    private static final String DIRECTORY = "/dev/bulkhead/diagram/fonts/";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> regularHas = new HashMap<>();
    private final Map<Integer, Boolean> boldHas = new HashMap<>();
    private final PDDocument document;
    private final Map<Icon, PDFormXObject> icons = new EnumMap<>(Icon.class);

    public PdfFonts(PDDocument document) {
        this.document = document;
        this.regular = load(document, "DejaVuSansCondensed.ttf");
        this.bold = load(document, "DejaVuSansCondensed-Bold.ttf");
    }

    public PDType0Font font(DiagramFont font) {
        return font.semiBold() ? bold : regular;
    }

    public PDType0Font font(boolean semiBold) {
        return semiBold ? bold : regular;
    }

    /** The text with every character the font cannot show replaced by '?'. */
    public String printable(String text, boolean semiBold) {
        PDType0Font font = font(semiBold);
        Map<Integer, Boolean> has = semiBold ? boldHas : regularHas;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok = has.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return c >= 0x20;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            if (!ok && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                if (ok) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    /** An icon's outline as a form, in ems with the origin on the baseline, filled in the current colour. */
    public PDFormXObject icon(Icon icon) {
        PDFormXObject form = icons.get(icon);
        if (form != null) {
            return form;
        }
        form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(-1, -2, 4, 4));
        Outline outline = IconOutlines.of(icon);
        double[] c = outline.coords();
        try (PDFormContentStream cs = new PDFormContentStream(form)) {
            int k = 0;
            double lastX = 0;
            double lastY = 0;
            for (byte op : outline.ops()) {
                switch (op) {
                    case Outline.MOVE -> cs.moveTo((float) c[k], (float) c[k + 1]);
                    case Outline.LINE -> cs.lineTo((float) c[k], (float) c[k + 1]);
                    case Outline.QUAD -> {
                        // PDF has cubic curves only: raise the quadratic's degree.
                        double qx = c[k];
                        double qy = c[k + 1];
                        double ex = c[k + 2];
                        double ey = c[k + 3];
                        cs.curveTo((float) (lastX + 2.0 / 3 * (qx - lastX)), (float) (lastY + 2.0 / 3 * (qy - lastY)),
                                (float) (ex + 2.0 / 3 * (qx - ex)), (float) (ey + 2.0 / 3 * (qy - ey)), (float) ex, (float) ey);
                    }
                    case Outline.CUBIC -> cs.curveTo((float) c[k], (float) c[k + 1], (float) c[k + 2], (float) c[k + 3],
                            (float) c[k + 4], (float) c[k + 5]);
                    default -> cs.closePath();
                }
                int n = Outline.coordinates(op);
                if (n > 0) {
                    lastX = c[k + n - 2];
                    lastY = c[k + n - 1];
                }
                k += n;
            }
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        icons.put(icon, form);
        return form;
    }

    /** The width of a text in points at a size. */
    public double width(String text, boolean semiBold, double size) {
        try {
            return font(semiBold).getStringWidth(printable(text, semiBold)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far below a line's vertical centre the baseline is, at a size. */
    public double baselineBelowCentre(boolean semiBold, double size) {
        var descriptor = font(semiBold).getFontDescriptor();
        return (descriptor.getAscent() + descriptor.getDescent()) / 2 / 1000 * size;
    }

    private static PDType0Font load(PDDocument document, String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the build");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // No ligatures: PDFBox would apply the font's GSUB rules on every showText, compiling a regular expression
            // each time (about 5% of a large report's time), and every text is measured glyph by glyph without them.
            font.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
