package dev.bulkhead.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ModelDocument;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** What the canvas tests do on and around the application thread: one copy instead of one per test. */
final class CanvasTestFx {
    private CanvasTestFx() {
    }

    /** Runs {@code work} on the application thread and returns what it returns, waiting at most 30 s. */
    static <T> T fx(Callable<T> work) throws Exception {
        return fx(work, 30);
    }

    /** The same, waiting at most {@code seconds} (a large model's first frames). */
    static <T> T fx(Callable<T> work, int seconds) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(seconds, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} every 10 ms until it holds, failing after 20 s. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** A light-themed canvas on {@code document}, alone in a 900 × 600 window on {@code stage}, without its overview. */
    static CanvasView canvasOn(Stage stage, ModelDocument document) {
        CanvasView canvas = new CanvasView(document, CanvasTheme.of(false));
        // The overview keeps the scale it was first drawn at while the model fits it: two canvases drawn at different
        // views before differ there by a pixel whatever the scene, so pixel comparisons leave it out.
        canvas.showOverviewProperty().set(false);
        stage.setScene(new Scene(new StackPane(canvas), 900, 600));
        stage.show();
        return canvas;
    }
}
