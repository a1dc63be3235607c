package dev.bulkhead.ui.canvas;

import static dev.bulkhead.ui.canvas.CanvasTestFx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.Placed;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.testing.GeneratedModels;
import dev.bulkhead.ui.fx.Themes;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Fit shows the whole model however large (the architect's review: a 300-tenant model's Fit stopped at 8% and showed
 * one environment of three); zooming out from there does not zoom in, and zooming in works as before.
 */
@ExtendWith(ApplicationExtension.class)
class FitShowsWholeModelTest {
    private CanvasView view;

    @Start
    void start(Stage stage) {
        Themes.loadFonts();
        view = new CanvasView(new ModelDocument(Placed.of(GeneratedModels.platform(3, 2, 300, 120, 300, 42))), CanvasTheme.of(false));
        stage.setScene(new Scene(new StackPane(view), 1040, 740));
        stage.show();
    }

    @Test
    void fitOnThreeHundredTenantsShowsEveryEnvironment() throws Exception {
        fx(() -> {
            view.layout();
            view.fitToWindow();
            return null;
        });
        double scale = fx(() -> view.viewport().scale());
        Geometry visible = fx(() -> view.viewport().visibleArea(view.getWidth(), view.getHeight()));

        assertThat(scale).as("Fit's zoom on this model").isLessThan(Viewport.MIN_SCALE);
        for (Environment environment : view.document().snapshot().all(Environment.class)) {
            assertThat(visible.contains(fx(() -> view.scene().bounds(environment.id())))).as(environment.name() + " in view").isTrue();
        }

        fx(() -> {
            view.zoomOut();
            return null;
        });
        assertThat(fx(() -> view.viewport().scale())).as("zoomed out from Fit").isLessThanOrEqualTo(scale);
        fx(() -> {
            view.zoomIn();
            return null;
        });
        assertThat(fx(() -> view.viewport().scale())).as("zoomed in from Fit").isGreaterThan(scale);
    }
}
