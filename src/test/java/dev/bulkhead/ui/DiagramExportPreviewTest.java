package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import dev.bulkhead.ui.export.DiagramExportDialog;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Export Diagram… on a model of 1,400 tenants: working out the preview took 0.3 to 0.6 s on the FX thread at
 * every change of an option. A change now returns at once, the dialog says it is rendering, and the preview of the
 * latest change appears afterwards (an earlier one still under way is dropped).
 */
class DiagramExportPreviewTest extends WindowTest {
    /** The most a change of an option may hold the FX thread: a few frames, far below the 300 ms the preview takes. */
    private static final long BUDGET_MILLIS = 100;

    @Test
    void changingAnOptionReturnsAtOnceAndTheLatestPreviewAppearsAfterwards(FxRobot robot) throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(GeneratedModels.platform(3, 4, 1400, 200, 1400, 7));
        DiagramExportDialog[] dialog = new DiagramExportDialog[1];
        onFx(() -> {
            dialog[0] = new DiagramExportDialog(window.stage(), analysis, dialogs, Set.of(), null);
            dialog[0].show();
        });
        ComboBox<DiagramExport.Format> format = robot.lookup("#diagram-format").queryComboBox();
        ComboBox<String> page = robot.lookup("#diagram-page").queryComboBox();
        Label size = robot.lookup("#diagram-size").query();
        assertThat(fx(size::getText)).endsWith("pixels");

        long[] took = new long[2];
        String[] meanwhile = new String[1];
        onFx(() -> {
            long start = System.nanoTime();
            format.setValue(DiagramExport.Format.PDF);
            took[0] = System.nanoTime() - start;
            start = System.nanoTime();
            page.setValue("A4");
            took[1] = System.nanoTime() - start;
            meanwhile[0] = size.getText();
        });

        assertThat(TimeUnit.NANOSECONDS.toMillis(took[0])).as("FX thread held by the change of format").isLessThan(BUDGET_MILLIS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(took[1])).as("FX thread held by the change of page").isLessThan(BUDGET_MILLIS);
        // Said in the same pulse as the change: the preview cannot have been worked out yet.
        assertThat(meanwhile[0]).isEqualTo("Rendering preview…");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fx(dialog[0]::rendering));
        WaitForAsyncUtils.waitForFxEvents();
        // The latest request's preview, not the PDF-without-paper one asked for just before it.
        assertThat(fx(size::getText)).startsWith("vector PDF").contains("A4");
        assertThat(fx(() -> dialog[0].pages().pages().get(0).width())).isEqualTo(595.28, org.assertj.core.data.Offset.offset(0.01));
        onFx(() -> dialog[0].stage().close());
    }
}
