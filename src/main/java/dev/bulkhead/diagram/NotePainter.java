package dev.bulkhead.diagram;

import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Geometry;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the canvas notes of a model through a {@link DrawingSurface}: a pale box with the note's text wrapped to its
 * width, cut with "…" where the box ends. Exports (SVG, PNG, PDF and the report's diagram) draw them here; the
 * canvas shows them as editable boxes of its own (ui.canvas), in the same colours.
 */
public final class NotePainter {
    static final DiagramFont FONT = DiagramFont.regular(13);
    static final double PADDING = 10;
    static final double LINE_HEIGHT = 18;

    private NotePainter() {
    }

    /** Draws each note, later ones over earlier ones. */
    public static void paint(DrawingSurface g, DiagramTheme theme, List<CanvasNote> notes) {
        for (CanvasNote note : notes) {
            Geometry b = note.box();
            g.fill(theme.colour("-bh-note"));
            g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 6);
            g.stroke(theme.colour("-bh-note-border"));
            g.lineWidth(1.2);
            g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 6);
            g.fill(theme.colour("-bh-text"));
            double width = b.width() - 2 * PADDING;
            List<String> lines = wrap(note.text(), width);
            int fits = (int) Math.max(1, Math.floor((b.height() - 2 * PADDING + 4) / LINE_HEIGHT));
            for (int i = 0; i < Math.min(fits, lines.size()); i++) {
                String line = i == fits - 1 && lines.size() > fits ? lines.get(i) + "…" : lines.get(i);
                g.text(line, FONT, b.x() + PADDING, b.y() + PADDING + LINE_HEIGHT * i + LINE_HEIGHT / 2, Align.LEFT, width);
            }
        }
    }

    /** The note's lines at a width: its own line breaks, then words wrapped greedily; a word too long stands alone. */
    public static List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.replace('\t', ' ').split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && InterMetrics.width(candidate, FONT) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
