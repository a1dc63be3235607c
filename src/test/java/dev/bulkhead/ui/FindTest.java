package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Find (Ctrl+F) by name, kind or tag, with the canvas panning to the match. */
class FindTest extends WindowTest {
    @BeforeEach
    void openTheSaaSSample() throws Exception {
        open(new ModelReader().read(Path.of("sample-models", "ai-agent-saas.bulkhead.json")));
    }

    @Test
    void ctrlFFindsAnElementByNameSelectsItAndPansTheCanvasToIt(FxRobot robot) throws Exception {
        // Zoomed in on the top-left corner, so that most elements are out of view.
        onFx(() -> {
            canvas().viewport().setScale(2, 0, 0);
            canvas().viewport().scrollTo(0, 0);
            canvas().redraw();
        });
        ElementId target = model().elements().values().stream().filter(e -> e.name().equals("LLM provider API")).findFirst()
                .orElseThrow().id();
        robot.clickOn(canvas());
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        robot.write("LLM provider API");

        assertThat(canvas().selection().selected()).containsExactly(target);
        Geometry visible = fx(() -> canvas().viewport().visibleArea(canvas().getWidth(), canvas().getHeight()));
        Geometry box = fx(() -> canvas().scene().visibleBoundsOf(target));
        assertThat(visible.contains(box)).as("the canvas panned to %s", box).isTrue();
        assertThat(((Label) lookup(robot, "#find-count")).getText()).startsWith("1 of 1: external endpoint LLM provider API");
    }

    @Test
    void aMatchUnderTheFindBarIsMovedClearOfIt(FxRobot robot) throws Exception {
        ElementId target = model().elements().values().stream().filter(e -> e.name().equals("LLM provider API")).findFirst()
                .orElseThrow().id();
        robot.clickOn(canvas());
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        robot.write("LLM provider API");
        javafx.scene.Node bar = lookup(robot, "#find-bar");
        // The match in view but right under the bar, at the canvas's top right: "in view" alone would leave it there.
        onFx(() -> {
            bar.getScene().getRoot().applyCss();
            bar.getScene().getRoot().layout();
            javafx.geometry.Bounds under = canvas().sceneToLocal(bar.localToScene(bar.getLayoutBounds()));
            Geometry box = canvas().scene().visibleBoundsOf(target);
            double s = canvas().viewport().scale();
            // Its top right corner just inside the bar's: wholly on the canvas, so that a plain reveal leaves it be.
            canvas().centreOn(box.maxX() - (under.getMaxX() - 2 - canvas().getWidth() / 2) / s,
                    box.y() - (under.getMinY() + 2 - canvas().getHeight() / 2) / s);
            canvas().redraw();
        });
        assertThat(fx(() -> canvas().viewport().visibleArea(canvas().getWidth(), canvas().getHeight())
                .contains(canvas().scene().visibleBoundsOf(target)))).as("the match starts in view").isTrue();
        // Enter finds it again (its only match): in view already, a plain reveal would leave it under the bar.
        robot.type(KeyCode.ENTER);

        fx(() -> {
            javafx.geometry.Bounds over = canvas().sceneToLocal(bar.localToScene(bar.getLayoutBounds()));
            Geometry box = canvas().scene().visibleBoundsOf(target);
            var v = canvas().viewport();
            javafx.geometry.Bounds shown = new javafx.geometry.BoundingBox(v.toScreenX(box.x()), v.toScreenY(box.y()),
                    box.width() * v.scale(), box.height() * v.scale());
            assertThat(over.intersects(shown)).as("%s under the bar %s", shown, over).isFalse();
            assertThat(shown.getMaxY()).as("still on the canvas").isLessThanOrEqualTo(canvas().getHeight());
            return null;
        });
    }

    /**
     * A connection found half under the overview is moved until its whole route box, not only a point of it, lies
     * clear of every panel over the canvas: the find bar, the overview, the legend and the scroll bars.
     */
    @Test
    void aConnectionHalfUnderTheOverviewIsMovedWholeClearOfEveryPanel(FxRobot robot) throws Exception {
        ElementId target = ElementId.of("conn-api-billing-prod");
        onFx(() -> {
            var document = window.session().document();
            var connection = document.snapshot().get(target, dev.bulkhead.model.Connection.class);
            document.edit("Rename", tx -> tx.replace(connection.withName("ledger-sync")));
            canvas().showOverviewProperty().set(true);
        });
        waitForAnalysis();
        robot.clickOn(canvas());
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        robot.write("ledger-sync");
        assertThat(canvas().selection().selected()).containsExactly(target);
        javafx.scene.Node bar = lookup(robot, "#find-bar");
        // The route's centre on the overview's top left corner: the connection is in view, half of it under the panel.
        onFx(() -> {
            Geometry route = routeBox(target);
            // Zoomed so that the route is about 200 px across: small enough for a free place to exist beside the panels.
            canvas().viewport().setScale(200 / Math.max(route.width(), route.height()), 0, 0);
            javafx.geometry.Bounds overview = canvas().coveringPanels().get(1);
            double s = canvas().viewport().scale();
            canvas().centreOn(route.x() + route.width() / 2 - (overview.getMinX() - canvas().getWidth() / 2) / s,
                    route.y() + route.height() / 2 - (overview.getMinY() - canvas().getHeight() / 2) / s);
            canvas().redraw();
        });
        assertThat(fx(() -> onScreen(routeBox(target)).intersects(canvas().coveringPanels().get(1)))).as("starts half under").isTrue();

        robot.type(KeyCode.ENTER); // its only match, found again

        fx(() -> {
            javafx.geometry.Bounds shown = onScreen(routeBox(target));
            java.util.List<javafx.geometry.Bounds> panels = new java.util.ArrayList<>(canvas().coveringPanels());
            assertThat(panels).hasSizeGreaterThanOrEqualTo(4); // legend, overview, two scroll bars
            panels.add(canvas().sceneToLocal(bar.localToScene(bar.getLayoutBounds())));
            for (javafx.geometry.Bounds panel : panels) {
                assertThat(panel.intersects(shown)).as("%s under %s", shown, panel).isFalse();
            }
            assertThat(shown.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(shown.getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(shown.getMaxX()).isLessThanOrEqualTo(canvas().getWidth());
            assertThat(shown.getMaxY()).isLessThanOrEqualTo(canvas().getHeight());
            return null;
        });
    }

    /** The box around a connection's drawn route, in canvas coordinates. */
    private Geometry routeBox(ElementId connection) {
        return dev.bulkhead.diagram.DiagramRenderer.routeBox(canvas().scene().route(connection));
    }

    private javafx.geometry.Bounds onScreen(Geometry box) {
        var v = canvas().viewport();
        return new javafx.geometry.BoundingBox(v.toScreenX(box.x()), v.toScreenY(box.y()), box.width() * v.scale(), box.height() * v.scale());
    }

    @Test
    void aKindOrTagFindsEveryMatchAndEnterStepsThroughThem(FxRobot robot) {
        robot.clickOn(canvas());
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        robot.write("external endpoint");
        String first = ((Label) lookup(robot, "#find-count")).getText();
        robot.type(KeyCode.ENTER);
        String second = ((Label) lookup(robot, "#find-count")).getText();

        assertThat(first).startsWith("1 of ");
        assertThat(second).startsWith("2 of ");
        robot.type(KeyCode.ESCAPE);
        assertThat(lookup(robot, "#find-bar").isVisible()).isFalse();
    }
}
