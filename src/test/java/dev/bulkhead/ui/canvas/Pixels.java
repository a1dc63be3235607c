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
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader first = a.getPixelReader();
        PixelReader second = b.getPixelReader();
        long differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (first.getArgb(x, y) != second.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
