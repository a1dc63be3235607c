package dev.bulkhead.ui.canvas;

import static dev.bulkhead.ui.canvas.CanvasTestFx.canvasOn;
import static dev.bulkhead.ui.canvas.CanvasTestFx.fx;
import static dev.bulkhead.ui.canvas.CanvasTestFx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.ui.fx.Themes;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A drop whose drawing one frame cannot hold (the whole of a 10,000-element model in view, issue 16) is drawn under
 * the canvas on show over several frames: meanwhile the window shows what the drag showed, the shapes where they
 * were and their ghosts where they landed, and then exactly what drawing the view in one frame shows. The tests make
 * a small sample's drawing "too large" for one frame by lowering the limit.
 */
@ExtendWith(ApplicationExtension.class)
class DrawnInPlaceTest {
    private CanvasView view;

    @Start
    void start(Stage stage) throws Exception {
        Themes.loadFonts();
        view = canvasOn(stage, new ModelDocument(new ModelReader().read(Path.of("sample-models", "workshop-starter.bulkhead.json"))));
        view.document().edit("Place elements", AutoLayout::placeMissingIn); // the sample stores no positions
    }

    @Test
    void aDropTooLargeForOneFrameKeepsTheDragsPictureUntilItsDrawingIsDown() throws Exception {
        List<ElementId> tenants = fx(this::selectTwoTenantsInTheWholeView);
        WritableImage dragging = fx(() -> {
            view.setPreview(DragPreview.move(tenants, 40, 0));
            view.layout();
            return view.snapshot(null, null);
        });

        DropsFrame drop = fx(() -> {
            view.drawInOneFrameUpTo(10);
            view.fixSharpShapesPerFrame(5);
            view.setPreview(DragPreview.NONE);
            Geometry box = view.scene().bounds(tenants.get(0));
            assertThat(view.edits().move(tenants, 40, 0, box.x() + box.width() / 2 + 40, box.y() + 12, view.scene(), false)
                    .applied()).as("the drop").isTrue();
            view.layout();
            List<Geometry> landed = tenants.stream().map(id -> onScreen(view.scene().bounds(id))).toList();
            return new DropsFrame(view.snapshot(null, null), view.isDrawingSharp(), view.ghostsOnShow(), landed);
        });
        assertThat(drop.drawingUnderway()).as("drawn under the canvas on show").isTrue();
        assertThat(drop.ghostsOnShow()).as("the ghosts stay with the picture they stand on").isTrue();
        // The selection's outlines move to where the shapes landed; the rest is the drag's picture, shapes where they were.
        assertThat(Pixels.differingOutside(drop.picture(), dragging, drop.landed(), 8)).as("the drop's frame shows what the drag showed")
                .isZero();

        waitUntil(() -> fx(view::isSharp));
        WritableImage drawnInParts = fx(() -> view.snapshot(null, null));
        assertThat(fx(view::sharpDrawingFrames)).as("frames the drawing took").isGreaterThan(5);
        assertThat(fx(view::ghostsOnShow)).as("the ghosts go with the old picture").isFalse();
        assertThat(Pixels.differing(drawnInParts, drawnInOneFrame())).isZero();
        assertThat(Pixels.differing(drawnInParts, dragging)).as("the drop is drawn where it landed").isPositive();
    }

    @Test
    void aDrawingOneFrameHoldsIsDrawnInTheEditsFrame() throws Exception {
        List<ElementId> tenants = fx(this::selectTwoTenantsInTheWholeView);
        boolean drawingAfterTheEdit = fx(() -> {
            Geometry box = view.scene().bounds(tenants.get(0));
            view.edits().move(tenants, 40, 0, box.x() + box.width() / 2 + 40, box.y() + 12, view.scene(), false);
            view.layout();
            return view.isDrawingSharp();
        });

        assertThat(drawingAfterTheEdit).isFalse();
        assertThat(fx(view::isSharp)).isTrue();
    }

    private record DropsFrame(WritableImage picture, boolean drawingUnderway, boolean ghostsOnShow, List<Geometry> landed) {
    }

    private Geometry onScreen(Geometry box) {
        Viewport v = view.viewport();
        return new Geometry(v.toScreenX(box.x()), v.toScreenY(box.y()), box.width() * v.scale(), box.height() * v.scale());
    }

    /** Two tenants selected with the whole model in view, as a drag of them starts. */
    private List<ElementId> selectTwoTenantsInTheWholeView() {
        List<ElementId> tenants = view.document().snapshot().all(Tenant.class).stream().limit(2).map(Element::id).toList();
        view.fitToWindow();
        view.selection().setAll(tenants);
        view.layout();
        return tenants;
    }

    /** The current view drawn again in a single frame. */
    private WritableImage drawnInOneFrame() throws Exception {
        return fx(() -> {
            view.drawInOneFrameUpTo(SharpDrawing.ONE_FRAME_SHAPES);
            view.redraw();
            view.layout();
            return view.snapshot(null, null);
        });
    }
}
