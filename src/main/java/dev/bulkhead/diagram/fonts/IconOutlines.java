package dev.bulkhead.diagram.fonts;

import dev.bulkhead.diagram.Icon;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The icons' outlines, read once from Feather's font (the same file the canvas draws its icons with), so that
 * SVG, PNG and PDF draw them as vector shapes that need no icon font. fontbox hands outlines over as Java2D
 * paths, which is why this reader may touch {@code java.awt.geom}; what it returns is toolkit-free.
 */
public final class IconOutlines {
    private static final Map<Icon, Outline> OUTLINES = new EnumMap<>(Icon.class);
    /** Where the baseline sits below the vertical centre of a line of the icon font, in ems. */
    private static final double BASELINE;

    static {
        try (InputStream in = IconOutlines.class.getResourceAsStream(Icon.FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the icon font " + Icon.FONT_RESOURCE + " is missing from the class path");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            double em = font.getUnitsPerEm();
            BASELINE = (font.getHorizontalHeader().getAscender() + font.getHorizontalHeader().getDescender()) / 2.0 / em;
            for (Icon icon : Icon.values()) {
                int gid = font.getUnicodeCmapLookup().getGlyphId(icon.codePoint());
                GlyphData glyph = font.getGlyph().getGlyph(gid);
                OUTLINES.put(icon, glyph == null ? new Outline(new byte[0], new double[0]) : outline(glyph.getPath(), em));
            }
            font.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IconOutlines() {
    }

    /** An icon's outline in ems, origin on the baseline at the glyph's left edge. */
    public static Outline of(Icon icon) {
        return OUTLINES.get(icon);
    }

    /**
     * How far below a line's vertical centre the icon font's baseline is, in ems: what JavaFX's centred text
     * baseline does with the glyph on the canvas.
     */
    public static double baselineBelowCentre() {
        return BASELINE;
    }

    private static Outline outline(GeneralPath path, double em) {
        byte[] ops = new byte[64];
        double[] coords = new double[256];
        int opCount = 0;
        int coordCount = 0;
        double[] segment = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(segment);
            byte op = switch (type) {
                case PathIterator.SEG_MOVETO -> Outline.MOVE;
                case PathIterator.SEG_LINETO -> Outline.LINE;
                case PathIterator.SEG_QUADTO -> Outline.QUAD;
                case PathIterator.SEG_CUBICTO -> Outline.CUBIC;
                default -> Outline.CLOSE;
            };
            if (opCount == ops.length) {
                ops = Arrays.copyOf(ops, ops.length * 2);
            }
            ops[opCount++] = op;
            int n = Outline.coordinates(op);
            if (coordCount + n > coords.length) {
                coords = Arrays.copyOf(coords, coords.length * 2 + n);
            }
            for (int i = 0; i < n; i += 2) {
                coords[coordCount++] = segment[i] / em;
                coords[coordCount++] = -segment[i + 1] / em;
            }
        }
        return new Outline(Arrays.copyOf(ops, opCount), Arrays.copyOf(coords, coordCount));
    }
}
