package dev.bulkhead.ui.canvas;

import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The scene of a large model's drop, laid out on another thread while the drop's frame shows what the drag showed (the
 * shapes where they were, their ghosts where they go). A 200-tenant drop at 10,000 elements spent a third of its frame
 * updating the scene and another third drawing it (issue 16): done one after the other in the drop's frame they made one
 * frame of 60-90 ms; laid out beside it, the drop's frame holds only the edit, and the next frame draws. Whoever asks
 * for the canvas's scene before it is laid out waits for it ({@link #await}), so nothing reads a scene that the
 * snapshot has left behind.
 */
final class ComingScene {
    /**
     * Drops of models with fewer drawn elements than this update their scene in their own frame: a few milliseconds for
     * the samples (under 200 elements), and a frame without it would only delay the drawing. The canvas benchmark's
     * 2,000-element model's drop was 53-64 ms in one frame.
     */
    static final int FROM_ELEMENTS = 1_000;
    /** One thread lays the scenes out, one after the other: a drop waits for the one before it anyway. */
    private static final Executor LAYOUT = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "scene layout");
        thread.setDaemon(true);
        return thread;
    });

    private final CompletableFuture<SceneLayout> layout;

    private ComingScene(CompletableFuture<SceneLayout> layout) {
        this.layout = layout;
    }

    /**
     * Starts laying out {@code model}'s scene from {@code previous} for the elements that moved since, and routing the
     * connections in {@code visible} whose routes the move dropped (the drawing's routing was a fifth of a drop's frame);
     * {@code ready} is told on the application thread once it is done. The previous scene is only read from here on: the
     * canvas asks for its scene only through {@link #await} until this one is taken. {@code update} lays the scene out:
     * {@link SceneLayout#afterLayoutChange}, or in tests one that fails.
     */
    static ComingScene start(Model model, SceneLayout previous, Set<ElementId> moved, Geometry visible, Consumer<ComingScene> ready,
            SceneUpdate update) {
        Set<ElementId> changed = Set.copyOf(moved);
        CompletableFuture<SceneLayout> layout = CompletableFuture.supplyAsync(() -> {
            SceneLayout scene = update.after(model, previous, changed);
            // Before the scene is handed over: once the application thread has it, only that thread routes in it.
            scene.routeAll(scene.connectionsIn(visible));
            return scene;
        }, LAYOUT);
        ComingScene coming = new ComingScene(layout);
        // Told even when the layout failed: the canvas then lays the scene out itself (see CanvasView#takeComingScene).
        layout.whenComplete((done, failure) -> Platform.runLater(() -> ready.accept(coming)));
        return coming;
    }

    /** How a scene is updated for the elements that moved: {@link SceneLayout#afterLayoutChange}. */
    @FunctionalInterface
    interface SceneUpdate {
        SceneLayout after(Model model, SceneLayout previous, Set<ElementId> moved);
    }

    /** The scene, waiting for it when it is still being laid out. */
    SceneLayout await() {
        return layout.join();
    }
}
