package dev.bulkhead;

import dev.bulkhead.cli.BulkheadCli;
import dev.bulkhead.ui.app.DesktopLauncher;
import java.util.Arrays;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code bulkhead.jar}. With no arguments, or a model file alone, it opens the desktop
 * app; otherwise it runs a headless command. The CLI path never touches a JavaFX class: the launcher is
 * only loaded when its branch runs.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (opensDesktop(args)) {
            DesktopLauncher.launch(args);
        } else {
            System.exit(BulkheadCli.execute(args));
        }
    }

    /** No arguments, or one that is neither an option nor a command: a model file to open. */
    static boolean opensDesktop(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && !args[0].startsWith("-") && !isCommand(args[0]);
    }

    /**
     * Reads the command names from the annotations instead of building picocli's model of every command, which
     * the command line then builds once more: that is a few tens of milliseconds of every command's start-up.
     */
    private static boolean isCommand(String word) {
        for (Class<?> subcommand : BulkheadCli.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            if (command.name().equals(word) || Arrays.asList(command.aliases()).contains(word)) {
                return true;
            }
        }
        return false;
    }
}
