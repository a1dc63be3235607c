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
