package dev.bulkhead.diagram.pdf;

import java.util.Locale;

/**
 * How a picture goes onto PDF pages: one page of the picture's own size, or a paper size (portrait or landscape)
 * that the picture is fitted to or tiled across, inside margins. Sizes in points (1/72 inch).
 */
public record PageSpec(Paper paper, boolean landscape, boolean tile) {
    /** Paper sizes; {@link #FIT_PICTURE} is a page cut to the picture. */
    public enum Paper {
        FIT_PICTURE(0, 0), A4(595.28, 841.89), LETTER(612, 792);

        final double width;
        final double height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }

        /** A paper from its command-line name, a4 or letter. */
        public static Paper parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "a4" -> A4;
                case "letter" -> LETTER;
                default -> throw new IllegalArgumentException("unknown page size '" + name + "'; use a4 or letter");
            };
        }
    }

    /** Margins on every side, in points (half an inch). */
    public static final double MARGIN = 36;
    /** What neighbouring tiles repeat of each other, so that they can be glued. */
    public static final double OVERLAP = 18;
    /** One diagram unit (a CSS pixel) is three quarters of a point, as browsers print. */
    public static final double POINTS_PER_UNIT = 0.75;

    public static final PageSpec PICTURE = new PageSpec(Paper.FIT_PICTURE, false, false);

    public double pageWidth() {
        return landscape ? paper.height : paper.width;
    }

    public double pageHeight() {
        return landscape ? paper.width : paper.height;
    }
}
