package dev.bulkhead.ui.scenario;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs scenario analyses (two per request) off the FX thread as a {@link Task}, so that the window stays responsive
 * while they run. A request supersedes the one before it: the older task is cancelled and its result, should it
 * still arrive, is dropped, so what is shown always belongs to the newest request, that is the latest edit.
 * Call from the FX thread only.
 */
public final class NewestTask<T> implements AutoCloseable {
    private final ExecutorService worker;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Task<T> newest;

    public NewestTask(String threadName) {
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether a request is being computed: what the progress indicator shows. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Starts the work; the newest request's result or failure reaches its consumer on the FX thread. */
    public void run(Callable<T> work, Consumer<T> onResult, Consumer<String> onFailure) {
        if (newest != null) {
            newest.cancel(false);
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        newest = task;
        running.set(true);
        task.setOnSucceeded(e -> {
            if (task == newest) {
                finish();
                onResult.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (task == newest) {
                finish();
                Throwable failure = task.getException();
                onFailure.accept(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
            }
        });
        worker.execute(task);
    }

    /** Drops whatever is pending: nothing is wanted any more. */
    public void cancel() {
        if (newest != null) {
            newest.cancel(false);
            finish();
        }
    }

    private void finish() {
        newest = null;
        running.set(false);
    }

    @Override
    public void close() {
        cancel();
        worker.shutdownNow();
    }
}
