package dev.bulkhead.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An opened model's analysis waits for its first frame, and never overtakes a newer snapshot. */
class AnalysisAfterFrameTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private final List<Model> analysed = new CopyOnWriteArrayList<>();
    private final AnalysisService service = new AnalysisService(model -> {
        analysed.add(model);
        return ANALYZER.analyze(model);
    });

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void theAnalysisOfAnOpenedModelStartsOnlyAfterAFrame() throws Exception {
        Model opened = TestModels.small();
        List<Model> analysedBeforeAFrame = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            service.submitAfterNextFrame(opened);
            Thread.sleep(300); // no pulse runs while the FX thread is busy, as while a model is laid out and drawn
            return List.copyOf(analysed);
        });

        assertThat(analysedBeforeAFrame).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> service.latest() != null && service.latest().model() == opened);
    }

    @Test
    void aSnapshotSubmittedWhileOneWaitsForItsFrameReplacesIt() throws Exception {
        Model opened = TestModels.small();
        Model edited = TestModels.small();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            service.submitAfterNextFrame(opened);
            service.submit(edited);
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> service.latest() != null && service.latest().model() == edited);
        Thread.sleep(300); // several pulses: time for the waiting snapshot's timer to fire
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(analysed).containsExactly(edited);
        assertThat(service.latest().model()).isSameAs(edited);
    }
}
