package dev.bulkhead.ui.canvas;

import static dev.bulkhead.ui.canvas.CanvasTestFx.canvasOn;
import static dev.bulkhead.ui.canvas.CanvasTestFx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.AutoLayout;
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
 * After a drop the canvas updates its scene layout for what moved instead of laying the model out again (issue 16),
 * also after undo; any other edit lays it out again. What it draws is what a canvas opened on the same model draws.
 */
@ExtendWith(ApplicationExtension.class)
class DropUpdatesSceneTest {
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
    void aDropUpdatesTheSceneForWhatMovedAndDrawsWhatAFreshCanvasDraws() throws Exception {
        fx(() -> {
            view.fitToWindow();
            view.layout();
            return null;
        });
        assertThat(fx(() -> moveFirstTenant(24))).as("the drop").isTrue();
        fx(() -> {
            view.layout();
            view.fitToWindow(); // the fresh canvas fits the model as it is now
            view.layout();
            return null;
        });

        assertThat(fx(() -> view.scene().damage())).as("updated for what moved").isNotNull();
        CanvasRoutesMatchExportTest.settled(view);
        WritableImage updated = fx(() -> view.snapshot(null, null));
        assertThat(Pixels.differing(updated, drawnByAFreshCanvas())).isZero();
    }

    /**
     * The drop's own frame does not draw the overview's miniature of the model (at 10,000 elements a tenth of that
     * frame): it is drawn just after it, once, for the scene as it is then; the test above checks its pixels.
     */
    @Test
    void theOverviewOfADropIsDrawnAfterTheDropsFrame() throws Exception {
        fx(() -> {
            view.showOverviewProperty().set(true); // the canvas of these tests leaves it out
            view.fitToWindow();
            view.layout();
            return null;
        });
        int before = fx(view::overviewMiniatures);
        int inTheDropsFrame = fx(() -> {
            moveFirstTenant(24);
            view.layout();
            moveFirstTenant(-24); // and the next drop before it is drawn: the miniature is drawn once, for the latest
            view.layout();
            return view.overviewMiniatures();
        });
        int after = fx(view::overviewMiniatures);

        assertThat(inTheDropsFrame).as("miniatures drawn in the drops' frames").isEqualTo(before);
        assertThat(after).as("miniatures drawn after them").isEqualTo(before + 1);
    }

    /**
     * A large model's drop lays its scene out on another thread (issue 16): the drop's frame keeps what the drag showed and
     * draws nothing, the frame after the layout draws what a fresh canvas draws, and anyone asking for the scene meanwhile
     * waits for the layout of what was dropped. Tried here on the sample with the size bound lowered to it.
     */
    @Test
    void aLargeModelsDropIsLaidOutBesideItsFrameAndDrawnInTheNext() throws Exception {
        fx(() -> {
            view.layOutScenesBesideFrom(0);
            view.fitToWindow();
            view.layout();
            return null;
        });
        int drawingsBefore = fx(view::drawings);
        // One turn of the application thread: the layout's arrival is told on it, so it cannot arrive before the frame.
        int drawingsInTheDropsFrame = fx(() -> {
            assertThat(moveFirstTenant(24)).as("the drop").isTrue();
            assertThat(view.sceneComing()).as("laid out beside the frame").isTrue();
            view.layout();
            return view.drawings();
        });
        assertThat(drawingsInTheDropsFrame).as("drawings in the drop's frame").isEqualTo(drawingsBefore);
        assertThat(fx(view::scenesLaidOutBeside)).isEqualTo(1);

        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !fx(view::sceneComing));
        fx(() -> {
            view.layout();
            return null;
        });
        assertThat(fx(view::drawings)).as("drawn once laid out").isGreaterThan(drawingsBefore);
        assertThat(fx(() -> view.scene().damage())).as("updated for what moved").isNotNull();
        fx(() -> {
            view.fitToWindow(); // the fresh canvas fits the model as it is now
            view.layout();
            return null;
        });
        CanvasRoutesMatchExportTest.settled(view);
        assertThat(Pixels.differing(fx(() -> view.snapshot(null, null)), drawnByAFreshCanvas())).isZero();

