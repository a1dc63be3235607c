package dev.bulkhead.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.java2d.PngDiagram;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.ui.fx.Themes;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The exported picture shows what the canvas shows: one sample drawn by the same painter on a JavaFX canvas (as
 * the app draws it) and by Java2D (as PNG export draws it), compared pixel by pixel. Shapes and colours are the
 * same; only anti-aliasing and the two text rasterisers differ, which the tolerance allows for:
 * the mean difference per colour channel stays under 1 (of 255) and fewer than 0.5% of pixels differ by more than
 * 64 in some channel (measured: 0.16 and 0.04%). A wrong colour, a missing shape or a shifted label breaks either bound at once.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasMatchesExportTest {
    static final double MEAN_TOLERANCE = 1;
    static final double DIFFERENT_PIXELS_TOLERANCE = 0.005;

    @Start
    void start(Stage stage) {
        Themes.loadFonts();
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void javaFxCanvasAndJava2dDrawTheSamePicture(String theme) throws Exception {
        Comparison comparison = compare("workshop-starter.bulkhead.json", theme.equals("dark"));
        System.out.printf("canvas vs Java2D, %s: mean difference %.3f per channel, %.4f of pixels clearly different%n", theme,
                comparison.meanDifference(), comparison.differentShare());

        assertThat(comparison.meanDifference()).as("mean difference per channel").isLessThan(MEAN_TOLERANCE);
        assertThat(comparison.differentShare()).as("share of clearly different pixels").isLessThan(DIFFERENT_PIXELS_TOLERANCE);
    }

    @Test
    void theComparisonNoticesAPictureThatIsNotTheSame() throws Exception {
        // The same measure between the light and the dark theme must fail: the test can fail.
        DiagramPicture light = picture("workshop-starter.bulkhead.json", false);
        DiagramPicture dark = picture("workshop-starter.bulkhead.json", true);
        Comparison comparison = Comparison.of(PngDiagram.image(light, 1), PngDiagram.image(dark, 1));
        assertThat(comparison.meanDifference() >= MEAN_TOLERANCE || comparison.differentShare() >= DIFFERENT_PIXELS_TOLERANCE).isTrue();
    }

    static Comparison compare(String sample, boolean dark) throws Exception {
        DiagramPicture picture = picture(sample, dark);
        BufferedImage java2d = PngDiagram.image(picture, 1);
        CompletableFuture<BufferedImage> fx = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas canvas = new Canvas(java2d.getWidth(), java2d.getHeight());
                picture.draw(new FxSurface(CanvasTheme.of(dark)).on(canvas.getGraphicsContext2D()), 1, 0, 0);
                WritableImage snapshot = canvas.snapshot(null, null);
                fx.complete(toBuffered(snapshot));
            } catch (RuntimeException e) {
                fx.completeExceptionally(e);
            }
        });
        return Comparison.of(fx.get(30, TimeUnit.SECONDS), java2d);
    }

    static DiagramPicture picture(String sample, boolean dark) throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(Path.of("sample-models", sample)));
        return DiagramExport.picture(analysis, DiagramExport.Options.of(DiagramExport.Format.PNG).withDark(dark).withLegend(true)
                .withDate(LocalDate.of(2026, 11, 30)));
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return out;
    }

    /** How far two images of one size are apart. */
    record Comparison(double meanDifference, double differentShare) {
        static Comparison of(BufferedImage a, BufferedImage b) {
            assertThat(a.getWidth()).isEqualTo(b.getWidth());
            assertThat(a.getHeight()).isEqualTo(b.getHeight());
            long total = 0;
            long different = 0;
            for (int y = 0; y < a.getHeight(); y++) {
                for (int x = 0; x < a.getWidth(); x++) {
                    int p = a.getRGB(x, y);
                    int q = b.getRGB(x, y);
                    int worst = 0;
                    for (int shift = 0; shift <= 16; shift += 8) {
                        int d = Math.abs((p >> shift & 0xff) - (q >> shift & 0xff));
                        total += d;
                        worst = Math.max(worst, d);
                    }
                    if (worst > 64) {
                        different++;
                    }
                }
            }
            double pixels = (double) a.getWidth() * a.getHeight();
            return new Comparison(total / (pixels * 3), different / pixels);
        }
    }
}
