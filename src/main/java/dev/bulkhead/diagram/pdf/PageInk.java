package dev.bulkhead.diagram.pdf;

import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramTheme;

/**
 * The colours of a PDF page around its picture: the paper, margins included, and what is printed outside the
 * picture (a tile's overlap marks and label). A dark picture on white paper was a dark panel with white margins, its
 * grey label hard to read on the dark tile beside it; a dark page is the theme's canvas, edge to edge.
 *
 * @param paper null for the paper as it is (white, nothing painted), else the colour the whole page is filled with
 * @param marks the overlap marks' colour
 * @param label the tile label's colour
 */
public record PageInk(Colour paper, Colour marks, Colour label) {
    /** A light page, exactly as it has always printed: white paper, light grey marks, a darker grey label. */
    static final PageInk LIGHT = new PageInk(null, Colour.hex("#94a3b8"), Colour.hex("#64748b"));

    /** The ink of a page whose picture is drawn in {@code theme}. */
    public static PageInk of(DiagramTheme theme) {
        // The label in the theme's text colour, as the picture's own title; the marks quieter, as its borders.
        return theme.isDark() ? new PageInk(theme.colour("-bh-canvas"), theme.colour("-bh-border-strong"), theme.colour("-bh-text"))
                : LIGHT;
    }
}
