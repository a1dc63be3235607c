package dev.bulkhead.export;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files an export produces, by relative path ('/' separated), in path order, plus notes for the user
 * (renamed objects, unmet requirements, what the export could not express). Building a bundle writes
 * nothing; {@link ExportWriter} puts it on disk.
 */
public record ExportBundle(SortedMap<String, ExportFile> files, List<String> notes) {
    public ExportBundle {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        notes = List.copyOf(notes);
        files.keySet().forEach(ExportBundle::requireSafe);
    }

    /** A bundle of text files. */
    public static ExportBundle ofText(Map<String, String> texts, List<String> notes) {
        TreeMap<String, ExportFile> files = new TreeMap<>();
        texts.forEach((path, text) -> files.put(path, ExportFile.text(text)));
        return new ExportBundle(files, notes);
    }

    /** The text of one file. */
    public String file(String path) {
        return Objects.requireNonNull(files.get(path), () -> "no file " + path + " in the export").text();
    }

    /**
     * Refuses paths that could leave the export folder. Exporters only build paths from DNS labels, so this
     * never fires for them; it guards against a future mistake, not against users.
     */
    private static void requireSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw new IllegalArgumentException("unsafe export path '" + path + "'");
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("unsafe export path '" + path + "'");
            }
        }
    }
}
