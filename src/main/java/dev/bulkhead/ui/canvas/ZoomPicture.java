package dev.bulkhead.ui.canvas;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * What a zoom gesture's steps show: the diagram's picture as drawn, scaled to each step's zoom by this class into an
 * image the renderer only copies (issue 16). The software renderer's transformed copy of a full-view canvas, filtered
 * or not, took 12-13 ms of each step's painting at 1,050 × 738 pixels; scaling nearest-pixel here takes about 1 ms and
 * copying the result about 3 ms. The gesture's first step captures the picture (a snapshot of the canvas, 2-3 ms once
 * warm); the picture is dropped whenever the canvas it came from is drawn again.
 */
final class ZoomPicture {
    private final ImageView view = new ImageView();
    /** The captured picture's pixels (premultiplied ARGB) and its size in pixels. */
    private int[] source = new int[0];
    private int width;
    private int height;
    private double pixelScale = 1;
    private Canvas capturedFrom;
    private WritableImage snapshot;
    /** The scaled picture on show, written in place each step. */
    private int[] shown = new int[0];
    private PixelBuffer<IntBuffer> buffer;

    ZoomPicture() {
        view.setMouseTransparent(true);
        view.setVisible(false);
        view.setSmooth(false); // shown at its own size in pixels: nothing to filter
    }

    ImageView node() {
        return view;
    }

    boolean isOnShow() {
        return view.isVisible();
    }

    /**
     * Shows the picture the canvas of this drawn view holds, drawn at its view, where the current view puts it, and takes the
     * canvas off show. The first call after the canvas was drawn captures its picture.
     */
    void show(DrawnView drawn, Viewport current, double pixelScale) {
        Canvas canvas = drawn.canvas();
        int pixelsWide = (int) Math.ceil(canvas.getWidth() * pixelScale);
        int pixelsHigh = (int) Math.ceil(canvas.getHeight() * pixelScale);
        if (capturedFrom != canvas || pixelsWide != width || pixelsHigh != height || pixelScale != this.pixelScale) {
            capture(drawn, pixelsWide, pixelsHigh, pixelScale);
        }
        // The captured picture is of the drawing the canvas still holds (it is forgotten whenever the canvas is drawn on).
        DrawnView.Mapping to = drawn.mappingTo(current);
        buffer.updateBuffer(pixels -> {
            scaleNearest(source, shown, width, height, to.ratio(), to.shiftX() * pixelScale, to.shiftY() * pixelScale);
            return null; // the whole image changed
        });
        view.setVisible(true);
        canvas.setVisible(false);
    }

    /** Forgets the captured picture: the canvas it came from was drawn on; the next step captures it again. */
    void invalidate() {
        capturedFrom = null;
    }

    /** Takes the picture off show, forgets it and puts the canvas on show: it is drawn again, or another is on show. */
    void forget(Canvas onShow) {
        invalidate();
        if (view.isVisible()) {
            view.setVisible(false);
        }
        onShow.setVisible(true);
    }

    private void capture(DrawnView drawn, int pixelsWide, int pixelsHigh, double scale) {
        Canvas canvas = drawn.canvas();
        drawn.showAsDrawn(); // the snapshot applies the canvas's own transform: take the picture as it was drawn
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setViewport(new Rectangle2D(0, 0, pixelsWide, pixelsHigh));
        if (snapshot == null || (int) snapshot.getWidth() != pixelsWide || (int) snapshot.getHeight() != pixelsHigh) {
            snapshot = new WritableImage(pixelsWide, pixelsHigh);
            source = new int[pixelsWide * pixelsHigh];
            shown = new int[pixelsWide * pixelsHigh];
            buffer = new PixelBuffer<>(pixelsWide, pixelsHigh, IntBuffer.wrap(shown), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        canvas.setVisible(true); // a canvas off show renders nothing, into a snapshot too; show() hides it again
        canvas.snapshot(parameters, snapshot);
        snapshot.getPixelReader().getPixels(0, 0, pixelsWide, pixelsHigh, PixelFormat.getIntArgbPreInstance(), source, 0, pixelsWide);
        view.setFitWidth(pixelsWide / scale);
        view.setFitHeight(pixelsHigh / scale);
        width = pixelsWide;
        height = pixelsHigh;
        pixelScale = scale;
        capturedFrom = canvas;
    }

    /**
     * Writes into {@code target} the picture in {@code source} scaled by {@code ratio} and moved by the shift, both
     * {@code width × height} pixels: each pixel takes the source pixel its centre falls in, transparent outside it.
     */
    static void scaleNearest(int[] source, int[] target, int width, int height, double ratio, double shiftX, double shiftY) {
        int[] columns = new int[width];
        for (int x = 0; x < width; x++) {
            columns[x] = (int) Math.floor((x + 0.5 - shiftX) / ratio);
        }
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int sourceY = (int) Math.floor((y + 0.5 - shiftY) / ratio);
            if (sourceY < 0 || sourceY >= height) {
                Arrays.fill(target, row, row + width, 0);
                continue;
            }
            int sourceRow = sourceY * width;
            for (int x = 0; x < width; x++) {
                int sourceX = columns[x];
                target[row + x] = sourceX < 0 || sourceX >= width ? 0 : source[sourceRow + sourceX];
            }
        }
    }
}
