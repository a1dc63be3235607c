package dev.bulkhead.cli;

import dev.bulkhead.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where resident servers say how to reach them: one state file per build, {@code KEY.server} in
 * {@code $BULKHEAD_DAEMON_DIR}, else {@code $XDG_RUNTIME_DIR/bulkhead}, else {@code ~/.cache/bulkhead} (the launcher,
 * installer/bulkhead, looks in the same places). The key is the launcher's: it names the build (the jar's path, size
 * and time), so a server of another build is never asked. The folder is the user's alone (0700) and each file
 * readable by the user alone (0600): the token in it is what lets a request in.
 */
final class DaemonFiles {
    static final String SUFFIX = ".server";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Set<PosixFilePermission> USER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private DaemonFiles() {
    }

    /** What a state file says: lines {@code name=value}, which the launcher reads with bash alone. */
    record State(int port, String token, long pid, String version, Duration commandTimeout, Duration idleTimeout) {
        static State of(int port, String token, long pid, String version, Duration commandTimeout, Duration idleTimeout) {
            return new State(port, token, pid, version, commandTimeout, idleTimeout);
        }

        String text() {
            return "port=" + port + "\ntoken=" + token + "\npid=" + pid + "\nversion=" + version
                    + "\ncommand-timeout=" + commandTimeout.toSeconds() + "\nidle-timeout=" + idleTimeout.toSeconds() + "\n";
        }

        static Optional<State> parse(String text) {
            Map<String, String> values = new LinkedHashMap<>();
            text.lines().forEach(line -> {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            });
            try {
                return Optional.of(new State(Integer.parseInt(values.get("port")), values.get("token"),
                        Long.parseLong(values.get("pid")), values.getOrDefault("version", "?"),
                        Duration.ofSeconds(Long.parseLong(values.get("command-timeout"))),
                        Duration.ofSeconds(Long.parseLong(values.get("idle-timeout")))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** The folder of state files, from the environment as the launcher finds it. */
    static Path directory() {
        return directory(System::getenv, System.getProperty("user.home"));
    }

    /**
     * The folder of state files for this environment: the launcher's own rule ($BULKHEAD_DAEMON_DIR, else
     * $XDG_RUNTIME_DIR/bulkhead, else $HOME/.cache/bulkhead). $HOME as the shell has it, not the JVM's user.home
     * (the passwd entry): a CI container that sets HOME elsewhere had the client wait for a server whose state
     * file went to the other folder.
     */
    static Path directory(java.util.function.UnaryOperator<String> environment, String userHome) {
        String own = environment.apply("BULKHEAD_DAEMON_DIR");
        if (own != null && !own.isEmpty()) {
            return Path.of(own);
        }
        String runtime = environment.apply("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty()) {
            return Path.of(runtime, "bulkhead");
        }
        String home = environment.apply("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : userHome, ".cache", "bulkhead");
    }

    /** The state file of the build with this key; a key is a plain word, never a path. */
    static Path stateFile(Path directory, String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a daemon key is letters, digits, '.', '_' and '-', not '" + key + "'");
        }
        return directory.resolve(key + SUFFIX);
    }

    /** Writes a state file whole (readers never see half of one), readable by the user alone from its first byte. */
    static void write(Path file, State state) throws IOException {
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(USER_ONLY_FOLDER));
        }
        Files.setPosixFilePermissions(folder, USER_ONLY_FOLDER);
        AtomicFiles.writeOwnerOnly(file, out -> out.write(state.text().getBytes(StandardCharsets.UTF_8)));
    }

    static Optional<State> read(Path file) {
        try {
            return State.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the file still names the server on this port with this token (not one that replaced it). */
    static boolean namesUs(Path file, int port, String token) {
        return read(file).filter(state -> state.port() == port && state.token().equals(token)).isPresent();
    }

    /** Removes the file if it names this server; a newer server's file stays. */
    static void deleteIfOurs(Path file, int port, String token) throws IOException {
        if (namesUs(file, port, token)) {
            Files.deleteIfExists(file);
        }
    }

    /** Every state file in the folder, in name order; none when the folder does not exist. */
    static List<Path> all(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        files.sort(null);
        return files;
    }
}
