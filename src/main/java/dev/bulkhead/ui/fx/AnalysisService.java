package dev.bulkhead.ui.fx;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Model;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs the analysis off the FX thread so that editing never waits for it. Snapshots are immutable, so the
 * worker reads them safely. Only the newest submitted snapshot is analysed (older pending ones are
 * skipped), and a result never replaces a newer one: the latest result wins.
 */
public final class AnalysisService implements AutoCloseable {
    private record Job(long serial, Model model) {
    }

    private final Function<Model, Analysis> analyzer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulkhead-analysis");
        thread.setDaemon(true);
        return thread;
    });
    /** Slower follow-up work (growth curves) runs here, so that it never delays the next analysis. */
    private final ExecutorService followUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulkhead-analysis-follow-up");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Runnable> pendingFollowUp = new AtomicReference<>();
    private final AtomicReference<Job> pending = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong serials = new AtomicLong();
    private final ReadOnlyObjectWrapper<Analysis> latest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private long publishedSerial;
    /** The snapshot waiting for a frame before its analysis starts, or null; FX thread only. */
    private Model waitingForFrame;
    /** The snapshot submitted last; read and written on the FX thread only. */
    private Model lastSubmitted;

    public AnalysisService(Analyzer analyzer) {
        this(analyzer::analyze);
    }

    /** A service running any analysis function; tests inject one that fails. */
    public AnalysisService(Function<Model, Analysis> analyzer) {
        this.analyzer = analyzer;
    }

    /** The newest analysis available, on the FX thread; null before the first one. */
    public ReadOnlyObjectProperty<Analysis> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public Analysis latest() {
        return latest.get();
    }

    /** Why the last analysis failed, or empty. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Asks for an analysis of a snapshot; returns at once. The snapshot analysed last is not analysed again. */
    public void submit(Model model) {
        waitingForFrame = null; // a newer snapshot supersedes one still waiting for its frame
        if (model == lastSubmitted) {
            return; // a save, for example, announces itself without changing the model
        }
        lastSubmitted = model;
        pending.set(new Job(serials.incrementAndGet(), model));
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /**
     * As {@link #submit}, but starts the analysis only once the FX thread has drawn the next frame. Opening a large
     * model lays it out and paints it on the FX thread; an analysis started at once takes both cores of a small
     * machine from that first frame (measured in BENCHMARKS.md, canvas at 10,000 elements).
     */
    public void submitAfterNextFrame(Model model) {
        waitingForFrame = model;
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // A timer runs at the start of a pulse: at the second one, the first one's frame is drawn.
                if (++pulses < 2) {
                    return;
                }
                stop();
                if (waitingForFrame == model) {
                    submit(model);
                }
            }
        }.start();
    }

    /**
     * Runs a slower computation on an analysis (a growth curve) off the FX thread and hands its result back on
     * it. Only the newest request waiting is run: one superseded before it started is dropped.
     */
    public <T> void compute(java.util.function.Supplier<T> work, Consumer<T> onResult, Consumer<String> onFailure) {
        pendingFollowUp.set(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onResult.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(messageOf(e)));
            }
        });
        followUps.execute(() -> {
            Runnable newest = pendingFollowUp.getAndSet(null);
            if (newest != null) {
                newest.run();
            }
        });
    }

    /**
     * Analyses pending snapshots until none is left. A failed analysis, {@link Error}s included (a deep model can
     * overflow the stack), is reported and the next one still runs. Should anything else end the run, the flag is
     * reset on the way out, so that the next submit starts a new run instead of waiting for this one forever.
     */
    private void drain() {
        boolean finished = false;
        try {
            while (true) {
                Job job = pending.getAndSet(null);
                if (job == null) {
                    draining.set(false);
                    // A submit may have slipped in between the empty read and the flag reset.
                    if (pending.get() == null || !draining.compareAndSet(false, true)) {
                        finished = true;
                        return;
                    }
                    continue;
                }
                analyse(job);
            }
        } finally {
            if (!finished) {
                draining.set(false);
            }
        }
    }

    private void analyse(Job job) {
        try {
            Analysis analysis = analyzer.apply(job.model());
            Platform.runLater(() -> publish(job.serial(), analysis));
        } catch (RuntimeException | Error e) {
            String message = messageOf(e);
            Platform.runLater(() -> failure.set("Analysis failed: " + message));
        }
    }

    private void publish(long serial, Analysis analysis) {
        if (serial <= publishedSerial) {
            return;
        }
        publishedSerial = serial;
        failure.set("");
        latest.set(analysis);
    }

    private static String messageOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        followUps.shutdownNow();
    }
}
