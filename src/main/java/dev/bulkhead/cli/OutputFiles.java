package dev.bulkhead.cli;

import dev.bulkhead.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The file a {@code render} or {@code report} writes (with, for a Markdown report, its pictures beside it): it goes
 * exactly where {@code --out} says, into a folder that must already exist (no folder is created), and replaces a file
 * there atomically.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** The absolute target, or a usage error when it cannot be a file in an existing folder. */
    static Path check(CommandLine commandLine, Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new CommandLine.ParameterException(commandLine, "--out " + out + " is a folder; name the file to write");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(commandLine, "the folder of --out " + out + " does not exist; create it first");
        }
        if (!Files.isWritable(folder)) {
            throw new CommandLine.ParameterException(commandLine, "cannot write into " + folder + " (permission denied)");
        }
        return target;
    }

    /**
     * Writes the bytes to {@code target} (the checked form of the user's {@code out}); on failure prints one line that
     * names the user's path, why, and what to do, and returns false.
     */
    static boolean write(CommandLine commandLine, Path out, Path target, byte[] bytes) {
        return write(commandLine, out, target, java.util.Map.of(target.getFileName().toString(), bytes));
    }

    /** As {@link #write(CommandLine, Path, Path, byte[])}, for a file and the files that go beside it (named in the map). */
    static boolean write(CommandLine commandLine, Path out, Path target, java.util.Map<String, byte[]> files) {
        try {
            AtomicFiles.writeAll(target.getParent(), files);
            return true;
        } catch (IOException e) {
            ModelFiles.reportError(commandLine, new IOException("could not write " + out + " (" + reason(e)
                    + "); give --out a file in a folder you can write to", e));
            return false;
        }
    }

    /**
     * Why a write failed, in words. The file system's own message is the path it failed on, and that is the
     * temporary file the atomic write makes first, which the user never named.
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not accept new files";
        }
        return e instanceof FileSystemException || e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
