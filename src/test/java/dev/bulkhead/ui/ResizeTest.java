package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Agent;
import dev.bulkhead.ui.compare.CompareWindow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The smallest supported window (1024 × 700) and back: nothing the user must read is cut short. */
class ResizeTest extends WindowTest {
    @BeforeEach
    void openASampleWithAnAgentSelected() throws Exception {
        onFx(() -> window.files().openSample("ai-agent-saas.bulkhead.json"));
        waitForAnalysis();
        // The agent's form has the inspector's longest labels ("Memory per sandbox (GiB)").
        Agent agent = model().all(Agent.class).get(0);
        onFx(() -> canvas().selection().select(agent.id()));
    }

    private void resize(double width, double height) {
        onFx(() -> {
            window.stage().setWidth(width);
            window.stage().setHeight(height);
        });
        onFx(() -> window.stage().getScene().getRoot().layout());
    }

    /** A label shows its whole text: nothing elided and, when wrapping, no word broken across lines. */
    private static void assertWhole(Label label) {
        Text shown = (Text) label.lookup(".text");
        assertThat(shown).as("label '%s' is laid out", label.getText()).isNotNull();
        assertThat(shown.getText()).as("label '%s' as shown", label.getText()).isEqualTo(label.getText());
        assertThat(label.getWidth()).as("width of '%s'", label.getText()).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
    }

    private void assertInspectorLabelsWhole() {
        List<Label> labels = fx(() -> window.inspector().lookupAll(".bh-inspector-label").stream()
                .map(node -> (Label) node).toList());
        assertThat(labels).hasSizeGreaterThan(8);
        onFx(() -> labels.forEach(ResizeTest::assertWhole));
    }

    private void assertCompareTitleWhole(CompareWindow compare) {
        Label title = fx(() -> (Label) compare.stage().getScene().lookup("#compare-title"));
        onFx(() -> assertWhole(title));
    }

    @Test
    void atTheSmallestWindowAndBackTheInspectorsLabelsAndTheCompareTitleAreWhole(FxRobot robot) throws Exception {
        double sideBefore = fx(() -> window.inspector().getWidth());

        resize(1024, 700);
        assertThat(fx(() -> window.inspector().getWidth())).isGreaterThanOrEqualTo(300);
        assertInspectorLabelsWhole();
        robot.clickOn("#compare-button");
        CompareWindow compare = window.compareWindow();
        waitUntil(() -> compare.stage().isShowing() && compare.chart().points().size() == 5);
        onFx(() -> compare.stage().getScene().getRoot().layout());
        assertCompareTitleWhole(compare);
        assertInspectorLabelsWhole();

        onFx(compare::close);
        resize(1600, 1000);
        onFx(() -> window.stage().setX(0));
        assertInspectorLabelsWhole();
        assertThat(fx(() -> window.inspector().getWidth())).as("the inspector gets its share back").isCloseTo(sideBefore,
                org.assertj.core.data.Percentage.withPercentage(15));
        onFx(() -> compare.show(null, false));
        onFx(() -> compare.stage().getScene().getRoot().layout());
        assertCompareTitleWhole(compare);
    }
}
