package dev.bulkhead.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The canvas strokes only the parts of a connection near its view (issue 16), and the picture is the one the whole
 * line made: the same pixels, up to the renderer's rounding of coordinates far off screen.
 */
@ExtendWith(ApplicationExtension.class)
class PolylineClipTest {
    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;

    @Start
    void start(Stage stage) {
    }

    @Test
    void aLineWhollyNearTheViewIsSentAsItIs() {
        PolylineClip clip = view(1, 0, 0);
        double[] line = {10, 10, 200, 10, 200, 250};

        List<double[]> paths = paths(clip, line);

        assertThat(paths).containsExactly(line);
    }

    @Test
    void aLongLineIsCutWhereItLeavesTheAreaAroundTheViewAlongTheSameLine() {
        PolylineClip clip = view(2, 0, 0); // the view is 0..200 × 0..150 in scene units, the area 32 units wider each side
        double[] line = {-50_000, 75, 50_000, 75};

        List<double[]> paths = paths(clip, line);

        assertThat(paths).hasSize(1);
        assertThat(paths.get(0)).containsExactly(new double[] {-32, 75, 232, 75}, within(1e-9));
    }

    @Test
    void segmentsFarFromTheViewAreLeftOutAndTheRestKeepTheirJoints() {
        PolylineClip clip = view(1, 0, 0);
        // Far away to the left, down through the view, then far away to the right and back far below.
        double[] line = {-9_000, -9_000, 100, -9_000, 100, 100, 150, 100, 9_000, 100, 9_000, 9_000};

        List<double[]> paths = paths(clip, line);

        // One sub-path: in from the top edge of the area, the joint at (100,100) kept, out at the right edge.
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0)).containsExactly(new double[] {100, -64, 100, 100, 150, 100, 464, 100}, within(1e-9));
        assertThat(clip.clip(new double[] {-9_000, -9_000, 9_000, -9_000}, (x, y) -> { }, (x, y) -> { })).isFalse();
    }

    @Test
    void theCanvasShowsTheSamePixelsAsWhenEveryLineWasStrokedWhole() throws Exception {
        // Long lines through the view at 300%, and a sharp mitred joint just outside it whose tip reaches in.
        double scale = 3;
        double[][] lines = {
                {-20_000, -15_000, 20_000, 15_000},
                {-30_000, 40, 30_000, 60, 30_000, 30_000},
                {60, -40_000, 70, 40_000},
                {20, 140, 137, 95, 20, 96}, // the joint at x 137 lies beyond the view's right edge (133.3)
                {-5_000, 50, 10, 50, 10, 5_000},
        };
        int[] whole = draw(lines, scale, false);
        int[] clipped = draw(lines, scale, true);

        int different = 0;
        int worst = 0;
        for (int i = 0; i < whole.length; i++) {
            if (whole[i] != clipped[i]) {
                different++;
                for (int shift = 0; shift < 32; shift += 8) {
                    worst = Math.max(worst, Math.abs((whole[i] >> shift & 0xff) - (clipped[i] >> shift & 0xff)));
                }
            }
        }
        assertThat(worst).as("largest difference of a colour channel, of 255").isLessThanOrEqualTo(2);
        assertThat(different).as("pixels that differ at all").isLessThan(whole.length / 100);
        assertThat(countInk(clipped)).as("the lines are drawn").isGreaterThan(1_000);
    }

    private static int countInk(int[] pixels) {
        int ink = 0;
        for (int pixel : pixels) {
            if (pixel != 0xffffffff) {
                ink++;
            }
        }
        return ink;
    }

    private static int[] draw(double[][] lines, double scale, boolean throughClip) throws Exception {
        CompletableFuture<int[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas canvas = new Canvas(WIDTH, HEIGHT);
                GraphicsContext g = canvas.getGraphicsContext2D();
                g.setFill(Color.WHITE);
                g.fillRect(0, 0, WIDTH, HEIGHT);
                FxSurface surface = new FxSurface(CanvasTheme.of(false)).on(g);
                surface.transform(scale, 0, 0);
                g.setStroke(Color.BLACK);
                g.setLineWidth(1.4);
                for (double[] line : lines) {
                    if (throughClip) {
                        surface.strokePolyline(line);
                    } else {
                        g.beginPath();
                        g.moveTo(line[0], line[1]);
                        for (int i = 2; i + 1 < line.length; i += 2) {
                            g.lineTo(line[i], line[i + 1]);
                        }
                        g.stroke();
                    }
                }
                WritableImage image = canvas.snapshot(null, null);
                int[] pixels = new int[WIDTH * HEIGHT];
                image.getPixelReader().getPixels(0, 0, WIDTH, HEIGHT, PixelFormat.getIntArgbInstance(), pixels, 0, WIDTH);
                result.complete(pixels);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static PolylineClip view(double scale, double translateX, double translateY) {
        PolylineClip clip = new PolylineClip();
        clip.set(scale, translateX, translateY, WIDTH, HEIGHT);
        return clip;
    }

    private static List<double[]> paths(PolylineClip clip, double[] line) {
        List<double[]> paths = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        clip.clip(line, (x, y) -> {
            if (!current.isEmpty()) {
                paths.add(current.stream().mapToDouble(Double::doubleValue).toArray());
                current.clear();
            }
            current.add(x);
            current.add(y);
        }, (x, y) -> {
            current.add(x);
            current.add(y);
        });
        if (!current.isEmpty()) {
            paths.add(current.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return paths;
    }
}
