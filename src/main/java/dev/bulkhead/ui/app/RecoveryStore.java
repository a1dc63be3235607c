package dev.bulkhead.ui.app;

import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.AtomicFiles;
import dev.bulkhead.persistence.ModelFileException;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.persistence.ModelWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Recovery files: while a model has unsaved changes, the app writes it here every few seconds. Each running
 * app owns the files named after its process id; at start-up, files left by a process that is gone are
 * offered back. A normal save or close deletes the app's own file.
 */
public final class RecoveryStore {
    private static final String MODEL_SUFFIX = ".bulkhead.json";
    private static final String ORIGIN_SUFFIX = ".origin";

    /** A recovery file left by an app that did not close normally. */
    public record Leftover(Path modelFile, Path originalFile, Instant writtenAt) {
        /** What to call it in the dialog. */
        public String describe() {
            return originalFile == null ? "an unsaved new model" : originalFile.getFileName().toString();
        }
    }

    private final Path folder;
    private final String owner;
    private final ModelWriter writer = new ModelWriter();

    public RecoveryStore(Path folder) {
        this(folder, Long.toString(ProcessHandle.current().pid()));
    }

    /** A store whose own files are named after {@code owner} (the process id, unless a test says otherwise). */
    public RecoveryStore(Path folder, String owner) {
        this.folder = folder;
        this.owner = owner;
    }

    /** The default store, under the settings directory. */
    public static RecoveryStore standard() {
        return new RecoveryStore(AppSettings.directory().resolve("recovery"));
    }

    /** Writes (atomically) the model being edited and where it came from. Thread-safe for one writer at a time. */
    public synchronized void write(Model model, Path originalFile) throws IOException {
        Files.createDirectories(folder);
        byte[] json = writer.toJson(model).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(owner + MODEL_SUFFIX), out -> out.write(json));
        String origin = originalFile == null ? "" : originalFile.toAbsolutePath().toString();
        AtomicFiles.write(folder.resolve(owner + ORIGIN_SUFFIX), out -> out.write(origin.getBytes(StandardCharsets.UTF_8)));
    }

    /** Deletes this app's recovery file (after a save, or when the user discarded the changes). */
    public synchronized void clear() {
        delete(folder.resolve(owner + MODEL_SUFFIX));
        delete(folder.resolve(owner + ORIGIN_SUFFIX));
    }

    /** Recovery files of apps that are no longer running, newest first. */
    public List<Leftover> leftovers() {
        List<Leftover> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(MODEL_SUFFIX)).toList()) {
                String name = file.getFileName().toString();
                String fileOwner = name.substring(0, name.length() - MODEL_SUFFIX.length());
                if (fileOwner.equals(owner) || isRunning(fileOwner)) {
                    continue;
                }
                Path originFile = folder.resolve(fileOwner + ORIGIN_SUFFIX);
                String origin = Files.isRegularFile(originFile) ? Files.readString(originFile).strip() : "";
                found.add(new Leftover(file, origin.isEmpty() ? null : Path.of(origin), Files.getLastModifiedTime(file).toInstant()));
            }
        } catch (IOException e) {
            System.err.println("bulkhead: could not look for recovery files in " + folder + ": " + e.getMessage());
        }
        found.sort((a, b) -> b.writtenAt().compareTo(a.writtenAt()));
        return found;
    }

    /** Reads a leftover model. */
    public Model read(Leftover leftover) throws ModelFileException {
        return new ModelReader().read(leftover.modelFile());
    }

    /** Removes a leftover once it was restored or declined. */
    public void discard(Leftover leftover) {
        String name = leftover.modelFile().getFileName().toString();
        delete(leftover.modelFile());
        delete(folder.resolve(name.substring(0, name.length() - MODEL_SUFFIX.length()) + ORIGIN_SUFFIX));
    }

    private static boolean isRunning(String owner) {
        try {
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(owner));
            return process.map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("bulkhead: could not delete " + file + ": " + e.getMessage());
        }
    }
}
