package dev.bulkhead.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;

/**
 * Writes an export bundle into a folder, and nowhere else. A folder that already holds files is only
 * replaced with {@code force}, and only when a marker shows that Bulkhead wrote it: so {@code --force}
 * pointed at the wrong folder cannot delete someone's work.
 */
public final class ExportWriter {
    /** Marks a folder as written by Bulkhead. */
    public static final String MARKER = ".bulkhead-export";

    private ExportWriter() {
    }

    /**
     * Writes {@code bundle} into {@code folder}.
     *
     * @param progress receives the fraction written, 0 to 1, from any thread
     */
    public static void write(ExportBundle bundle, Path folder, boolean force, DoubleConsumer progress) throws ExportException {
        Path root = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                throw new ExportException(folder + " is a file, not a folder; choose a folder to export into");
            }
            if (Files.isDirectory(root) && !isEmpty(root)) {
                if (!force) {
                    throw new ExportException(folder + " is not empty; choose an empty folder, or add --force to replace "
                            + "an earlier Bulkhead export there");
                }
                if (!Files.exists(root.resolve(MARKER))) {
                    throw new ExportException(folder + " holds files Bulkhead did not export, so --force will not delete "
                            + "them; choose an empty folder");
                }
                clear(root);
            }
            Files.createDirectories(root);
            for (String path : bundle.files().keySet()) {
                Path target = root.resolve(path).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new ExportException("refusing to write " + path + " outside " + folder);
                }
            }
            // Each folder is made once, then thousands of small files go out from both cores.
            for (String path : bundle.files().keySet()) {
                Path parent = root.resolve(path).getParent();
                if (!Files.isDirectory(parent)) {
                    Files.createDirectories(parent);
                }
            }
            AtomicInteger done = new AtomicInteger();
            int total = bundle.files().size();
            bundle.files().entrySet().parallelStream().forEach(file -> {
                Path target = root.resolve(file.getKey());
                try {
                    Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.accept(done.incrementAndGet() / (double) total);
            });
            Files.writeString(root.resolve(MARKER), "Written by Bulkhead; 'bulkhead export --force' may replace this folder.\n");
        } catch (IOException e) {
            throw new ExportException("could not write the export into " + folder + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ExportException("could not write the export into " + folder + ": " + e.getCause().getMessage(), e);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Deletes everything inside the folder, without following links out of it. */
    private static void clear(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(root)) {
                    Files.delete(path);
                }
            }
        }
    }
}