        // Asked for before it arrives, the scene is waited for: it is the dropped snapshot's, updated for what moved.
        fx(() -> {
            assertThat(moveFirstTenant(-24)).isTrue();
            assertThat(view.sceneComing()).isTrue();
            assertThat(view.scene().model()).isSameAs(view.document().snapshot());
            assertThat(view.scene().damage()).isNotNull();
            assertThat(view.sceneComing()).isFalse();
            return null;
        });
    }

    @Test
    void undoingADropUpdatesTheSceneToo() throws Exception {
        fx(() -> moveFirstTenant(24));
        fx(() -> view.scene());
        fx(() -> {
            view.document().undo();
            return null;
        });

        assertThat(fx(() -> view.scene().damage())).as("updated for what the undo moved back").isNotNull();
    }

    @Test
    void anEditThatIsNotAMoveLaysTheModelOutAgain() throws Exception {
        fx(() -> moveFirstTenant(24));
        fx(() -> view.scene());
        fx(() -> view.edits().rename(firstTenant().id(), "renamed").applied());

        assertThat(fx(() -> view.scene().damage())).as("a renamed element is laid out from scratch").isNull();
    }

    /**
     * Should laying a drop's scene out beside its frame fail, nothing is lost: the canvas lays the dropped model out from
     * scratch on the application thread and draws what a fresh canvas draws.
     */
    @Test
    void aDropWhoseSceneFailedBesideTheFrameIsLaidOutFromScratch() throws Exception {
        fx(() -> {
            view.layOutScenesBesideFrom(0);
            view.layOutScenesBesideWith((model, previous, moved) -> {
                throw new IllegalStateException("the layout beside the frame failed");
            });
            view.fitToWindow();
            view.layout();
            return null;
        });
        fx(() -> {
            assertThat(moveFirstTenant(24)).as("the drop").isTrue();
            assertThat(view.sceneComing()).as("laid out beside the frame").isTrue();
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !fx(view::sceneComing));
        fx(() -> {
            assertThat(view.scene().model()).as("the dropped snapshot's scene").isSameAs(view.document().snapshot());
            assertThat(view.scene().damage()).as("laid out from scratch").isNull();
            view.fitToWindow(); // the fresh canvas fits the model as it is now
            view.layout();
            return null;
        });
        CanvasRoutesMatchExportTest.settled(view);
        assertThat(Pixels.differing(fx(() -> view.snapshot(null, null)), drawnByAFreshCanvas())).isZero();
    }

    private boolean moveFirstTenant(double dx) {
        Tenant tenant = firstTenant();
        Geometry box = view.scene().bounds(tenant.id());
        return view.edits().move(List.of(tenant.id()), dx, 0, box.x() + box.width() / 2 + dx, box.y() + 12, view.scene(), false)
                .applied();
    }

    private Tenant firstTenant() {
        return view.document().snapshot().all(Tenant.class).get(0);
    }

    /** The same model on a new canvas of the same size, whose scene is laid out from scratch. */
    private WritableImage drawnByAFreshCanvas() throws Exception {
        Stage other = fx(Stage::new);
        CanvasView fresh = fx(() -> {
            CanvasView canvas = canvasOn(other, new ModelDocument(view.document().snapshot()));
            other.setX(stage.getX());
            other.setY(stage.getY());
            canvas.layout();
            canvas.fitToWindow();
            canvas.layout();
            return canvas;
        });
        CanvasRoutesMatchExportTest.settled(fresh); // its routes are worked out off the application thread
        return fx(() -> {
            fresh.layout();
            WritableImage image = fresh.snapshot(null, null);
            other.close();
            return image;
        });
    }
}
