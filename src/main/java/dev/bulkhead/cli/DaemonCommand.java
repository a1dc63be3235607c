package dev.bulkhead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bulkhead daemon status|stop|run}: the resident process that keeps commands warm (issue 15, {@link CliServer}).
 * The launcher starts it by itself with the first command; a user asks what runs, or stops it.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "The resident process that runs commands warm: show it or stop it.",
        subcommands = {DaemonCommand.Status.class, DaemonCommand.Stop.class, DaemonCommand.Run.class},
        footer = {"", "The launcher starts it with the first command, and it stops after 3 hours idle. "
                + "BULKHEAD_DAEMON=off runs every command in a JVM of its own instead."})
final class DaemonCommand implements Runnable {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    @Option(names = "--state-dir", hidden = true, description = "The folder of state files (tests; default as the launcher's).")
    Path stateDirectory;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to do: status or stop");
    }

    Path directory() {
        return stateDirectory != null ? stateDirectory : DaemonFiles.directory();
    }

    /** Sends {@code verb} to every server with a state file and prints their answers; removes files of dead ones. */
    int each(CommandLine commandLine, String verb) throws IOException {
        PrintWriter out = commandLine.getOut();
        List<Path> files = DaemonFiles.all(directory());
        int answered = 0;
        for (Path file : files) {
            Optional<DaemonFiles.State> state = DaemonFiles.read(file);
            try {
                if (state.isEmpty()) {
                    throw new IOException("unreadable state file");
                }
                out.print(DaemonClient.request(state.get().port(), state.get().token(), verb, "/", List.of(),
                        ANSWER_TIMEOUT).out());
                answered++;
            } catch (IOException e) {
                // A server killed without a word leaves its file behind: it is no use to anyone.
                Files.deleteIfExists(file);
                out.println("not running: " + file.getFileName() + " (its stale state file is removed)");
            }
        }
        if (answered == 0) {
            out.println("no resident Bulkhead process runs (the launcher starts one with the first command)");
        }
        return ExitCodes.OK;
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show the resident processes that run.")
    static final class Status implements Callable<Integer> {
        @CommandLine.ParentCommand
        DaemonCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return parent.each(spec.commandLine(), "status");
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the resident processes (every build's).")
    static final class Stop implements Callable<Integer> {
        @CommandLine.ParentCommand
        DaemonCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return parent.each(spec.commandLine(), "stop");
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Serve commands in the foreground (the launcher starts this, detached).")
    static final class Run implements Callable<Integer> {
        @CommandLine.ParentCommand
        DaemonCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--key", required = true, description = "The build's key, from the launcher.")
        String key;

        @Option(names = "--idle-minutes", defaultValue = "180", description = "Stop after this long without a request (default: ${DEFAULT-VALUE}).")
        long idleMinutes;

        @Option(names = "--command-minutes", defaultValue = "30",
                description = "Give up on a command that runs longer, and stop (default: ${DEFAULT-VALUE}).")
        long commandMinutes;

        @Override
        public Integer call() throws IOException {
            CommandLine commandLine = spec.commandLine();
            if (idleMinutes < 1 || commandMinutes < 1) {
                throw new CommandLine.ParameterException(commandLine, "--idle-minutes and --command-minutes are at least 1");
            }
            Path file;
            try {
                file = DaemonFiles.stateFile(parent.directory(), key);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, e.getMessage());
            }
            if (answers(file)) {
                // Two launchers started one each at the same moment: the first one's serves both.
                commandLine.getOut().println("already running: " + file);
                return ExitCodes.OK;
            }
            CliServer server = new CliServer(file, Duration.ofMinutes(idleMinutes), Duration.ofMinutes(commandMinutes));
            server.start();
            CliServer.log("serving Bulkhead " + CliServer.version() + " on 127.0.0.1:" + server.port() + " (" + file + ")");
            CliServer.log("stopped: " + server.serve());
            return ExitCodes.OK;
        }

        private static boolean answers(Path file) {
            Optional<DaemonFiles.State> state = DaemonFiles.read(file);
            try {
                return state.isPresent() && DaemonClient.request(state.get().port(), state.get().token(), "status", "/",
                        List.of(), ANSWER_TIMEOUT).status() == ExitCodes.OK;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
