package dev.bulkhead.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;

/**
 * Writes an export bundle into a folder, and nowhere else. A folder that already holds files is only updated
 * with {@code force}, and only when a marker shows that Bulkhead wrote into it. The marker lists every file the
 * export wrote; an update replaces those files, removes the ones the new export no longer has, and leaves
 * everything else (a {@code .git}, a CI file, your notes) untouched. A file of the new export that would land
 * on a file Bulkhead did not write is refused rather than overwritten, and so is an update when a file the
 * earlier export wrote has been edited since (the marker records each file's SHA-256).
 */
public final class ExportWriter {
    /** Marks a folder as written by Bulkhead, and lists what it wrote. */
    public static final String MARKER = ".bulkhead-export";
    private static final String MARKER_HEADER = "# Written by Bulkhead; 'bulkhead export --force' replaces the files listed "
            + "below (SHA-256 and path) and leaves everything else.";

    /**
     * What a write did.
     *
     * @param kept    files in the folder that Bulkhead did not write and left alone
     * @param removed files of the earlier export that the new one no longer has, now deleted
     */
    public record Result(List<String> kept, List<String> removed) {
    }

    private ExportWriter() {
    }

    /**
     * Writes {@code bundle} into {@code folder}.
     *
     * @param progress receives the fraction written, 0 to 1, from any thread but one at a time and only growing;
     *     the last value it receives is 1
     */
    public static Result write(ExportBundle bundle, Path folder, boolean force, DoubleConsumer progress) throws ExportException {
        Path root = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                throw new ExportException(folder + " is a file, not a folder; choose a folder to export into");
            }
            Map<String, String> earlier = Map.of();
            boolean fresh = !Files.isDirectory(root) || isEmpty(root);
            if (!fresh) {
                if (!force) {
                    throw new ExportException(folder + " is not empty; choose an empty folder, or add --force to update "
                            + "an earlier Bulkhead export there");
                }
                if (!Files.isRegularFile(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    throw new ExportException(folder + " holds files Bulkhead did not export, so --force will not touch "
                            + "them; choose an empty folder");
                }
                earlier = earlierFiles(root);
                List<String> edited = editedSince(root, earlier);
                if (!edited.isEmpty()) {
                    throw new ExportException(String.join(", ", edited) + (edited.size() == 1 ? " was" : " were")
                            + " edited since Bulkhead exported into " + folder + "; move your changes out (or delete the "
                            + "file) and export again, so that --force does not overwrite them");
                }
            }
            Files.createDirectories(root);
            Path realRoot = root.toRealPath();
            for (String path : bundle.files().keySet()) {
                Path target = root.resolve(path).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new ExportException("refusing to write " + path + " outside " + folder);
                }
                // A folder that was empty holds nothing to protect; in one that was not, each file is looked at.
                if (!fresh && Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !earlier.containsKey(path)) {
                    throw new ExportException(folder.resolve(path) + " exists and was not written by Bulkhead; move it "
                            + "away or export into an empty folder");
                }
            }
            List<String> removed = removeStale(root, earlier.keySet(), bundle.files().keySet());
            // Each folder is made once (and checked to stay inside, even through links), then the files go out
            // from both cores.
            Set<Path> made = new HashSet<>();
            for (String path : bundle.files().keySet()) {
                Path parent = root.resolve(path).getParent();
                if (made.add(parent)) {
                    Files.createDirectories(parent);
                    if (!parent.toRealPath().startsWith(realRoot)) {
                        throw new ExportException("refusing to write " + path + ": " + parent + " leads outside " + folder);
                    }
                }
            }
            AtomicInteger done = new AtomicInteger();
            int total = bundle.files().size();
            // Each file is hashed for the marker by the thread that writes it.
            Map<String, String> hashes = new ConcurrentHashMap<>();
            bundle.files().entrySet().parallelStream().forEach(file -> {
                byte[] content = file.getValue().content();
                try {
                    Files.write(root.resolve(file.getKey()), content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                hashes.put(file.getKey(), sha256(content));
                // Counted and reported under one lock: a thread that counted earlier but reported later would
                // move the bar back, and could leave it short of full when the write ends.
                synchronized (done) {
                    progress.accept(done.incrementAndGet() / (double) total);
                }
            });
            writeMarker(root, new TreeMap<>(hashes));
            // Nothing else can be in a folder that was empty: no need to walk every file just written.
            return new Result(fresh ? List.of() : kept(root, bundle.files().keySet()), removed);
        } catch (IOException e) {
            throw new ExportException("could not write the export into " + folder + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ExportException("could not write the export into " + folder + ": " + e.getCause().getMessage(), e);
        }
    }

    /**
     * The files the marker lists with their SHA-256, as relative paths that stay inside the folder; anything else
     * in it is ignored.
     */
    private static Map<String, String> earlierFiles(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String line : Files.readAllLines(root.resolve(MARKER), StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int space = entry.indexOf("  ");
            String hash = space == 64 ? entry.substring(0, space) : "";
            String path = space == 64 ? entry.substring(space + 2) : entry;
            Path resolved = root.resolve(path).normalize();
            if (!path.equals(MARKER) && resolved.startsWith(root) && !resolved.equals(root)) {
                files.put(root.relativize(resolved).toString().replace('\\', '/'), hash);
            }
        }
        return files;
    }

    /** The earlier export's files whose content no longer has the hash the marker recorded. */
    private static List<String> editedSince(Path root, Map<String, String> earlier) throws IOException {
        List<String> edited = new ArrayList<>();
        for (Map.Entry<String, String> file : earlier.entrySet()) {
            Path path = root.resolve(file.getKey());
            if (!file.getValue().isEmpty() && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    && !file.getValue().equals(sha256(Files.readAllBytes(path)))) {
                edited.add(file.getKey());
            }
        }
        return edited;
    }

    /** Deletes the earlier export's files that the new one does not have, and folders that this empties. */
    private static List<String> removeStale(Path root, Set<String> earlier, Set<String> now) throws IOException {
        List<String> removed = new ArrayList<>();
        for (String path : earlier) {
            if (now.contains(path)) {
                continue;
            }
            Path file = root.resolve(path);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                removed.add(path);
                for (Path dir = file.getParent(); !dir.equals(root) && isEmpty(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        }
        return removed;
    }

    /** The marker, listing the files by path (in the bundle's order) with their SHA-256. */
    private static void writeMarker(Path root, SortedMap<String, String> hashes) throws IOException {
        StringBuilder text = new StringBuilder(MARKER_HEADER).append('\n');
        hashes.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        Files.writeString(root.resolve(MARKER), text, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Files in the folder besides the export's own and the marker (not descending into .git and the like). */
    private static List<String> kept(Path root, Set<String> written) throws IOException {
        List<String> kept = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !written.contains(p) && !p.equals(MARKER))
                    .map(p -> p.contains("/") && p.startsWith(".") ? p.substring(0, p.indexOf('/')) + "/" : p)
                    .distinct().sorted(Comparator.naturalOrder()).forEach(kept::add);
        }
        return kept;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }
}
