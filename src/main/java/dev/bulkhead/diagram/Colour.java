package dev.bulkhead.diagram;

import java.util.Locale;

/**
 * An sRGB colour with opacity, as the theme's tokens define it. Toolkit-free, so that every drawing surface (the
 * JavaFX canvas, SVG, Java2D, PDF) turns the same value into its own colour type.
 */
public record Colour(int red, int green, int blue, double opacity) {
    public static final Colour WHITE = new Colour(255, 255, 255, 1);
    public static final Colour BLACK = new Colour(0, 0, 0, 1);

    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("colour out of range: " + red + "," + green + "," + blue + "," + opacity);
        }
    }

    /** A colour from CSS hex notation, {@code #rrggbb}. */
    public static Colour hex(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, 1);
    }

    /** The same colour at another opacity. */
    public Colour withOpacity(double value) {
        return new Colour(red, green, blue, value);
    }

    /** {@code #rrggbb}, the opacity left out. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The colour as 0xAARRGGBB. */
    public int argb() {
        return (int) Math.round(opacity * 255) << 24 | red << 16 | green << 8 | blue;
    }
}
