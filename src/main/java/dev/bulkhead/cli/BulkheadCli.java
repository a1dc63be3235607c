package dev.bulkhead.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The headless command line: {@code bulkhead <command> ...}. Never starts the JavaFX toolkit. Errors are
 * one line on stderr; {@code --debug} adds the stack trace.
 */
@Command(name = "bulkhead",
        mixinStandardHelpOptions = true,
        versionProvider = BulkheadCli.Version.class,
        description = "Model Kubernetes tenants, compare namespace, vCluster and dedicated clusters, export the result.",
        subcommands = {ValidateCommand.class, CompareCommand.class, ExportCommand.class, RenderCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 model errors, 2 usage or unreadable file, 3 internal error.",
                "Run without arguments, or with a model file alone, to open the desktop app."})
public final class BulkheadCli implements Runnable {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example 'validate FILE'");
    }

    /** Runs a command line with the process's streams. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line, writing to the given streams. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new BulkheadCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("bulkhead: " + e.getMessage() + " (see '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            failed.getErr().println("bulkhead: internal error: " + e + " (run again with --debug and report it)");
            if (isDebug(failed)) {
                e.printStackTrace(failed.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Whether {@code --debug} was given, from any command's spec. */
    static boolean isDebug(CommandLine commandLine) {
        Object root = commandLine.getCommandSpec().root().userObject();
        return root instanceof BulkheadCli cli && cli.debug;
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Optional.ofNullable(BulkheadCli.class.getPackage().getImplementationVersion())
                    .orElse("development build");
            return new String[] {"Bulkhead " + version, "Java " + System.getProperty("java.version")};
        }
    }
}
