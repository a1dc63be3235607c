package dev.bulkhead.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** Pixel comparison of two snapshots of the canvas, for the tests that check a drawing against one made afresh. */
final class Pixels {
    private Pixels() {
    }

    /** How many pixels differ between two snapshots of the same size (asserted). */
    static long differing(WritableImage a, WritableImage b) {
        return differingOutside(a, b, java.util.List.of(), 0);
    }

    /** As {@link #differing}, leaving out the pixels within {@code margin} of the rectangles {@code except}. */
    static long differingOutside(WritableImage a, WritableImage b, java.util.List<dev.bulkhead.model.Geometry> except, double margin) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader first = a.getPixelReader();
        PixelReader second = b.getPixelReader();
        long differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (first.getArgb(x, y) != second.getArgb(x, y) && !near(except, x, y, margin)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static boolean near(java.util.List<dev.bulkhead.model.Geometry> boxes, int x, int y, double margin) {
        for (dev.bulkhead.model.Geometry box : boxes) {
            if (x >= box.x() - margin && x <= box.maxX() + margin && y >= box.y() - margin && y <= box.maxY() + margin) {
                return true;
            }
        }
        return false;
    }
}
