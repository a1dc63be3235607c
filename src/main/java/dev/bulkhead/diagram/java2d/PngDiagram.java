package dev.bulkhead.diagram.java2d;

import dev.bulkhead.diagram.DiagramPicture;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A diagram picture as a PNG, rendered by Java2D (headless) at 1×, 2× or 3×. */
public final class PngDiagram {
    /** Larger images than this many pixels would not fit a default heap; the caller should pick a smaller scale. */
    public static final long MAX_PIXELS = 200_000_000L;

    private PngDiagram() {
    }

    /** The image, {@code ceil(width × scale)} by {@code ceil(height × scale)} pixels. */
    public static BufferedImage image(DiagramPicture picture, int scale) {
        int width = (int) Math.ceil(picture.width() * scale);
        int height = (int) Math.ceil(picture.height() * scale);
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("the picture would be " + width + " × " + height + " pixels at " + scale
                    + "×, too large for a PNG; use a smaller --scale, or SVG or PDF");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            picture.draw(new Java2dSurface(g), scale, 0, 0);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] png(DiagramPicture picture, int scale) {
        BufferedImage image = image(picture, scale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer is available in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
