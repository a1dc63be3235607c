package dev.bulkhead.ui.app;

import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelEvent;
import dev.bulkhead.persistence.ModelFileException;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.persistence.ModelWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open model and its file: loading (placing what has no position), atomic saving, the dirty flag, the
 * window title, undo and redo names for the menus, and the recovery file written every few seconds while
 * there are unsaved changes. One document instance lives as long as the window; opening a file replaces
 * its content.
 */
public final class DocumentSession {
    /** How often unsaved changes are written to the recovery file. */
    static final long AUTOSAVE_SECONDS = 5;

    private final ModelDocument document;
    private final RecoveryStore recovery;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelName = new ReadOnlyStringWrapper("");
    private final StringBinding title;
    /**
     * Ticks the autosave and writes recovery files off the FX thread. A scheduler rather than an animation
     * timeline: a running timeline keeps JavaFX pulsing sixty times a second even when nothing changes.
     */
    private final ScheduledExecutorService recoveryWriter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulkhead-recovery");
        thread.setDaemon(true);
        return thread;
    });
    private long autosavedRevision = -1;
    private boolean closed;

    public DocumentSession(RecoveryStore recovery) {
        this.recovery = recovery;
        this.document = new ModelDocument(Model.empty());
        document.addListener(this::changed);
        title = Bindings.createStringBinding(() -> (dirty.get() ? "● " : "") + displayName() + " — Bulkhead", file, dirty, modelName);
        recoveryWriter.scheduleWithFixedDelay(() -> Platform.runLater(this::autosave), AUTOSAVE_SECONDS, AUTOSAVE_SECONDS,
                TimeUnit.SECONDS);
        refresh();
    }

    public ModelDocument document() {
        return document;
    }

    public Path file() {
        return file.get();
    }

    /** The file the model is saved in; null for a new model or a sample not yet saved. */
    public javafx.beans.property.ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
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

    /**
     * Writes the recovery file now if there are unsaved changes (a crash handler calls this).
     *
     * @return whether there were changes to keep and they were written
     */
    public boolean writeRecoveryNow() {
        if (!dirty.get()) {
            return false;
        }
        try {
            recovery.write(document.snapshot(), file.get());
            return true;
        } catch (IOException e) {
            System.err.println("bulkhead: could not write the recovery file: " + e.getMessage());
            return false;
        }
    }

    /** Stops the autosave timer and its writer. */
    public void close() {
        closed = true;
        recoveryWriter.shutdown();
    }

    private void autosave() {
        long revision = document.history().revision();
        // A tick queued just before closing must not write a recovery file the user chose to discard.
        if (closed || !dirty.get() || revision == autosavedRevision) {
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
        ModelDocument scratch = new ModelDocument(model);
        scratch.edit("Place elements", AutoLayout::placeMissingIn);
        return scratch.snapshot();
    }
}
