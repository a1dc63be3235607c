package dev.bulkhead.ui.app;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelEvent;
import dev.bulkhead.persistence.ModelFileException;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.persistence.ModelWriter;
import dev.bulkhead.ui.canvas.AutoLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * The open model and its file: loading (placing what has no position), atomic saving, the dirty flag, the
 * window title, undo and redo names for the menus, and the recovery file written every few seconds while
 * there are unsaved changes. One document instance lives as long as the window; opening a file replaces
 * its content.
 */
public final class DocumentSession {
    /** How often unsaved changes are written to the recovery file. */
    static final Duration AUTOSAVE_INTERVAL = Duration.seconds(5);

    private final ModelDocument document;
    private final RecoveryStore recovery;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelName = new ReadOnlyStringWrapper("");
    private final StringBinding title;
    private final Timeline autosave;
    private final ExecutorService recoveryWriter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulkhead-recovery");
        thread.setDaemon(true);
        return thread;
    });
    private long autosavedRevision = -1;

    public DocumentSession(RecoveryStore recovery) {
        this.recovery = recovery;
        this.document = new ModelDocument(Model.empty());
        document.addListener(this::changed);
        title = Bindings.createStringBinding(() -> (dirty.get() ? "● " : "") + displayName() + " — Bulkhead", file, dirty, modelName);
        autosave = new Timeline(new KeyFrame(AUTOSAVE_INTERVAL, e -> autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        refresh();
    }

    public ModelDocument document() {
        return document;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The window title: the file name (or the model's name), a dirty mark, the app. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Name of the step Undo would take back, or empty. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    /** Opens a model file, replacing the current model. */
    public void open(Path path) throws ModelFileException {
        Model model = new ModelReader().read(path);
        load(model, path.toAbsolutePath().normalize(), false);
    }

    /**
     * Shows a model: places elements that have no position (a file written by hand or another tool), then
     * replaces the document's content. Placement is not an edit the user made, so it does not dirty the file.
     *
     * @param unsaved whether the model differs from {@code path} (a restored recovery file, a sample)
     */
    public void load(Model model, Path path, boolean unsaved) {
        document.replace(placed(model));
        file.set(path);
        if (unsaved) {
            document.markUnsaved();
        }
        autosavedRevision = -1;
        refresh();
    }

    /** Starts an empty model. */
    public void newModel() {
        load(Model.empty(), null, false);
    }

    /** Saves atomically to a file, which becomes the document's file. */
    public void save(Path target) throws ModelFileException {
        Path absolute = target.toAbsolutePath().normalize();
        new ModelWriter().write(document.snapshot(), absolute);
        file.set(absolute);
        document.markSaved();
        recovery.clear();
        refresh();
    }

    /** Forgets the recovery file, once the user chose to discard unsaved changes or closed cleanly. */
    public void discardRecovery() {
        recovery.clear();
    }

    /** Writes the recovery file now if there are unsaved changes (a crash handler calls this). */
    public void writeRecoveryNow() {
        if (dirty.get()) {
            try {
                recovery.write(document.snapshot(), file.get());
            } catch (IOException e) {
                System.err.println("bulkhead: could not write the recovery file: " + e.getMessage());
            }
        }
    }

    /** Stops the autosave timer and its writer. */
    public void close() {
        autosave.stop();
        recoveryWriter.shutdown();
    }

    private void autosave() {
        long revision = document.history().revision();
        if (!dirty.get() || revision == autosavedRevision) {
            return;
        }
        autosavedRevision = revision;
        Model snapshot = document.snapshot();
        Path original = file.get();
        recoveryWriter.execute(() -> {
            try {
                recovery.write(snapshot, original);
            } catch (IOException e) {
                System.err.println("bulkhead: could not write the recovery file: " + e.getMessage());
            }
        });
    }

    private void changed(ModelEvent event) {
        refresh();
    }

    private void refresh() {
        dirty.set(document.history().isDirty());
        undoName.set(document.history().undoName().orElse(""));
        redoName.set(document.history().redoName().orElse(""));
        modelName.set(document.snapshot().settings().name());
    }

    private String displayName() {
        Path path = file.get();
        return path != null ? path.getFileName().toString() : modelName.get();
    }

    /** The model with every unplaced element given a position. */
    static Model placed(Model model) {
        Map<ElementId, ElementLayout> positions = new AutoLayout(model).placeMissing().changes();
        if (positions.isEmpty()) {
            return model;
        }
        ModelDocument scratch = new ModelDocument(model);
        scratch.edit("Place elements", tx -> positions.forEach(tx::setLayout));
        return scratch.snapshot();
    }
}
