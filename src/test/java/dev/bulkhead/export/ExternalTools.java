package dev.bulkhead.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Running the validators that live outside the repository (manifest-check, kubectl, terraform). */
final class ExternalTools {
    private ExternalTools() {
    }

    record Result(int status, String output) {
    }

    /**
     * Runs a tool with its output going to a file (not a pipe read before waiting), so that the time-out applies
     * however much it prints or however long it hangs.
     */
    static Result run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("bulkhead-validator", ".log");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after 5 minutes: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
