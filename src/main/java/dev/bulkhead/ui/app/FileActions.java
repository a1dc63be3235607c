package dev.bulkhead.ui.app;

import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.ui.fx.FileDialogs;
import dev.bulkhead.persistence.ModelFileException;
import dev.bulkhead.persistence.ModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * New, open, open sample, open recent, save and save as, with the questions around them: unsaved changes
 * are never lost without asking, and a file that cannot be read leaves the current model as it was and says
 * exactly what is wrong where.
 */
public final class FileActions {
    /** The samples bundled with the app: resource name and menu label. */
    public static final List<String[]> SAMPLES = List.of(
            new String[] {"ai-agent-saas.bulkhead.json", "AI agent SaaS (36 customers, sandboxed agents)"},
            new String[] {"internal-platform.bulkhead.json", "Internal platform (12 teams)"},
            new String[] {"workshop-starter.bulkhead.json", "Workshop starter"},
            new String[] {"workshop-proposal.bulkhead.json", "Workshop proposal (two scenarios and a story to present)"});
    private static final String SUFFIX = ".bulkhead.json";

    private final DocumentSession session;
    private final AppSettings settings;
    private final FileDialogs dialogs;
    private final Supplier<Window> owner;
    private final Consumer<String> status;

    public FileActions(DocumentSession session, AppSettings settings, FileDialogs dialogs, Supplier<Window> owner,
                       Consumer<String> status) {
        this.session = session;
        this.settings = settings;
        this.dialogs = dialogs;
        this.owner = owner;
        this.status = status;
    }

    public void newModel() {
        if (confirmDiscard("starting a new model")) {
            session.newModel();
            status.accept("New model");
        }
    }

    public void open() {
        if (!confirmDiscard("opening another model")) {
            return;
        }
        Path chosen = dialogs.chooseModelToOpen(owner.get(), lastFolder());
        if (chosen != null) {
            load(chosen);
        }
    }

    /** Opens a file given on the command line, dropped on the window or picked from the recent list. */
    public void open(Path file) {
        if (confirmDiscard("opening another model")) {
            load(file);
        }
    }

    /** Opens a bundled sample as a new, unsaved model. */
    public void openSample(String resource) {
        if (!confirmDiscard("opening a sample")) {
            return;
        }
        try (InputStream in = FileActions.class.getResourceAsStream("/sample-models/" + resource)) {
            if (in == null) {
                throw new IOException("sample " + resource + " is missing from the app");
            }
            Model model = new ModelReader().parse(Path.of(resource), in.readAllBytes());
            session.load(model, null, false);
            status.accept("Opened sample " + resource + "; Save As to keep your changes");
        } catch (IOException | ModelFileException e) {
            Prompts.error(owner.get(), "Could not open the sample", e.getMessage());
        }
    }

    /** Saves to the current file, or asks where when there is none. Returns whether it was saved. */
    public boolean save() {
        Path file = session.file();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        Path current = session.file();
        String suggested = current != null ? current.getFileName().toString()
                : session.document().snapshot().settings().name().replaceAll("[^A-Za-z0-9._-]+", "-") + SUFFIX;
        Path chosen = dialogs.chooseModelToSave(owner.get(), current != null ? current.getParent() : lastFolder(), suggested);
        if (chosen == null) {
            return false;
        }
        if (!chosen.getFileName().toString().endsWith(".json")) {
            chosen = chosen.resolveSibling(chosen.getFileName() + SUFFIX);
        }
        nameAfterFileIfUntitled(chosen);
        return saveTo(chosen);
    }

    /**
     * Asks about unsaved changes before they would be lost.
     *
     * @return whether to go ahead (saved, or the user chose to discard)
     */
    public boolean confirmDiscard(String action) {
        if (!session.isDirty()) {
            return true;
        }
        String name = session.file() != null ? session.file().getFileName().toString()
                : session.document().snapshot().settings().name();
        return switch (Prompts.askToSave(owner.get(), name, action)) {
            case SAVE -> save();
            case DISCARD -> {
                session.discardRecovery();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** Offers back what a crashed session left; returns whether a model was restored. */
    public boolean offerRecovery(RecoveryStore store) {
        boolean restored = false;
        for (RecoveryStore.Leftover leftover : store.leftovers()) {
            if (!restored && Prompts.askToRestore(owner.get(), leftover.describe(), ago(leftover.writtenAt()))) {
                try {
                    session.load(store.read(leftover), leftover.originalFile(), true);
                    restored = true;
                    status.accept("Restored unsaved changes to " + leftover.describe() + "; save to keep them");
                } catch (ModelFileException e) {
                    Prompts.error(owner.get(), "Could not restore the recovery file", e.getMessage());
                }
            }
            store.discard(leftover);
        }
        return restored;
    }

    private void load(Path file) {
        try {
            session.open(file);
            remember(file);
            status.accept("Opened " + file.getFileName());
        } catch (ModelFileException e) {
            Prompts.error(owner.get(), "Could not open " + file.getFileName(), e.getMessage());
        }
    }

    /**
     * A model still called "Untitled model" takes the name the user just gave its file, so that the inspector,
     * reports and exports do not keep calling it untitled; one undoable step, saved with the file.
     */
    private void nameAfterFileIfUntitled(Path file) {
        ModelSettings settings = session.document().snapshot().settings();
        if (!settings.name().equals(ModelSettings.DEFAULT.name())) {
            return;
        }
        String name = file.getFileName().toString().replaceFirst("(\\.bulkhead)?\\.json$", "");
        if (!name.isBlank()) {
            session.document().edit("Name the model " + name, tx -> tx.setSettings(settings.withName(name)));
        }
    }

    private boolean saveTo(Path file) {
        try {
            session.save(file);
            remember(file);
            status.accept("Saved " + file.getFileName());
            return true;
        } catch (ModelFileException e) {
            Prompts.error(owner.get(), "Could not save " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Puts a file at the top of the recent list and starts the next file dialog in its folder. */
    private void remember(Path file) {
        settings.addRecent(file);
        settings.lastDirectory = file.toAbsolutePath().getParent().toString();
        settings.save();
    }

    private Path lastFolder() {
        if (settings.lastDirectory != null && Files.isDirectory(Path.of(settings.lastDirectory))) {
            return Path.of(settings.lastDirectory);
        }
        return null;
    }

    private static String ago(Instant when) {
        long minutes = Duration.between(when, Instant.now()).toMinutes();
        if (minutes < 1) {
            return "less than a minute ago";
        }
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute ago" : " minutes ago");
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + " hours ago" : hours / 24 + " days ago";
    }
}
