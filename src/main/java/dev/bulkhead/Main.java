package dev.bulkhead;

import dev.bulkhead.cli.BulkheadCli;
import dev.bulkhead.ui.app.DesktopLauncher;

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
        return args.length == 1 && !args[0].startsWith("-") && !BulkheadCli.isCommand(args[0]);
    }
}
