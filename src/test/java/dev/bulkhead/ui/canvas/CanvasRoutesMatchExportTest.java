package dev.bulkhead.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.PictureRoutes;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.ui.fx.Themes;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas draws the routes the exported picture of the whole model draws (issue 12: "what the file shows matches
 * the canvas"; the architect's review found internal-platform's 443 lines along an environment's bottom on the
 * canvas and along its top in the file, and payments → Card network behind SendGrid on the canvas only): route for
 * route, on every sample as opened, and again after a drop, whose scene is updated for what moved. The canvas works
 * its routes out off the application thread and draws the quick ones meanwhile: compared once it has settled.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasRoutesMatchExportTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Themes.loadFonts();
        this.stage = stage;
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal-platform", "ai-agent-saas", "workshop-proposal", "workshop-starter"})
    void theCanvasDrawsTheExportsRoutesAsOpenedAndAfterADrop(String sample) throws Exception {
        CanvasView view = fx(() -> canvasOn(sample));
        assertSameRoutes(view, sample + " as opened");

        for (int drop = 0; drop < 3; drop++) {
            int which = drop;
            assertThat(fx(() -> moveTenant(view, which * 5, 40, 24))).as("the drop").isTrue();
            assertThat(fx(() -> view.scene().damage())).as("updated for what moved").isNotNull();
            assertSameRoutes(view, sample + " after drop " + drop);
        }
    }

    @Test
    void theBanksPaymentsToCardNetworkLineGoesRoundSendGridOnTheCanvas() throws Exception {
        CanvasView view = fx(() -> canvasOn("internal-platform"));
        settled(view);
        SceneLayout scene = fx(view::scene);
        Geometry sendGrid = scene.bounds(ElementId.of("ext-sendgrid"));

        for (String environment : List.of("dev", "staging", "prod")) {
            double[] route = fx(() -> scene.route(ElementId.of("conn-payments-cardnet-" + environment)));
            assertThat(route).isNotNull();
            for (int i = 0; i + 3 < route.length; i += 2) {
                assertThat(crossesInside(sendGrid, route[i], route[i + 1], route[i + 2], route[i + 3]))
                        .as("payments (%s) → Card network %s crosses SendGrid %s", environment, Arrays.toString(route), sendGrid)
                        .isFalse();
            }
        }
    }

    /** Whether a level or upright segment runs through the inside of a box (a slanted one: whether its box does). */
    private static boolean crossesInside(Geometry box, double x1, double y1, double x2, double y2) {
        return Math.max(x1, x2) > box.x() && Math.min(x1, x2) < box.maxX() && Math.max(y1, y2) > box.y() && Math.min(y1, y2) < box.maxY();
    }

    /** Every connection's route on the canvas against the one in a freshly exported picture of the whole model. */
    private void assertSameRoutes(CanvasView view, String what) throws Exception {
        settled(view);
        SceneLayout canvas = fx(view::scene);
        DiagramPicture exported = DiagramExport.picture(new Analyzer(ReferenceData.bundled()).analyze(canvas.model()),
                DiagramExport.Options.of(DiagramExport.Format.SVG));
        List<Connection> connections = canvas.model().all(Connection.class);
        assertThat(connections).isNotEmpty();
        for (Connection connection : connections) {
            double[] onCanvas = fx(() -> canvas.route(connection.id()));
            assertThat(onCanvas).as("%s: %s on the canvas", what, connection.id().value())
                    .isEqualTo(PictureRoutes.route(exported, connection.id()));
        }
    }

    /** Waits until the canvas draws its cleared routes (worked out off the application thread). */
    static void settled(CanvasView view) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(view::routesSettled));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CanvasView canvasOn(String sample) throws Exception {
        ModelDocument document = new ModelDocument(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));
        document.edit("Place elements", AutoLayout::placeMissingIn); // the samples store no positions
        CanvasView canvas = new CanvasView(document, CanvasTheme.of(false));
        stage.setScene(new Scene(new StackPane(canvas), 1200, 800));
        stage.show();
        canvas.layout();
        canvas.fitToWindow();
        canvas.layout();
        return canvas;
    }

    /** Drops the n-th tenant moved by (dx, dy), as a drag does. */
    private static boolean moveTenant(CanvasView view, int n, double dx, double dy) {
        List<Tenant> tenants = view.document().snapshot().all(Tenant.class);
        Tenant tenant = tenants.get(n % tenants.size());
        Geometry box = view.scene().bounds(tenant.id());
        return view.edits().move(List.of(tenant.id()), dx, dy, box.x() + box.width() / 2 + dx, box.y() + 12 + dy, view.scene(), false)
                .applied();
    }

    /** On the application thread, waiting at most 60 s: a sample opened and its routes cleared takes longer than the usual 30 s allows under load. */
    private static <T> T fx(Callable<T> work) throws Exception {
        return CanvasTestFx.fx(work, 60);
    }
}
