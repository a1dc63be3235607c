package dev.bulkhead.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A failing analysis is reported and never stops the analyses after it. */
class AnalysisServiceTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private AnalysisService service;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        service.close();
    }

    /** Analyses normally, except the one model it throws for. */
    private static Function<Model, Analysis> failingOn(Model poisoned, Throwable failure) {
        return model -> {
            if (model == poisoned) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
            return ANALYZER.analyze(model);
        };
    }

    private void submit(Model model) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> service.submit(model));
    }

    private void waitForFailure() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !service.failureProperty().get().isEmpty());
        assertThat(service.failureProperty().get()).startsWith("Analysis failed: ");
    }

    private void waitForResultOf(Model model) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> service.latest() != null && service.latest().model() == model);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(service.failureProperty().get()).isEmpty();
    }

    /** Errors count too: a deep model can overflow the stack, and that must not stop the analyses for good. */
    static Stream<Throwable> failures() {
        return Stream.of(new StackOverflowError("injected"), new IllegalStateException("injected"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void aFailedAnalysisIsReportedAndTheNextSnapshotIsStillAnalysed(Throwable failure) throws Exception {
        Model poisoned = TestModels.small();
        Model next = TestModels.small();
        service = new AnalysisService(failingOn(poisoned, failure));

        submit(poisoned);
        waitForFailure();
        assertThat(service.failureProperty().get()).contains("injected");
        submit(next);

        waitForResultOf(next);
    }
}
