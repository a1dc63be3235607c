package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.Geometry;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * The overview's miniature as pixels: every box but agents and node pools (too small to see) filled in its colour, in
 * drawing order, at least a pixel each. Written as plain pixels and shown as one image: as 10,000 canvas commands the
 * miniature was recorded, then painted again by the software renderer, after every drop at 10,000 elements (issue 16).
 */
final class MiniatureRaster {
    private MiniatureRaster() {
    }

    /**
     * The miniature of {@code scene}, {@code width} × {@code height} ARGB pixels row by row, whose top-left pixel shows
     * the canvas point ({@code originX}, {@code originY}) and each pixel {@code unitsPerPixel} canvas units.
     */
    static int[] of(SceneLayout scene, int width, int height, double originX, double originY, double unitsPerPixel,
                    int background, ToIntFunction<Element> colour) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, background);
        for (Element element : scene.drawOrder()) {
            ElementKind kind = element.kind();
            Geometry box = kind == ElementKind.AGENT || kind == ElementKind.NODE_POOL ? null : scene.bounds(element.id());
            if (box == null) {
                continue;
            }
            double left = (box.x() - originX) / unitsPerPixel;
            double top = (box.y() - originY) / unitsPerPixel;
            int x0 = (int) Math.floor(left);
            int y0 = (int) Math.floor(top);
            // Rounded ends, a pixel at least: a tenant of a 10,000-element model is a fifth of a pixel wide here.
            int x1 = Math.max(x0 + 1, (int) Math.round(left + box.width() / unitsPerPixel));
            int y1 = Math.max(y0 + 1, (int) Math.round(top + box.height() / unitsPerPixel));
            fill(pixels, width, height, x0, y0, x1, y1, colour.applyAsInt(element));
        }
        return pixels;
    }

    private static void fill(int[] pixels, int width, int height, int x0, int y0, int x1, int y1, int argb) {
        int fromX = Math.max(0, x0);
        int toX = Math.min(width, x1);
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            if (fromX < toX) {
                Arrays.fill(pixels, y * width + fromX, y * width + toX, argb);
            }
        }
    }
}
