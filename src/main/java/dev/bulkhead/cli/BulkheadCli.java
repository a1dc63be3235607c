package dev.bulkhead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
        footer = {"", "Exit status: 0 success, 1 model errors, 2 usage or unreadable file, 3 internal error.",
                "Run without arguments, or with a model file alone, to open the desktop app."})
public final class BulkheadCli implements Runnable {
    /**
     * The commands, in the order help lists them. They are added in code, not named in {@code @Command}: picocli
     * builds a command's model by reflection over its annotations and creates its converters, so a command line
     * that names one command gets only that one built (issue 15: {@code export}'s model alone is tens of
     * milliseconds of every {@code validate}).
     */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, CompareCommand.class, ExportCommand.class,
            RenderCommand.class, ReportCommand.class, DiffCommand.class, DaemonCommand.class, CommandLine.HelpCommand.class);

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

    /** Runs a command line, writing to the given streams, with relative paths taken from the JVM's directory. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, null, args);
    }

    /**
     * Runs a command line for a caller in {@code workingDirectory} (the resident server's client, issue 15): every
     * file argument, and every {@code @file} of arguments, is taken relative to it and not to the JVM's own directory,
     * which a running JVM cannot change. Null means the JVM's directory, as a plain run.
     */
    static int execute(PrintWriter out, PrintWriter err, Path workingDirectory, String... args) {
        String[] arguments = workingDirectory == null ? args : atFilesIn(workingDirectory, args);
        CommandLine commandLine = commandLine(arguments);
        if (workingDirectory != null) {
            // Every command takes its files as Path options and parameters: one converter here covers them all.
            commandLine.registerConverter(Path.class, value -> workingDirectory.resolve(value));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, given) -> {
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
        int status = commandLine.execute(arguments);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The arguments with each relative {@code @file} that exists in {@code directory} named by its path there: picocli
     * reads argument files itself, relative to the JVM's directory. Anything else (and {@code @@}, picocli's escape)
     * stays as it is.
     */
    private static String[] atFilesIn(Path directory, String... args) {
        String[] result = args.clone();
        for (int i = 0; i < result.length; i++) {
            String arg = result[i];
            if (arg.length() > 1 && arg.startsWith("@") && !arg.startsWith("@@")) {
                try {
                    Path file = directory.resolve(arg.substring(1));
                    if (!Path.of(arg.substring(1)).isAbsolute() && java.nio.file.Files.isRegularFile(file)) {
                        result[i] = "@" + file;
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // Not a path at all: picocli will not read it either.
                }
            }
        }
        return result;
    }

    /**
     * The command line for {@code args}: with the one command they name, or with every command when they name
     * none or ask for help (help lists them all; an unknown word is then reported with the commands there are).
     */
    static CommandLine commandLine(String... args) {
        CommandLine root = new CommandLine(new BulkheadCli());
        // The root's options (--debug, --help, --version) take no value, so the first other word is the command.
        Class<?> named = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst()
                .map(BulkheadCli::command).orElse(null);
        for (Class<?> command : named == null || named == CommandLine.HelpCommand.class ? COMMANDS : List.of(named)) {
            root.addSubcommand(command);
        }
        return root;
    }

    /** Whether a word names a command (or its alias): what {@code Main} runs headless. */
    public static boolean isCommand(String word) {
        return command(word) != null;
    }

    /** The command a word names, read from the annotations without building picocli's model; null if none. */
    private static Class<?> command(String word) {
        for (Class<?> command : COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            if (annotation.name().equals(word) || Arrays.asList(annotation.aliases()).contains(word)) {
                return command;
            }
        }
        return null;
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
