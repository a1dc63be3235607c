package dev.bulkhead.ui.canvas;

import static dev.bulkhead.ui.canvas.CanvasTestFx.fx;
import static dev.bulkhead.ui.canvas.CanvasTestFx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.ui.fx.Themes;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Once a zoom gesture pauses, the canvas is drawn sharp over several frames under the scaled picture and then
 * shown (issue 16): what it shows in the end is, pixel for pixel, what drawing the view in one frame shows, and a
 * change while it is being drawn stops it, so that a drawing of the old state never comes on show.
 */
@ExtendWith(ApplicationExtension.class)
class SharpDrawingTest {
    private CanvasView view;

    @Start
    void start(Stage stage) throws Exception {
        Themes.loadFonts();
        ModelDocument document = new ModelDocument(new ModelReader().read(Path.of("sample-models", "workshop-starter.bulkhead.json")));
        document.edit("Place elements", AutoLayout::placeMissingIn); // the sample stores no positions, as opening places them
        view = new CanvasView(document, CanvasTheme.of(false));
        stage.setScene(new Scene(new StackPane(view), 900, 600));
        stage.show();
    }

    @Test
    void afterAZoomPausesTheSharpDrawingTakesSeveralFramesAndShowsWhatOneFrameWouldDraw() throws Exception {
        fx(() -> {
            view.fitToWindow();
            view.fixSharpShapesPerFrame(20);
            view.zoomInteractively(1.3, 450, 300);
            return null;
        });
        assertThat(fx(view::isSharp)).as("the scaled picture shows first").isFalse();
        waitUntil(() -> fx(view::isSharp));
        WritableImage drawnInParts = fx(() -> view.snapshot(null, null));

        int frames = fx(view::sharpDrawingFrames);
        System.out.printf("sharp drawing after a zoom, 20 shapes a frame: %d frames%n", frames);
        assertThat(frames).as("frames the sharp drawing took").isGreaterThan(5);
        assertThat(Pixels.differing(drawnInParts, drawnInOneFrame())).isZero();
    }

    @Test
    void aChangeWhileTheSharpDrawingIsUnderWayStopsItAndTheChangeIsDrawn() throws Exception {
        fx(() -> {
            view.fitToWindow();
            view.fixSharpShapesPerFrame(5);
            view.zoomInteractively(1.3, 450, 300);
            return null;
        });
        waitUntil(() -> fx(view::isDrawingSharp));
        boolean moved = fx(() -> {
            // An external endpoint stands on its own: moved aside, it stays where it may live.
            Element endpoint = view.document().snapshot().elements().values().stream()
                    .filter(e -> e.kind() == ElementKind.EXTERNAL_ENDPOINT && view.scene().bounds(e.id()) != null).findFirst().orElseThrow();
            Geometry box = view.scene().bounds(endpoint.id());
            double x = box.x() + box.width() / 2 + 48;
            double y = box.y() + box.height() / 2;
            return view.edits().move(List.of(endpoint.id()), 48, 0, x, y, view.scene(), false).applied();
        });
        assertThat(moved).as("the edit during the drawing").isTrue();
        waitUntil(() -> fx(view::isSharp));
        Thread.sleep(300); // were the stopped drawing still going, it would swap in meanwhile
        WritableImage shown = fx(() -> view.snapshot(null, null));

        assertThat(fx(view::isDrawingSharp)).isFalse();
        assertThat(Pixels.differing(shown, drawnInOneFrame())).isZero();
    }

    @Test
    void theComparisonNoticesADrawingThatIsNotTheSharpOne() throws Exception {
        // The scaled picture of the gesture is not the sharp drawing: the pixel comparison above can fail.
        fx(() -> {
            view.fitToWindow();
            view.fixSharpShapesPerFrame(5);
            view.zoomInteractively(1.3, 450, 300);
            view.layout();
            return null;
        });
        WritableImage scaled = fx(() -> view.snapshot(null, null));
        waitUntil(() -> fx(view::isSharp));

        assertThat(Pixels.differing(scaled, drawnInOneFrame())).isPositive();
    }

    /** The current view drawn again from scratch in a single frame, as every redraw other than a zoom's is. */
    private WritableImage drawnInOneFrame() throws Exception {
        return fx(() -> {
            view.redraw();
            view.layout();
            return view.snapshot(null, null);
        });
    }
}
