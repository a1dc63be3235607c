package dev.bulkhead.ui.canvas;

import static dev.bulkhead.ui.canvas.CanvasTestFx.canvasOn;
import static dev.bulkhead.ui.canvas.CanvasTestFx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
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
 * A drag's ghosts are drawn once and then moved as a picture (issue 16): the steps of a drag draw nothing again, and
 * what the canvas shows at each is, pixel for pixel, what drawing the ghosts there afresh shows.
 */
@ExtendWith(ApplicationExtension.class)
class GhostLayerTest {
    private CanvasView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Themes.loadFonts();
        this.stage = stage;
        view = canvasOn(stage, new ModelDocument(new ModelReader().read(Path.of("sample-models", "workshop-starter.bulkhead.json"))));
        view.document().edit("Place elements", AutoLayout::placeMissingIn); // the sample stores no positions
    }

    @Test
    void theStepsOfADragMoveTheGhostsWithoutDrawingThemAgain() throws Exception {
        List<ElementId> tenants = fx(this::selectTenantsAtActualSize);
        WritableImage moved = null;
        for (int step = 1; step <= 12; step++) {
            double dx = 7 * step;
            double dy = -3 * step;
            moved = fx(() -> {
                view.setPreview(DragPreview.move(tenants, dx, dy));
                view.layout();
                return view.snapshot(null, null);
            });
        }

        assertThat(fx(view::ghostRedraws)).as("drawn once, then moved").isEqualTo(1);
        assertThat(Pixels.differing(moved, drawnAfresh(DragPreview.move(tenants, 84, -36)))).isZero();
    }

    @Test
    void aDragBeyondThePictureDrawsItAgainWhereTheGhostsAreNow() throws Exception {
        List<ElementId> tenants = fx(this::selectTenantsAtActualSize);
        WritableImage moved = null;
        for (int step = 1; step <= 4; step++) {
            double dx = 100 * step;
            moved = fx(() -> {
                view.setPreview(DragPreview.move(tenants, dx, 10));
                view.layout();
                return view.snapshot(null, null);
            });
        }

        assertThat(fx(view::ghostRedraws)).as("the picture reaches 256 px past the view").isEqualTo(2);
        assertThat(Pixels.differing(moved, drawnAfresh(DragPreview.move(tenants, 400, 10)))).isZero();
    }

    @Test
    void theComparisonNoticesGhostsOnePixelOff() throws Exception {
        List<ElementId> tenants = fx(this::selectTenantsAtActualSize);
        WritableImage moved = fx(() -> {
            view.setPreview(DragPreview.move(tenants, 30, 20));
            view.layout();
            return view.snapshot(null, null);
        });

        assertThat(Pixels.differing(moved, drawnAfresh(DragPreview.move(tenants, 31, 20)))).isPositive();
    }

    @Test
    void theGhostsGoWhenTheDragEnds() throws Exception {
        List<ElementId> tenants = fx(this::selectTenantsAtActualSize);
        WritableImage before = fx(() -> {
            view.layout();
            return view.snapshot(null, null);
        });
        WritableImage after = fx(() -> {
            view.setPreview(DragPreview.move(tenants, 30, 20));
            view.layout();
            view.setPreview(DragPreview.NONE);
            view.layout();
            return view.snapshot(null, null);
        });

        assertThat(Pixels.differing(before, after)).isZero();
    }

    /** Three tenants selected, at 100% with the first in view, as a drag of them starts. */
    private List<ElementId> selectTenantsAtActualSize() {
        List<ElementId> tenants = view.document().snapshot().all(Tenant.class).stream().limit(3).map(Element::id).toList();
        view.selection().setAll(tenants);
        view.zoomToActualSize();
        view.centreOn(view.scene().bounds(tenants.get(0)).x(), view.scene().bounds(tenants.get(0)).y());
        view.layout();
        return tenants;
    }

    /** The same view on a new canvas, showing the ghosts of {@code preview} drawn at its first step. */
    private WritableImage drawnAfresh(DragPreview preview) throws Exception {
        return fx(() -> {
            Stage other = new Stage();
            CanvasView fresh = canvasOn(other, new ModelDocument(view.document().snapshot()));
            other.setX(stage.getX());
            other.setY(stage.getY());
            fresh.layout();
            fresh.viewport().setScale(view.viewport().scale(), 0, 0);
            fresh.viewport().pan(view.viewport().translateX() - fresh.viewport().translateX(),
                    view.viewport().translateY() - fresh.viewport().translateY());
            fresh.selection().setAll(view.selection().ordered());
            fresh.setPreview(preview);
            fresh.redraw();
            fresh.layout();
            WritableImage image = fresh.snapshot(null, null);
            assertThat(fresh.ghostRedraws()).isEqualTo(1);
            other.close();
            return image;
        });
    }
}
