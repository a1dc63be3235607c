package dev.bulkhead.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the new, never a half-written file: the
 * bytes go to a temporary file in the same folder, are flushed to disk, then moved over the target.
 */
public final class AtomicFiles {
    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with what {@code content} writes; on any failure the old file is untouched. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * As {@link #write}, but the file is readable by its owner alone, from its first byte (a secret such as the
     * resident CLI's token): it keeps the temporary file's owner-only permissions instead of taking the usual ones.
     */
    public static void writeOwnerOnly(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            if (ownerOnly && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // createTempFile makes it so on POSIX already; said here so that no default can change it.
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (!ownerOnly) {
                givePermissions(temporary, target);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes files that belong together (a report and its pictures) into one folder, each atomically, in the map's
     * order. The names must be plain file names: nothing is written outside {@code folder}.
     */
    public static void writeAll(Path folder, java.util.Map<String, byte[]> files) throws IOException {
        for (String name : files.keySet()) {
            Path file = folder.resolve(name).normalize();
            if (!folder.normalize().equals(file.getParent())) {
                throw new IllegalArgumentException("not a file name in " + folder + ": " + name);
            }
        }
        for (java.util.Map.Entry<String, byte[]> file : files.entrySet()) {
            write(folder.resolve(file.getKey()), out -> out.write(file.getValue()));
        }
    }

    /**
     * A temporary file is created readable by its owner only; the saved file keeps the permissions of the file it
     * replaces, or gets the usual rw-r--r-- of a new file, so that saving never locks others out.
     */
    private static void givePermissions(Path temporary, Path target) throws IOException {
        if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
