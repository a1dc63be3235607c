package dev.bulkhead.diagram.fonts;

import dev.bulkhead.diagram.DiagramFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Text widths in Inter, the UI's font, read from the font files the app bundles (advance widths, no toolkit), for
 * surfaces that cannot measure text themselves (SVG): an SVG viewer with Inter then lays text out as the canvas did.
 */
public final class InterMetrics {
    static final String FONTS = "/dev/bulkhead/ui/fonts/";
    private static final Face REGULAR = load("Inter-Regular.otf");
    private static final Face SEMI_BOLD = load("Inter-SemiBold.otf");

    private InterMetrics() {
    }

    /** The width of a text in a font, in the font's units (points or pixels, as its size). */
    public static double width(String text, DiagramFont font) {
        return (font.semiBold() ? SEMI_BOLD : REGULAR).width(text) * font.size();
    }

    /** How far below a line's vertical centre the baseline is, in the font's units. */
    public static double baselineBelowCentre(DiagramFont font) {
        return (font.semiBold() ? SEMI_BOLD : REGULAR).baseline * font.size();
    }

    /** The bytes of a bundled Inter face, for surfaces that embed or load it (Java2D). */
    public static byte[] fontFile(boolean semiBold) {
        return read(semiBold ? "Inter-SemiBold.otf" : "Inter-Regular.otf");
    }

    private static Face load(String file) {
        try {
            OpenTypeFont font = new OTFParser().parse(new RandomAccessReadBuffer(read(file)));
            double em = font.getUnitsPerEm();
            CmapLookup cmap = font.getUnicodeCmapLookup();
            int[] advances = new int[0x2200];
            for (int c = 0; c < advances.length; c++) {
                int gid = cmap.getGlyphId(c);
                advances[c] = gid == 0 ? -1 : font.getAdvanceWidth(gid);
            }
            int fallback = font.getAdvanceWidth(cmap.getGlyphId('n'));
            double baseline = (font.getHorizontalHeader().getAscender() + font.getHorizontalHeader().getDescender()) / 2.0 / em;
            font.close();
            return new Face(advances, fallback, em, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = InterMetrics.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One face's advance widths for the characters a model's names use (Latin, punctuation, arrows). */
    private static final class Face {
        private final int[] advances;
        private final int fallback;
        private final double em;
        private final double baseline;
        private final Map<String, Double> widths = new ConcurrentHashMap<>();

        Face(int[] advances, int fallback, double em, double baseline) {
            this.advances = advances;
            this.fallback = fallback;
            this.em = em;
            this.baseline = baseline;
        }

        double width(String text) {
            Double known = widths.get(text);
            if (known != null) {
                return known;
            }
            long units = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int advance = c < advances.length ? advances[c] : -1;
                units += advance < 0 ? fallback : advance;
            }
            double width = units / em;
            if (widths.size() < 100_000) {
                widths.put(text, width);
            }
            return width;
        }
    }
}
